import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { watchCsp } from './support/csp';
import { exerciseIslands, settle } from './support/islands';
import { pdfPages } from './support/pdfText';
import { searchSite } from './support/search';
import { distDir, openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

// Every page's meta policy is checked in the built HTML of both builds
// (tests/e2e/builtHtml.test.ts); every page loaded and every island used with
// no violation, in the crawl (tests/e2e/crawl.test.ts). Here: the policy is
// really enforced, and the features that need an allowance still work.
describe('the policy', () => {
	it('is enforced: an injected inline script is refused and reported', async () => {
		const { page, context } = await openPage(browser);
		const csp = await watchCsp(page);
		const target = pageURL('/standards/office-standard/');
		await page.route(target, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('</main>', '<script>window.__injected = true</script></main>');
			await route.fulfill({ response, body: html });
		});
		await page.goto(target);
		expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
		expect((await csp.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
		await context.close();
	});
});

describe('features that need an allowance still work', () => {
	it.each([
		['/', '座次'],
		['/zh-cn/', '签到'],
	])('search on %s (Pagefind, WebAssembly) finds %s', async (path, query) => {
		const { page, context, pageErrors } = await openPage(browser);
		const csp = await watchCsp(page);
		await page.goto(pageURL(path));
		const results = await searchSite(page, query);
		expect(results.length).toBeGreaterThan(0);
		expect(await csp.violations()).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('printing a standard and a ticked checklist', async () => {
		const { page, context } = await openPage(browser);
		const csp = await watchCsp(page);
		await page.goto(pageURL('/checklists/party-congress/'));
		await exerciseIslands(page);
		await settle(page);
		const checklist = (await pdfPages(await page.pdf({ format: 'A4' }))).join('');
		expect(checklist).toContain('☑');
		expect(await csp.violations()).toEqual([]);
		await page.goto(pageURL('/standards/office-standard/'));
		const standard = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(standard).toContain('辦公室會務工作規范');
		expect(await csp.violations()).toEqual([]);
		await context.close();
	});

	it('the service worker installs and controls the page', async () => {
		expect(existsSync(join(distDir(), 'sw.js')), 'the build writes dist/sw.js').toBe(true);
		const { page, context, pageErrors } = await openPage(browser, { serviceWorkers: 'allow' });
		const csp = await watchCsp(page);
		await page.goto(pageURL('/'));
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload();
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
		expect(await csp.violations()).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
