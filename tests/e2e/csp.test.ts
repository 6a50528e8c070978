import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parsePolicy } from '../../scripts/lib/contentSecurityPolicy';
import { launchBrowser } from './support/browser';
import { declaredPolicy, watchCsp } from './support/csp';
import { exerciseIslands } from './support/islands';
import { pdfPages } from './support/pdfText';
import { searchSite } from './support/search';
import { builtPages, distDir, openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const pages = builtPages();

function builtHtml(path: string): string {
	return readFileSync(join(distDir(), path, 'index.html'), 'utf8');
}

describe('every built page declares the policy', () => {
	it.each(pages)('%s', (path) => {
		const html = builtHtml(path);
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
		expect(meta, 'no CSP meta tag').not.toBeNull();
		// A meta policy governs only what comes after it: nothing executable or styled may precede it.
		expect(html.slice(0, meta!.index)).not.toMatch(/<(script|style|link)\b/i);
		const policy = parsePolicy(meta![1]!);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy.get('script-src')!.slice(2).every((source) => source.startsWith("'sha256-"))).toBe(true);
		expect(policy.get('style-src')!.slice(1).every((source) => source.startsWith("'sha256-"))).toBe(true);
		expect(meta![1]).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*|https?:/);
		expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
		for (const name of ['font-src', 'connect-src', 'worker-src', 'manifest-src', 'base-uri', 'form-action']) {
			expect(policy.get(name), name).toEqual(["'self'"]);
		}
		expect(policy.get('object-src')).toEqual(["'none'"]);
	});
});

describe('no page breaks its policy', () => {
	it.each(pages)('%s: loading it and using every island', async (path) => {
		const { page, context, pageErrors, foreignRequests } = await openPage(browser);
		const csp = await watchCsp(page);
		await page.goto(pageURL(path), { waitUntil: 'networkidle' });
		expect(await declaredPolicy(page)).toContain("default-src 'self'");
		const used = await exerciseIslands(page);
		if (await page.locator('.checklist[data-flow]').count()) expect(used.checklists).toBeGreaterThan(0);
		await page.waitForLoadState('networkidle');
		expect(await csp.violations()).toEqual([]);
		expect(pageErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

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
		await page.goto(pageURL('/checklists/party-congress/'), { waitUntil: 'networkidle' });
		await exerciseIslands(page);
		const checklist = (await pdfPages(await page.pdf({ format: 'A4' }))).join('');
		expect(checklist).toContain('☑');
		expect(await csp.violations()).toEqual([]);
		await page.goto(pageURL('/standards/office-standard/'), { waitUntil: 'networkidle' });
		const standard = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(standard).toContain('辦公室會務工作規范');
		expect(await csp.violations()).toEqual([]);
		await context.close();
	});

	it('the service worker installs and controls the page', async () => {
		expect(existsSync(join(distDir(), 'sw.js')), 'the build writes dist/sw.js').toBe(true);
		const { page, context, pageErrors } = await openPage(browser, { serviceWorkers: 'allow' });
		const csp = await watchCsp(page);
		await page.goto(pageURL('/'), { waitUntil: 'networkidle' });
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
		expect(await csp.violations()).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
