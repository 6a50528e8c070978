import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	idleWaiter,
	isToolPage,
	KB,
	measurePage,
	networkActivity,
	VIEWPORT,
	weighPage,
	type PageWeight,
} from '../../../scripts/lib/pageWeight';
import { cachedStarlightBaseline, type CachedBaseline } from '../../../scripts/lib/starlightBaseline';
import { seriousViolations } from './axe';
import { connectBrowser } from './browser';
import { declaredPolicy, watchCsp } from './csp';
import { traditionalIn } from '../../support/traditional';
import { componentText, linksOutOfEdition, markupSkeleton } from './edition';
import { exerciseIslands, settle } from './islands';
import { startNginx, type NginxSite } from './nginx';
import { base, builtHtml, builtPages, distDir, openPage, pageURL } from './site';
import { startStaticServer, type StaticServer } from './staticServer';
import { emptyHttpCache } from './tabPool';

/**
 * The one crawl: every built page of the /huiwu/ build is visited once,
 * deployed as the README says (deploy/nginx.conf, so its header policy applies
 * on top of the page's meta policy), and that visit collects everything a
 * whole-site check needs:
 *
 * - what it costs to open (the byte budgets, counted as `npm run bench` counts);
 * - requests leaving the origin, same-origin requests that fail (an asset that
 *   ignores the base path), page errors, Content-Security-Policy violations;
 * - axe (WCAG 2.1 A/AA, serious and critical) on every 繁體 page, the 简体 home page, and each
 *   简体 page whose markup differs from its 繁體 twin's once the text is set aside (`axed`:
 *   on the others axe would read the same document as on the twin, bar its characters);
 * - a meta description;
 * - links to our own pages outside /huiwu/ or without their trailing slash;
 * - on 简体 pages: no Traditional character in our components, no link out of the edition;
 * - every island hydrated and used once (a tick, a value in each field, each form submitted),
 *   with no error, violation or foreign request from that use.
 */
const STANDARD_EXTRA_JS = 25 * KB;
const TOOL_JS = 60 * KB;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export const pages = builtPages();
export const standardPages = pages.filter((path) => /^\/(zh-cn\/)?standards\/[^/]+\/$/.test(path));
export const toolPages = pages.filter(isToolPage);

/** Whether the crawl runs axe on `path` (see above): a 简体 page only where it is not its twin's repeat. */
export function axed(path: string): boolean {
	if (!path.startsWith('/zh-cn/') || path === '/zh-cn/') return true;
	const twin = path.slice('/zh-cn'.length);
	return markupSkeleton(builtHtml(path), base()) !== markupSkeleton(builtHtml(twin), base());
}

let browser: Browser;
let nginx: NginxSite;
let baseline: CachedBaseline;
let baselineServer: StaticServer;
let baselineWeight: PageWeight;

/** The failure message names the heaviest scripts, so whoever meets a budget knows where the bytes are. */
function heaviest(weight: PageWeight): string {
	const scripts = weight.resources
		.filter((r) => r.kind === 'js')
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, 3);
	return scripts.map((r) => `${new URL(r.url).pathname} ${kb(r.gzip)}`).join(', ');
}

/** Same-origin links (`<a>`, `<link>`) that leave the base path or lack the trailing slash (offline needs it). */
function strayLinks(page: Page, siteURL: string): Promise<string[]> {
	const site = new URL(siteURL);
	return page.locator('a[href], link[href]').evaluateAll(
		(elements, { origin, prefix }) =>
			elements
				.map((element) => new URL((element as HTMLAnchorElement).href))
				.filter((url) => url.origin === origin)
				.filter((url) => !url.pathname.startsWith(prefix) || !/(\/|\.\w+)$/.test(url.pathname))
				.map((url) => url.href),
		{ origin: site.origin, prefix: site.pathname },
	);
}

/**
 * Registers the crawl of `crawled` (a file's share of the pages: the crawl is
 * split over two files so two workers can run it side by side).
 */
