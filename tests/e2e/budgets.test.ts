import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isToolPage, KB, measurePage, type PageWeight } from '../../scripts/lib/pageWeight';
import { buildStarlightBaseline, removeBaseline, type StarlightBaseline } from '../../scripts/lib/starlightBaseline';
import { launchBrowser } from './support/browser';
import { builtPages, pageURL } from './support/site';
import { startStaticServer, type StaticServer } from './support/staticServer';

/**
 * Byte budgets, measured as `npm run bench` measures (scripts/lib/pageWeight.ts):
 * bytes, never time. The plain Starlight page is built afresh for every run
 * from the installed astro and @astrojs/starlight, so the budget always
 * compares against the versions in use; a baseline that fails to build fails
 * the run (beforeAll throws), it cannot pass silently.
 */
const STANDARD_EXTRA_JS = 25 * KB;
const TOOL_JS = 60 * KB;

let browser: Browser;
let baseline: StarlightBaseline;
let baselineServer: StaticServer;
let baselineWeight: PageWeight;

beforeAll(async () => {
	browser = await launchBrowser();
	baseline = buildStarlightBaseline(process.cwd());
	baselineServer = await startStaticServer(baseline.distDir);
	baselineWeight = await measurePage(browser, baselineServer.url);
});
afterAll(async () => {
	await browser?.close();
	await baselineServer?.close();
	if (baseline) removeBaseline(baseline);
});

const pages = builtPages();
const standardPages = pages.filter((path) => /^\/(zh-cn\/)?standards\/[^/]+\/$/.test(path));
const toolPages = pages.filter(isToolPage);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Each page is measured once, whichever budget asks first (a page load is the slow part). */
const weights = new Map<string, Promise<PageWeight>>();
function weightOf(path: string): Promise<PageWeight> {
	let weight = weights.get(path);
	if (!weight) {
		weight = measurePage(browser, pageURL(path));
		weights.set(path, weight);
	}
	return weight;
}

/** The failure message names the heaviest scripts, so whoever meets it knows where the bytes are. */
function heaviest(weight: PageWeight): string {
	const scripts = weight.resources.filter((r) => r.kind === 'js').sort((a, b) => b.gzip - a.gzip).slice(0, 3);
	return scripts.map((r) => `${new URL(r.url).pathname} ${kb(r.gzip)}`).join(', ');
}

describe('the plain Starlight baseline', () => {
	it('was built from the installed versions and measured', () => {
		expect(baseline.versions.astro).toMatch(/^\d+\.\d+\.\d+/);
		expect(baselineWeight.html.raw).toBeGreaterThan(1000);
		// Starlight always ships some JavaScript (search, theme, sidebar): zero would mean a broken measurement.
		expect(baselineWeight.js.gzip).toBeGreaterThan(1 * KB);
	});
});

describe(`a standard page loads at most ${kb(STANDARD_EXTRA_JS)} gzip of JavaScript more than the plain Starlight page`, () => {
	it('finds the standard pages of both editions', () => {
		expect(standardPages).toHaveLength(10);
	});

	it.each(standardPages)('%s', async (path) => {
		const weight = await weightOf(path);
		const extra = weight.js.gzip - baselineWeight.js.gzip;
		expect(extra, `${path}: ${kb(weight.js.gzip)} vs baseline ${kb(baselineWeight.js.gzip)}; heaviest: ${heaviest(weight)}`).toBeLessThanOrEqual(
			STANDARD_EXTRA_JS,
		);
	});
});

describe(`no tool page loads more than ${kb(TOOL_JS)} gzip of JavaScript`, () => {
	it('finds the tool pages of both editions', () => {
		expect(toolPages).toContain('/checklists/party-congress/');
		expect(toolPages).toContain('/zh-cn/tools/meetings/');
	});

	it.each(toolPages)('%s', async (path) => {
		const weight = await weightOf(path);
		expect(weight.js.gzip, `${path}: ${kb(weight.js.gzip)}; heaviest: ${heaviest(weight)}`).toBeLessThanOrEqual(TOOL_JS);
	});
});

describe('no page loads a font file', () => {
	it.each(pages)('%s', async (path) => {
		const weight = await weightOf(path);
		expect(weight.fonts).toEqual([]);
		// The measurement saw the page's own files at all.
		expect(weight.html.raw).toBeGreaterThan(0);
		expect(weight.css.raw).toBeGreaterThan(0);
	});
});
