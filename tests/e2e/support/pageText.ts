import type { Page } from 'playwright-core';

/**
 * The visible text of a page's content: its title and the Markdown body,
 * without heading anchor links and without what the page marks
 * `data-pagefind-ignore` (cards, badges, tool UI that quotes the standards).
 */
export function contentText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const title = document.querySelector('main h1')?.textContent ?? '';
		const body = document.querySelector('.sl-markdown-content')?.cloneNode(true) as HTMLElement | undefined;
		if (!body) return title;
		body.querySelectorAll('.sl-anchor-link, [data-pagefind-ignore], script, style, template').forEach((el) => el.remove());
		return `${title}\n${body.textContent ?? ''}`;
	});
}
