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
