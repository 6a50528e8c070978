import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { toSimplified } from '../../../src/i18n/simplified';

// Common characters that exist only in Traditional writing: none may reach a 简体 page.
const traditionalOnly = [
	...'會議紀錄單時間與應對屬檢標準輔項報關發區縣黨國體書記務處後號條總開還進讓說請辦參設',
	...'這個們來為從電話會場條資訊選擇確認儲載顯頁產現預習練題讀寫歷傳',
];
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

/** The Traditional characters in `text` (the list above, and whatever the converter would still change). */
export function traditionalIn(text: string): string[] {
	const found = new Set([...text].filter((char) => traditionalOnly.includes(char)));
	const converted = [...toSimplified(text)];
	const chars = [...text];
	if (converted.length !== chars.length) found.add('(converted text differs in length)');
	else chars.forEach((char, i) => converted[i] !== char && found.add(char));
	return [...found];
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
