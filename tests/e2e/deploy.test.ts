import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parsePolicy } from '../../scripts/lib/contentSecurityPolicy';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, stepBox } from './support/checklist';
import { startNginx, type NginxSite } from './support/nginx';
import { searchSite } from './support/search';
import { waitForOfflineReady } from './support/serviceWorker';
import { base as siteBase, baseURL, distDir, openPage, pageURL } from './support/site';

// An intranet serves the site under a sub-path: the e2e build is made with
// HUIWU_BASE=/huiwu/ (tests/e2e/support/globalSetup.ts) and served by a plain
// static server; here also by nginx with deploy/nginx.conf. Every page loading
// through nginx with every asset, and its links under /huiwu/, is the crawl's
// business (tests/e2e/crawl.test.ts); the root build's links are checked in its
// HTML (tests/e2e/builtHtml.test.ts).
let browser: Browser;
let buildDir: string;
let base: string;
beforeAll(async () => {
	buildDir = distDir();
	base = siteBase();
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

describe('built for /huiwu/, served under it', () => {
	const server = { url: baseURL() };

	it('search finds pages and links to them under /huiwu/', async () => {
		const { page, context } = await openPage(browser, {}, server.url);
		await page.goto(pageURL('/', server.url));
		expect((await searchSite(page, '座次'))[0]).toMatch(/^\/huiwu\/standards\/office-standard\//);
		await page.goto(pageURL('/zh-cn/', server.url));
		expect((await searchSite(page, '纪要分送'))[0]).toMatch(/^\/huiwu\/zh-cn\/standards\/district-committee\//);
		await context.close();
	});

	it('islands hydrate, keep their data, and link under /huiwu/', async () => {
		const { page, context } = await openPage(browser, {}, server.url);
		await page.goto(pageURL('/checklists/party-congress/', server.url));
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'draft-preparation-plan').check();
		await page.reload();
		const list = await hydratedChecklist(page, 'party-congress');
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		const clauseLinks = await list
			.locator('a[href]')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(clauseLinks.length).toBeGreaterThan(0);
		for (const path of clauseLinks) expect(path).toMatch(/^\/huiwu\/standards\//);
		await context.close();
	});

	it('installs with a manifest whose URLs stay under /huiwu/, in both editions', async () => {
		for (const [edition, start, name] of [
			['/', '/huiwu/', '會務工作標準手冊'],
			['/zh-cn/', '/huiwu/zh-cn/', '会务工作标准手册'],
		] as const) {
			const { page, context } = await openPage(browser, {}, server.url);
			await page.goto(pageURL(edition, server.url));
			const href = await page.locator('link[rel="manifest"]').evaluate((link) => (link as HTMLLinkElement).href);
			const response = await fetch(href);
			expect(response.headers.get('content-type')).toBe('application/manifest+json');
			const manifest = (await response.json()) as {
				name: string;
				short_name: string;
				start_url: string;
				scope: string;
				display: string;
				icons: { src: string; sizes: string; type: string }[];
			};
			expect(manifest.name).toBe(name);
			expect(manifest.display).toBe('standalone');
			expect(new URL(manifest.start_url, href).pathname).toBe(start);
			expect(new URL(manifest.scope, href).pathname).toBe('/huiwu/');
			expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512', 'any']));
			for (const icon of manifest.icons) {
				const image = await fetch(new URL(icon.src, href));
				expect(image.status, icon.src).toBe(200);
				expect(image.headers.get('content-type'), icon.src).toBe(icon.type);
			}
			const touchIcon = await page.locator('link[rel="apple-touch-icon"]').evaluate((link) => (link as HTMLLinkElement).href);
			expect((await fetch(touchIcon)).status).toBe(200);
			expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toMatch(/^#[0-9a-f]{6}$/);
			await context.close();
		}
	});
});

describe('deployed with deploy/nginx.conf', () => {
	let nginx: NginxSite;
	beforeAll(async () => {
		nginx = await startNginx(buildDir, base);
		// No language of this site needs Pagefind's WebAssembly, others do: check its type too.
		writeFileSync(join(nginx.siteDir, 'probe.wasm'), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
	});
	afterAll(async () => nginx?.close());

	const head = async (path: string, site = nginx.url) => {
		const response = await fetch(new URL(path.replace(/^\//, ''), site), { redirect: 'manual' });
		await response.arrayBuffer();
		return response;
	};
	/** The Cache-Control nginx sends for `path`, after checking the tests' own server sends the same (support/cachePolicy.ts). */
	const cacheControl = async (path: string) => {
		const deployed = (await head(path)).headers.get('cache-control');
		expect((await head(path, baseURL())).headers.get('cache-control'), `the test server, ${path}`).toBe(deployed);
		return deployed;
	};
	const firstFile = (folder: string, pattern: RegExp) => {
		const name = readdirSync(join(buildDir, folder)).find((file) => pattern.test(file));
		if (!name) throw new Error(`no ${pattern} in ${folder}`);
		return `${folder}/${name}`;
	};

	// The tests' static server sends the same policy, so the browser tests cache what a reader's browser caches.
	it('revalidates pages, the worker, the manifest and the search index’s fixed-name files on every visit', async () => {
		for (const path of [
			'/',
			'/standards/office-standard/',
			'/zh-cn/',
			'/sw.js',
			'/manifest.webmanifest',
			'/pagefind/pagefind-entry.json',
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-worker.js',
			firstFile('pagefind', /\.pagefind$/),
			'/search/pagefind.js',
			'/favicon.svg',
		]) {
			expect(await cacheControl(path), path).toBe('no-cache');
		}
	});

	it('caches hashed assets for a year, Pagefind’s hashed index files as well', async () => {
		for (const path of [
			firstFile('_astro', /\.js$/),
			firstFile('_astro', /\.css$/),
			firstFile('pagefind', /\.pf_meta$/),
			firstFile('pagefind/index', /\.pf_index$/),
			firstFile('pagefind/fragment', /\.pf_fragment$/),
		]) {
			expect(await cacheControl(path), path).toBe('public, max-age=31536000, immutable');
		}
	});

	it('does not announce its version', async () => {
		for (const path of ['/', '/no-such-page/']) {
			const response = await fetch(new URL(path.replace(/^\//, ''), nginx.url));
			expect(response.headers.get('server'), path).toBe('nginx');
			expect(await response.text(), path).not.toMatch(/nginx\/\d/);
		}
	});

	it('refuses dot-files, without saying whether they exist', async () => {
		mkdirSync(join(nginx.siteDir, '.git'), { recursive: true });
		writeFileSync(join(nginx.siteDir, '.git', 'config'), 'secret-remote');
		writeFileSync(join(nginx.siteDir, '.env'), 'SECRET=1');
		writeFileSync(join(nginx.siteDir, '.hidden.webmanifest'), 'secret-manifest');
		for (const path of ['/.env', '/.git/config', '/.git/', '/.hidden.webmanifest', '/.no-such-file']) {
			const response = await fetch(new URL(path.replace(/^\//, ''), nginx.url), { redirect: 'manual' });
			const body = await response.text();
			expect(response.status, path).toBe(404);
			expect(body, path).not.toContain('secret');
			expect(body, path).not.toContain('SECRET');
		}
	});

	it('sends the right types', async () => {
		const types: [path: string, type: RegExp][] = [
			['/', /^text\/html; charset=utf-8$/],
			['/sw.js', /^(application|text)\/javascript(; charset=utf-8)?$/],
			// The search dialog imports it as a module: a wrong type and the search is dead.
			['/search/pagefind.js', /^(application|text)\/javascript(; charset=utf-8)?$/],
			[firstFile('_astro', /\.css$/), /^text\/css/],
			['/manifest.webmanifest', /^application\/manifest\+json$/],
			['/zh-cn/manifest.webmanifest', /^application\/manifest\+json$/],
			['/probe.wasm', /^application\/wasm$/],
			['/pagefind/pagefind-entry.json', /^application\/json/],
			[firstFile('pagefind', /\.pf_meta$/), /^application\/octet-stream$/],
			[firstFile('pagefind/index', /\.pf_index$/), /^application\/octet-stream$/],
			[firstFile('pagefind/fragment', /\.pf_fragment$/), /^application\/octet-stream$/],
			[firstFile('pagefind', /\.pagefind$/), /^application\/octet-stream$/],
			['/icons/icon-512.png', /^image\/png$/],
			['/favicon.svg', /^image\/svg\+xml$/],
		];
		for (const [path, type] of types) {
			const response = await head(path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toMatch(type);
		}
	});

	// The manifest is answered by a nested location: nginx would drop the outer headers there if it added one.
	it('sends the security headers, on pages, in nested locations and on errors', async () => {
		for (const path of [
			'/',
			'/standards/office-standard/',
			'/sw.js',
			firstFile('_astro', /\.js$/),
			'/manifest.webmanifest',
			'/no-such-page/',
		]) {
			const headers = (await head(path)).headers;
			expect(headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
			expect(headers.get('referrer-policy'), path).toBe('same-origin');
			expect(headers.get('permissions-policy'), path).toContain('camera=()');
			expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
			// The header adds frame-ancestors, which a meta policy cannot set. It must
			// restrict nothing the page's meta policy allows by hash: no fetch directive.
			const policy = parsePolicy(headers.get('content-security-policy') ?? '');
			expect(policy.get('frame-ancestors'), path).toEqual(["'self'"]);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			expect(policy.get('base-uri'), path).toEqual(["'self'"]);
			expect(policy.get('form-action'), path).toEqual(["'self'"]);
			expect(
				[...policy.keys()].filter((name) => name.endsWith('-src') && name !== 'object-src'),
				path,
			).toEqual([]);
		}
	});

	it('redirects folders to their trailing slash and answers unknown pages with the 404 page', async () => {
		const bare = await fetch(new URL(base.replace(/\/$/, ''), nginx.url), { redirect: 'manual' });
		expect(bare.status).toBe(301);
		expect(bare.headers.get('location')).toBe(base);
		const folder = await head('/standards/office-standard');
		expect(folder.status).toBe(301);
		expect(folder.headers.get('location')).toBe(`${base}standards/office-standard/`);
		const missing = await fetch(new URL('no-such-page/', nginx.url));
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('<title>404');
	});

	it('search works, and after one visit the site works with nginx stopped', async () => {
		const { page, context, pageErrors } = await openPage(browser, { serviceWorkers: 'allow' }, nginx.url);
		await page.goto(pageURL('/', nginx.url));
		expect((await searchSite(page, '座次'))[0]).toMatch(/^\/huiwu\/standards\/office-standard\//);
		const { scope } = await waitForOfflineReady(page);
		expect(scope).toBe(nginx.url);
		await nginx.close();
		const response = await page.goto(pageURL('/zh-cn/standards/school-procedure/', nginx.url));
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await page.locator('main h1').innerText()).toContain('第五篇');
		expect((await searchSite(page, '决议执行通知单'))[0]).toMatch(/^\/huiwu\/zh-cn\/standards\/school-procedure\//);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
