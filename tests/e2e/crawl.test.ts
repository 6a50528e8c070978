import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { builtPages, openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// One visit per page serves these checks: the intranet rule (nothing leaves the
// origin, nothing throws), accessibility (axe, WCAG 2.1 A/AA), and a meta
// description (what link previews and the intranet's search show; Lighthouse SEO).
describe('crawl of every built page', () => {
	const pages = builtPages();

	it('finds the pages', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/standards/office-standard/');
	});

	it.each(pages)('%s stays on its origin, throws nothing, passes axe and has a description', async (path) => {
		const { page, context, foreignRequests, pageErrors } = await openPage(browser);
		const response = await page.goto(pageURL(path), { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const serious = axe.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
		expect(foreignRequests).toEqual([]);
		expect(pageErrors).toEqual([]);
		expect(serious).toEqual([]);
		expect((await page.locator('meta[name="description"]').getAttribute('content'))?.trim()).toBeTruthy();
		await context.close();
	});
});