export function crawl(title: string, crawled: string[]): void {
	beforeAll(async () => {
		browser = await connectBrowser();
		// A baseline that fails to build fails the run here: the budgets cannot pass silently.
		baseline = await cachedStarlightBaseline(process.cwd());
		baselineServer = await startStaticServer(baseline.distDir);
		baselineWeight = await measurePage(browser, baselineServer.url);
		nginx = await startNginx(distDir(), base());
	});
	afterAll(async () => {
		await nginx?.close();
		await baselineServer?.close();
		await browser?.close();
	});

	describe(title, () => {
		it('finds the pages of both editions', () => {
			expect(pages).toContain('/');
			expect(pages).toContain('/standards/office-standard/');
			expect(pages).toContain('/zh-cn/');
			expect(crawled.length).toBeGreaterThan(20);
			expect(standardPages).toHaveLength(10);
			expect(toolPages).toContain('/checklists/party-congress/');
			expect(toolPages).toContain('/zh-cn/tools/meetings/');
		});

		it('measured the plain Starlight baseline, built from the installed versions', () => {
			expect(baseline.versions.astro).toMatch(/^\d+\.\d+\.\d+/);
			expect(baselineWeight.html.raw).toBeGreaterThan(1000);
			// Starlight always ships some JavaScript (search, theme, sidebar): zero would mean a broken measurement.
			expect(baselineWeight.js.gzip).toBeGreaterThan(1 * KB);
		});

		// A visit does a lot (axe on a whole standard, every island used): a generous cap, not a timing check.
		it.each(crawled)('%s: budgets, origin, errors, policy, axe, links, description, every island used', visit, 240_000);
	});
}

/** One visit of one page, with every check of the crawl. */
async function visit(path: string): Promise<void> {
	const site = nginx.url;
	const origin = new URL(site).origin;
	const { page, context, foreignRequests, pageErrors } = await openPage(browser, { viewport: VIEWPORT }, site);
	try {
		const csp = await watchCsp(page);
		const failures: string[] = [];
		page.on('response', (response) => {
			if (new URL(response.url()).origin === origin && (response.status() < 200 || response.status() > 299)) {
				failures.push(`${response.status()} ${response.url()}`);
			}
		});
		page.on('requestfailed', (request) => failures.push(`${request.failure()?.errorText} ${request.url()}`));
		// The budgets are a first visit's cost: nothing from the tab's earlier visits.
		await emptyHttpCache(page);
		// One record of the network for the idle wait and for the wait after the islands' use.
		const activity = networkActivity(page);
		const weighing = weighPage(page);
		const idle = idleWaiter(page, activity);

		const response = await page.goto(pageURL(path, site));
		expect(response?.status()).toBe(200);
		await idle();

		// Bytes before anyone touches the page.
		const weight = await weighing.finish(page.url());
		expect.soft(weight.fonts, 'no page loads a font file').toEqual([]);
		expect.soft(weight.html.raw, 'the measurement saw the HTML').toBeGreaterThan(0);
		expect.soft(weight.css.raw, 'the measurement saw the CSS').toBeGreaterThan(0);
		if (toolPages.includes(path)) {
			expect
				.soft(weight.js.gzip, `tool page over ${kb(TOOL_JS)}: ${kb(weight.js.gzip)}; heaviest: ${heaviest(weight)}`)
				.toBeLessThanOrEqual(TOOL_JS);
		}
		if (standardPages.includes(path)) {
			const extra = weight.js.gzip - baselineWeight.js.gzip;
			expect
				.soft(extra, `standard page: ${kb(weight.js.gzip)} vs baseline ${kb(baselineWeight.js.gzip)}; heaviest: ${heaviest(weight)}`)
				.toBeLessThanOrEqual(STANDARD_EXTRA_JS);
		}

		if (axed(path)) expect.soft(await seriousViolations(page), 'axe').toEqual([]);
		expect.soft((await page.locator('meta[name="description"]').getAttribute('content'))?.trim(), 'meta description').toBeTruthy();
		expect.soft(await declaredPolicy(page)).toContain("default-src 'self'");
		expect.soft(await strayLinks(page, site), 'links outside the base path').toEqual([]);

		if (path.startsWith('/zh-cn/')) {
			// Opens every fold and hydrates every island, then reads our components' text.
			expect.soft(traditionalIn(await componentText(page)), 'Traditional characters on a 简体 page').toEqual([]);
			expect.soft(await linksOutOfEdition(page, site), 'links out of the 简体 edition').toEqual([]);
		}

		const used = await exerciseIslands(page);
		if (used.checklistsFound) expect.soft(used.checklists, 'a checklist got a tick').toBeGreaterThan(0);
		// What the use started (a lazy chunk, a re-render) has arrived before the verdicts.
		await settle(page);
		await expect.poll(() => activity.inflight.size, { timeout: 15_000 }).toBe(0);

		expect.soft(await csp.violations(), 'policy violations').toEqual([]);
		expect.soft(failures, 'same-origin requests that failed').toEqual([]);
		expect.soft(pageErrors, 'page errors').toEqual([]);
		expect.soft(foreignRequests, 'requests leaving the origin').toEqual([]);
	} finally {
		await context.close();
	}
}
