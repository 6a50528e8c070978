import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateServiceWorker } from '../../scripts/generateServiceWorker';
import { seriousViolations } from './support/axe';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, stepBox } from './support/checklist';
import { searchSite } from './support/search';
import { base, distDir, openPage, pageURL, sitePath } from './support/site';
import { precachedURLs, waitForOfflineReady } from './support/serviceWorker';
import { startStaticServer, type StaticServer } from './support/staticServer';

// Each test runs its own server, so it can stop it: Playwright's offline
// switch does not reach the service worker's own requests, so only a server
// that is really gone proves the site works without a network.
let browser: Browser;
const copies: string[] = [];
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => {
	await browser?.close();
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyOfBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'huiwu-deploy-'));
	cpSync(distDir(), dir, { recursive: true });
	copies.push(dir);
	return dir;
}

const h1 = (page: Page) => page.locator('main h1').innerText();

// One visit stores the site once (its service worker precaches the whole build); the
// checks with the server gone then share that page, in the order a person meets them.
describe('after one visit, with the server gone', () => {
	let server: StaticServer;
	let serverUp = true;
	let opened: Awaited<ReturnType<typeof openPage>>;
	beforeAll(async () => {
		server = await startStaticServer(distDir(), { base: base() });
		opened = await openPage(browser, { serviceWorkers: 'allow' }, server.url);
		await opened.page.goto(pageURL('/', server.url));
	});
	afterAll(async () => {
		await opened?.context.close();
		if (serverUp) await server.close();
	});

	it('the first visit stores the whole build; while the server is up, an unknown address gets its 404', async () => {
		const { page } = opened;
		const { cached, scope } = await waitForOfflineReady(page);
		expect(scope).toBe(server.url);
		// The whole build, Pagefind's index included, is in the cache after one visit.
		const expected = precachedURLs(distDir());
		expect(expected).toContain('pagefind/pagefind-entry.json');
		expect(expected).toContain('pagefind/pagefind.js');
		// The dialog's way in to Pagefind (its phrase rule, src/pages/search/pagefind.js.ts).
		expect(expected).toContain('search/pagefind.js');
		// Only what pages use: not Pagefind's prebuilt UIs (~430 KB), which the search
		// dialog never loads (the offline searches below prove nothing else is needed).
		expect(expected.filter((url) => /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(url))).toEqual([]);
		expect(expected).toContain('zh-cn/standards/district-committee/index.html');
		expect(cached).toBe(expected.length);
		expect((await page.goto(pageURL('/no-such-page/', server.url)))?.status()).toBe(404);

		await server.close();
		serverUp = false;
		expect(
			await fetch(server.url).then(
				() => 'up',
				() => 'down',
			),
		).toBe('down');
	});

	it('every page of both editions, search and saved ticks still work', async () => {
		const { page, foreignRequests, pageErrors } = opened;
		const pages: [path: string, title: string][] = [
			['/standards/office-standard/', '第二篇:辦公室會務工作規范'],
			['/zh-cn/standards/district-committee/', '第三篇:区委办公室会务工作规范'],
			['/zh-cn/checklists/', '全部检查清单'],
			['/checklists/secretaries/', ''],
		];
		for (const [path, title] of pages) {
			const response = await page.goto(pageURL(path, server.url));
			expect(response?.status(), path).toBe(200);
			expect(response?.fromServiceWorker(), path).toBe(true);
			if (title) expect(await h1(page)).toBe(title);
			else expect((await h1(page)).length).toBeGreaterThan(0);
		}

		// Pagefind's UI (fetched only now, at the first search), pagefind-entry.json?ts=…,
		// its index and its wasm all come from the cache.
		await page.goto(pageURL('/', server.url));
		expect((await searchSite(page, '座次'))[0]).toMatch(/\/standards\/office-standard\//);
		await page.goto(pageURL('/zh-cn/', server.url));
		expect((await searchSite(page, '纪要分送'))[0]).toMatch(/\/zh-cn\/standards\/district-committee\//);

		await page.goto(pageURL('/checklists/party-congress/', server.url));
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'draft-preparation-plan').check();
		await page.reload();
		expect(await stepBox(await hydratedChecklist(page, 'party-congress'), 'draft-preparation-plan').isChecked()).toBe(true);

		expect(foreignRequests).toEqual([]);
		expect(pageErrors).toEqual([]);
	});

	it("an address never stored shows the site's own offline page, in the reader's edition, linking to what is stored", async () => {
		const { page, pageErrors } = opened;
		const response = await page.goto(pageURL('/no-such-page/', server.url));
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await h1(page)).toBe('目前離線');
		const links = await page
			.locator('.offline-links a')
			.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toContain(sitePath('/standards/district-committee/'));
		expect(links).toContain(sitePath('/quick-reference/'));
		await page.locator('.offline-links a[href$="/standards/district-committee/"]').click();
		await page.waitForURL(/\/standards\/district-committee\/$/);
		expect(await h1(page)).toBe('第三篇:區委辦公室會務工作規范');

		await page.goto(pageURL('/zh-cn/deep/never/visited/', server.url));
		expect(await h1(page)).toBe('目前离线');
		expect(
			await page
				.locator('.offline-links a')
				.first()
				.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname),
		).toMatch(new RegExp(`^${sitePath('/zh-cn/')}`));
		expect(pageErrors).toEqual([]);
	});
});

