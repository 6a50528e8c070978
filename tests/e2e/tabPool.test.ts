import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { startNginx } from './support/nginx';
import { base, distDir, openPage, pageURL } from './support/site';
import { emptyHttpCache, PARKING_PATH, tabsOpened } from './support/tabPool';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

// Tests share tabs (support/tabPool.ts): one that reuses a tab must find it as fresh as a new one.
describe('a tab handed to the next test', () => {
	const home = pageURL('/');
	const consoleSeen: string[] = [];

	it('is used by one test: stored data, an init script, a route, a listener', async () => {
		const { page, context } = await openPage(browser);
		await page.addInitScript(() => localStorage.setItem('from-init-script', '1'));
		await context.route('**/robots.txt', (route) => route.fulfill({ body: 'routed' }));
		page.on('console', (message) => consoleSeen.push(message.text()));
		await page.goto(home);
		await page.evaluate(async () => {
			localStorage.setItem('left-behind', '1');
			sessionStorage.setItem('left-behind', '1');
			document.cookie = 'left=1; path=/';
			await (await caches.open('left-behind')).put('left-behind', new Response('1'));
			await new Promise((resolve) => {
				indexedDB.open('left-behind').onsuccess = resolve;
			});
			console.log('first test');
		});
		expect(consoleSeen).toContain('first test');
		expect(await page.evaluate(() => fetch('robots.txt').then((r) => r.text()))).toBe('routed');
		await context.close();
		await context.close();
	});

	it('comes to the next test wiped', async () => {
		const before = tabsOpened();
		const { page, context } = await openPage(browser);
		expect(tabsOpened(), 'the tab was reused, not opened again').toBe(before);
		// A blank document: about:blank, or the parking one of a site that sends COOP (below).
		expect(page.url() === 'about:blank' || new URL(page.url()).pathname === PARKING_PATH, page.url()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe('<html><head></head><body></body></html>');
		await page.goto(home);
		const left = await page.evaluate(async () => ({
			local: localStorage.getItem('left-behind'),
			session: sessionStorage.getItem('left-behind'),
			initScript: localStorage.getItem('from-init-script'),
			cookie: document.cookie,
			caches: await caches.keys(),
			databases: (await indexedDB.databases()).map((database) => database.name),
		}));
		expect(left).toEqual({ local: null, session: null, initScript: null, cookie: '', caches: [], databases: [] });
		expect(await page.evaluate(() => fetch('robots.txt').then((r) => r.text()))).not.toBe('routed');
		await page.evaluate(() => console.log('second test'));
		expect(consoleSeen).not.toContain('second test');
		await context.close();
	});

	it('keeps the build’s hashed files in its HTTP cache, as a reader’s browser does, until emptied', async () => {
		/** What the home page's scripts came over the network with (0: from the cache). */
		const scriptTransfers = async (page: Page) => {
			await page.goto(home);
			return page.evaluate(() =>
				(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
					.filter((entry) => entry.initiatorType === 'script' && new URL(entry.name).pathname.includes('/_astro/'))
					.map((entry) => entry.transferSize),
			);
		};
		const first = await openPage(browser);
		expect((await scriptTransfers(first.page)).length).toBeGreaterThan(0);
		await first.context.close();
		const { page, context } = await openPage(browser);
		expect(new Set(await scriptTransfers(page))).toEqual(new Set([0]));
		await page.goto('about:blank');
		await emptyHttpCache(page);
		const fetched = await scriptTransfers(page);
		expect(fetched.every((bytes) => bytes > 0)).toBe(true);
		await context.close();
	});

	it('from a site sending Cross-Origin-Opener-Policy waits on a blank document of that origin, and comes wiped', async () => {
		const nginx = await startNginx(distDir(), base());
		try {
			const site = pageURL('/', nginx.url);
			const first = await openPage(browser, {}, nginx.url);
			const response = await first.page.goto(site);
			expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
			await first.page.evaluate(() => localStorage.setItem('left-behind', '1'));
			await first.context.close();

			const before = tabsOpened();
			const { page, context } = await openPage(browser, {}, nginx.url);
			expect(tabsOpened(), 'the tab was reused, not opened again').toBe(before);
			// The site's origin, but none of its pages: nothing runs there.
			expect(new URL(page.url()).origin).toBe(new URL(site).origin);
			expect(new URL(page.url()).pathname).toBe(PARKING_PATH);
			expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe('<html><head></head><body></body></html>');
			const parking = page.url();
			await page.goto(site);
			expect(await page.evaluate(() => localStorage.getItem('left-behind'))).toBeNull();
			// The route that answered for the blank document is gone.
			expect(await page.evaluate((url) => fetch(url).then((r) => r.status), parking)).toBe(404);
			await context.close();
		} finally {
			await nginx.close();
		}
	});

	it('is not reused after what a wipe cannot undo (emulation)', async () => {
		const { page, context } = await openPage(browser);
		await page.emulateMedia({ colorScheme: 'dark' });
		await context.close();
		const before = tabsOpened();
		const next = await openPage(browser);
		expect(tabsOpened()).toBe(before + 1);
		await next.page.goto(home);
		expect(await next.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
		await next.context.close();
	});
});
