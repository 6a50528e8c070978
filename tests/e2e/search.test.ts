import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idleWaiter, VIEWPORT } from '../../scripts/lib/pageWeight';
import { connectBrowser } from './support/browser';
import { pagefindResults } from './support/pagefindApi';
import { searchSite } from './support/search';
import { openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
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
	// All in one page through the dialog's own API (pagefindApi.ts); the dialog itself is
	// driven below (座次, Ctrl+K) and in searchCoverage.test.ts.
	it(`${expectations.map(([query]) => query).join(' ')}`, async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		const results = await pagefindResults(
			page,
			expectations.map(([query]) => query),
			1,
		);
		expect(results.map((paths) => paths[0])).toEqual(expectations.map(([, slug]) => sitePath(`/standards/${slug}/`)));
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

/** Pagefind's UI script: Vite's `ui-core.*.js` chunk (or Pagefind's own `pagefind-ui.js`). */
const isPagefindUI = (url: string) => /ui-core|pagefind-ui/.test(new URL(url).pathname);

function pagefindUIRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (isPagefindUI(request.url())) urls.push(request.url());
	});
	return urls;
}

const dialogOpen = (page: Page) => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open);

describe("Pagefind's UI loads when the reader shows intent to search, not at idle", () => {
	it('a tool page left idle fetches none of it; clicking 搜尋 fetches it and finds 座次', async () => {
		const { page, context, pageErrors } = await openPage(browser, { viewport: VIEWPORT });
		const requested = pagefindUIRequests(page);
		// Left idle as the byte budget measures a page (tests/e2e/budgets.test.ts).
		const idle = idleWaiter(page);
		await page.goto(pageURL('/tools/meeting/'));
		await idle();
		expect(requested).toEqual([]);
		const results = await searchSite(page, '座次');
		expect(requested.length).toBeGreaterThan(0);
		expect(results[0]).toMatch(/\/standards\/office-standard\//);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('pointing at the search button starts the download before any click', async () => {
		const { page, context } = await openPage(browser);
		const idle = idleWaiter(page);
		await page.goto(pageURL('/'));
		await idle();
		const fetched = page.waitForRequest((request) => isPagefindUI(request.url()));
		await page.locator('site-search button[data-open-modal]').first().hover();
		await fetched;
		expect(await dialogOpen(page)).toBe(false);
		await context.close();
	});

	it('builds the UI once, however often the dialog opens', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		// A second build would fail loudly: Pagefind's UI consumes the options it is given.
		const consoleErrors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(message.text());
		});
		await page.goto(pageURL('/'));
		await searchSite(page, '座次');
		await page.keyboard.press('Escape');
		expect(await dialogOpen(page)).toBe(false);
		await page.locator('site-search button[data-open-modal]').first().click();
		expect(await dialogOpen(page)).toBe(true);
		expect(await page.locator('#starlight__search .pagefind-ui').count()).toBe(1);
		expect(await page.locator('#starlight__search input:is([type=text], :not([type]))').count()).toBe(1);
		expect(consoleErrors).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe("a download of Pagefind's UI that fails", () => {
	it('is tried again while the dialog stays open, without a page error', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		let reachable = false;
		let failed = 0;
		await page.route(
			(url) => isPagefindUI(url.href),
			async (route) => {
				if (reachable) return route.continue();
				failed++;
				return route.abort('connectionreset');
			},
		);
		await page.goto(pageURL('/'));
		// Starlight constructs our lazy UI at idle: its stand-in field says it did. (Once in a
		// run, this test saw no download at all; this wait tells that case apart from ours.)
		await page.locator('site-search .search-stand-in').waitFor({ state: 'attached' });
		// The keys open the dialog with no pointer on the button (no early download).
		await page.keyboard.press('Control+k');
		expect(await dialogOpen(page)).toBe(true);
		await expect.poll(() => failed, { message: 'a download of the UI, answered with a failure' }).toBeGreaterThan(0);
		// The network is back; nobody touches the dialog.
		reachable = true;
		await page.locator('.pagefind-ui__search-input').waitFor({ timeout: 15_000 });
		expect(await dialogOpen(page)).toBe(true);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe("Ctrl+K on a slow network (Pagefind's UI arrives after the keys)", () => {
	/** A page left idle whose Pagefind UI download waits for `release()`. */
	async function slowSearchPage(path: string, options: Parameters<typeof openPage>[1] = {}) {
		const opened = await openPage(browser, options);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await opened.page.route(
			(url) => isPagefindUI(url.href),
			async (route) => {
				await held;
				await route.continue();
			},
		);
		const idle = idleWaiter(opened.page);
		await opened.page.goto(pageURL(path));
		await idle();
		return { ...opened, release };
	}

	it('opens the search, and a query typed at once lands in the search field and finds results', async () => {
		const { page, context, pageErrors, release } = await slowSearchPage('/');
		await page.keyboard.press('Control+k');
		expect(await dialogOpen(page)).toBe(true);
		await page.keyboard.type('座次');
		release();
		const input = page.locator('.pagefind-ui__search-input');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		expect(await input.inputValue()).toBe('座次');
		const first = await page
			.locator('.pagefind-ui__result-link')
			.first()
			.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
		expect(first).toMatch(/\/standards\/office-standard\//);
		// Focus moved into Pagefind's field with the text: typing goes on there.
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('排列');
		expect(await input.inputValue()).toBe('座次排列');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('leaves focus where the reader moved it while the UI loaded', async () => {
		// A phone-width page, where the dialog has its 取消 button to move to.
		const { page, context, release } = await slowSearchPage('/', { viewport: { width: 390, height: 800 } });
		const onCancel = () => page.evaluate(() => document.activeElement?.matches('site-search button[data-close-modal]') ?? false);
		await page.keyboard.press('Control+k');
		await page.keyboard.press('Shift+Tab');
		expect(await onCancel()).toBe(true);
		release();
		await page.locator('.pagefind-ui__search-input').waitFor();
		expect(await onCancel()).toBe(true);
		await context.close();
	});
});