describe('a new version deployed', () => {
	it('is offered, not forced, and a click loads it in every open tab', async () => {
		const dir = copyOfBuild();
		const server = await startStaticServer(dir, { base: base() });
		try {
			const { page, context, pageErrors } = await openPage(browser, { serviceWorkers: 'allow' }, server.url);
			const path = pageURL('/standards/office-standard/', server.url);
			await page.goto(path);
			await waitForOfflineReady(page);
			const other = await context.newPage();
			await other.goto(pageURL('/zh-cn/', server.url));
			await other.evaluate(() => ((window as { loadedBefore?: boolean }).loadedBefore = true));

			// Nothing changed on the server: no new worker, no notice.
			const pending = await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				await registration.update();
				return registration.installing ?? registration.waiting;
			});
			expect(pending).toBeNull();
			expect(await page.locator('[data-update-notice]').count()).toBe(0);

			// Deploy: the page's text changes and the worker is generated again.
			const file = join(dir, 'standards/office-standard/index.html');
			writeFileSync(file, readFileSync(file, 'utf8').replaceAll('第二篇:辦公室會務工作規范', '第二篇:辦公室會務工作規范(新版)'));
			await generateServiceWorker(dir);

			await page.reload();
			const notice = page.locator('[data-update-notice]');
			await notice.getByRole('button', { name: '重新載入' }).waitFor();
			expect(await notice.innerText()).toContain('網站已更新,重新載入以使用新版本');
			expect(await notice.getAttribute('role')).toBe('status');
			expect(await seriousViolations(page, '[data-update-notice]', { anyImpact: true })).toEqual([]);
			// Until the click, the page stays wholly on the version it started with.
			expect(await h1(page)).toBe('第二篇:辦公室會務工作規范');
			// The other tab, 简体, offers it too, in its own script.
			await other.reload();
			await other.locator('[data-update-notice]').getByRole('button', { name: '重新加载' }).waitFor();

			await notice.getByRole('button', { name: '重新載入' }).click();
			await expect.poll(() => h1(page), { timeout: 15_000 }).toBe('第二篇:辦公室會務工作規范(新版)');
			expect(await page.locator('[data-update-notice]').count()).toBe(0);
			// The other tab reloaded onto the new version as well.
			await expect
				.poll(() => other.evaluate(() => (window as { loadedBefore?: boolean }).loadedBefore ?? false), { timeout: 15_000 })
				.toBe(false);
			expect(await other.locator('[data-update-notice]').count()).toBe(0);
			await other.goto(pageURL('/standards/office-standard/', server.url));
			expect(await h1(other)).toBe('第二篇:辦公室會務工作規范(新版)');
			expect(pageErrors).toEqual([]);
			await context.close();
		} finally {
			await server.close();
		}
	});
});
