import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { searchSite } from './support/search';
import { openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const expectations: [query: string, slug: string][] = [
	['座次', 'office-standard'],
	['紀要分送', 'district-committee'],
	['錄音整理', 'standard-process-2017'],
	['三個標卡', 'county-meetings'],
	['決議執行通知單', 'school-procedure'],
	['黨代會流程', 'district-committee'],
	['車輛通行證', 'office-standard'],
];

describe('searching in Chinese puts the right standard first', () => {
	it.each(expectations)('%s → %s', async (query, slug) => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		const results = await searchSite(page, query);
		expect(results[0]).toMatch(new RegExp(`/standards/${slug}/`));
		await context.close();
	});

	it('shows the search box in Chinese, its accessible name matching its label', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		const button = page.locator('site-search button[data-open-modal]').first();
		const label = (await button.innerText()).trim();
		expect(label).toContain('搜尋');
		expect(await button.getAttribute('aria-label')).toBe(label.split('\n')[0]!.trim());
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await button.click();
		expect(await page.locator('.pagefind-ui__search-input').getAttribute('placeholder')).toBe('搜尋');
		await context.close();
	});
});
