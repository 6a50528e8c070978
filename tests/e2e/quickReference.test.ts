import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { connectBrowser } from './support/browser';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const ruleFiles = readdirSync('content/rules').filter((name) => name.endsWith('.json'));
const rules = ruleFiles.map(
	(name) => JSON.parse(readFileSync(`content/rules/${name}`, 'utf8')) as { id: string; source: { standard: string; anchor: string } },
);
const confusions = parse(readFileSync('content/confusions.yaml', 'utf8')) as { id: string; rules: [string, string] }[];

describe.each(['', '/zh-cn'])('速查卡 %s/quick-reference/', (prefix) => {
	it('lists every timed rule under its moment, with its standard and clause link; quotes kept out of search', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.goto(pageURL(`${prefix}/quick-reference/`));
		for (const rule of rules) {
			const link = page.locator(`tr[data-rule="${rule.id}"] .qr-source a`).first();
			expect(
				new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname +
					new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).hash,
			).toBe(sitePath(`${prefix}/standards/${rule.source.standard}/#${rule.source.anchor}`));
		}
		const momentOf = (id: string) =>
			page.locator(`tr[data-rule="${id}"]`).evaluate((row) => row.closest('table')!.querySelector('caption')!.textContent);
		const [before, during, after] = prefix ? ['会前', '会中', '会后'] : ['會前', '會中', '會後'];
		expect(await momentOf('staff-arrive')).toBe(before);
		expect(await momentOf('notice-next-week')).toBe(before);
		expect(await momentOf('tea-refill')).toBe(during);
		expect(await momentOf('minutes-48h')).toBe(after);
		// Every quote of a standard sits inside data-pagefind-ignore.
		expect(await page.locator('.quick-reference q:not([data-pagefind-ignore] q, q[data-pagefind-ignore])').count()).toBe(0);
		expect(await page.locator('.quick-reference q').count()).toBe(rules.length);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('puts each easily confused pair side by side', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(`${prefix}/quick-reference/`));
		expect(await page.locator('tr[data-confusion]').count()).toBe(confusions.length);
		const water = (await page.locator('tr[data-confusion="water-interval"]').innerText()).replace(/\s+/g, '');
		expect(water).toContain('10—15');
		expect(water).toContain('15—20');
		const minutes = (await page.locator('tr[data-confusion="minutes-deadline"]').innerText()).replace(/\s+/g, '');
		expect(minutes).toContain('48');
		expect(minutes).toMatch(/2(個|个)工作日/);
		await context.close();
	});

	it('prints on at most two A4 sheets, the times on paper', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(`${prefix}/quick-reference/`));
		const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
		expect(pages.length).toBeGreaterThanOrEqual(1);
		expect(pages.length).toBeLessThanOrEqual(2);
		const text = pages.join('').replace(/\s+/g, '');
		for (const expected of ['10—15', '15—20', '48', '30']) expect(text).toContain(expected);
		await context.close();
	});

	it('is reached from the home page and from the sidebar', async () => {
		const { page, context } = await openPage(browser);
		const linksTo = (selector: string) =>
			page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		await page.goto(pageURL(`${prefix}/`));
		expect(await linksTo('main a')).toContain(sitePath(`${prefix}/quick-reference/`));
		await page.goto(pageURL(`${prefix}/tools/seating/`));
		expect(await linksTo('#starlight__sidebar a')).toContain(sitePath(`${prefix}/quick-reference/`));
		await context.close();
	});
});
