import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// What our components render: islands, and the server-rendered parts around them.
const ours = [
	'astro-island',
	'.standard-summary',
	'.checklist-fold',
	'.checklist-page-intro',
	'.dc-basis',
	'.print-source',
	'.edition-banner',
	'.storage-notices',
].join(', ');

/** Text and labelling attributes of our components, after every island has hydrated. */
export async function componentText(page: Page): Promise<string> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
	// client:visible islands hydrate once seen; an island itself is `display: contents`.
	await page.evaluate(async () => {
		for (const island of document.querySelectorAll('astro-island[ssr]')) {
			(island.firstElementChild ?? island).scrollIntoView();
			await new Promise((seen) => requestAnimationFrame(() => requestAnimationFrame(seen)));
		}
	});
	await expect.poll(() => page.locator('astro-island[ssr]').count(), { timeout: 15_000 }).toBe(0);
	return page
		.locator(ours)
		.evaluateAll((elements) =>
			elements
				.flatMap((el) => [
					el.textContent ?? '',
					...[el, ...el.querySelectorAll('*')].flatMap((node) =>
						['aria-label', 'title', 'placeholder', 'alt'].map((name) => node.getAttribute(name) ?? ''),
					),
				])
				.join('\n'),
		);
}

/**
 * Same-origin links that leave the 简体 edition of the site at `siteURL`
 * (the language picker is a select, not a link; the cross-script search offer
 * leads to the other edition on purpose).
 */
export function linksOutOfEdition(page: Page, siteURL: string): Promise<string[]> {
	const site = new URL(siteURL);
	return page.locator('a[href]').evaluateAll(
		(links, { origin, prefix }) =>
			links
				.filter((a) => !a.closest('[data-cross-script-search]'))
				.map((a) => new URL((a as HTMLAnchorElement).href))
				.filter((url) => url.origin === origin && !`${url.pathname}/`.startsWith(prefix))
				.map((url) => url.pathname),
		{ origin: site.origin, prefix: `${site.pathname}zh-cn/` },
	);
}

/**
 * A page's built HTML with what differs between the editions by design set aside: its text
 * (each run of Han characters becomes one 字), `zh-cn/` in its links, the language code,
 * the picker's selected option, island ids and Starlight's sidebar hash, and the edition
 * banner, which is hidden when a page loads (axe leaves hidden content alone). Two pages
 * with the same skeleton give axe the same document but for the characters of their text.
 */
export function markupSkeleton(html: string, base: string): string {
	return withoutEditionBanner(html)
		.replaceAll(`${base}zh-cn/`, base)
		.replace(/\p{Script=Han}+/gu, '字')
		.replace(/zh-(CN|TW)/g, 'zh')
		.replace(/ selected(?=[ >])/g, '')
		.replace(/ uid="[^"]*"/g, '')
		.replace(/ data-hash="[^"]*"/g, '');
}

function withoutEditionBanner(html: string): string {
	const at = html.indexOf(' data-edition-banner');
	if (at < 0) return html;
	const start = html.lastIndexOf('<div', at);
	const tags = /<div\b|<\/div>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[0] === '</div>' ? -1 : 1;
		if (depth === 0) return html.slice(0, start) + html.slice(tags.lastIndex);
	}
	return html;
}
