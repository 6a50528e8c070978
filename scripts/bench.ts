/**
 * npm run bench: builds the site, and measures what its pages cost beside a
 * plain Starlight page built from the same installed versions. Writes
 * bench/latest.json, prints the tables, and puts them into README.md
 * (between the bench markers). Timings here are for people to read; the
 * tests only ever assert bytes (tests/e2e/budgets.test.ts).
 *
 * Usage: node scripts/bench.ts [--runs 3] [--skip-lighthouse]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { browserArgs, browserPath } from '../tests/e2e/support/browser.ts';
import { startStaticServer } from '../tests/e2e/support/staticServer.ts';
import { KB, VIEWPORT, measurePage, sitePages, type Bytes, type PageWeight } from './lib/pageWeight.ts';
import { buildStarlightBaseline, removeBaseline } from './lib/starlightBaseline.ts';

const root = process.cwd();
const runsArg = process.argv.indexOf('--runs');
const lighthouseRuns = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const skipLighthouse = process.argv.includes('--skip-lighthouse');

/** The pages the brief names; tool pages are measured when they exist in this build. */
const candidatePages = [
	'/',
	'/standards/office-standard/',
	'/checklists/party-congress/',
	'/tools/seating/',
	'/tools/deadlines/',
	'/tools/meetings/',
	'/training/quiz/',
];

const searchQueries: Record<'zh-TW' | 'zh-CN', { home: string; queries: string[] }> = {
	'zh-TW': { home: '/', queries: ['座次', '會議通知', '簽到', '紀要', '保密'] },
	'zh-CN': { home: '/zh-cn/', queries: ['座次', '会议通知', '签到', '纪要', '保密'] },
};

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof categories)[number], number | null>;

function productionEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
	for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST') delete env[name];
	return env;
}

function buildSite(): number {
	const started = performance.now();
	execFileSync('npm', ['run', 'build'], { cwd: root, env: productionEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
	return performance.now() - started;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

async function lighthouseScores(urls: string[]): Promise<Record<string, { median: Scores; runs: Scores[] }>> {
	const chrome = await chromeLauncher.launch({ chromePath: browserPath, chromeFlags: browserArgs });
	const results: Record<string, { median: Scores; runs: Scores[] }> = {};
	try {
		for (const url of urls) {
			const runs: Scores[] = [];
			for (let i = 0; i < lighthouseRuns; i++) {
				// Lighthouse's default config is the mobile one (moto g power, simulated slow 4G).
				const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
				const lhr = result?.lhr;
				if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
				runs.push(
					Object.fromEntries(
						categories.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
					) as Scores,
				);
				process.stderr.write('.');
			}
			const med = Object.fromEntries(
				categories.map((c) => {
					const values = runs.map((r) => r[c]).filter((v): v is number => v !== null);
					return [c, values.length ? median(values) : null];
				}),
			) as Scores;
			results[url] = { median: med, runs };
		}
	} finally {
		chrome.kill();
		process.stderr.write('\n');
	}
	return results;
}

interface SearchRun {
	edition: string;
	query: string;
	results: number;
	bytes: number;
	requests: number;
	/** From the click on 搜尋 to Pagefind's field being there (its UI is fetched on intent, see src/scripts/lazyPagefindUI.ts). */
	openMs: number;
	firstResultsMs: number;
}

/** One query on a cold page (fresh context): what the search fetches and when results first show. */
async function measureSearch(browser: Browser, baseURL: string, edition: string, home: string, query: string): Promise<SearchRun> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	try {
		await page.goto(new URL(home.replace(/^\//, ''), baseURL).href, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		// Counted from the click: opening the search fetches Pagefind's UI, which is part of what a search costs.
		const bodies: Promise<number>[] = [];
		page.on('requestfinished', (request) => {
			bodies.push(
				request
					.response()
					.then((response) => response?.body())
					.then((body) => body?.length ?? 0)
					.catch(() => 0),
			);
		});
		const clicked = Date.now();
		await page.locator('site-search button[data-open-modal]').first().click();
		await page.locator('.pagefind-ui__search-input').waitFor();
		const openMs = Date.now() - clicked;
		const firstResultsMs = await page.evaluate(async (q) => {
			const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
			const started = performance.now();
			const shown = new Promise<number>((resolve) => {
				const observer = new MutationObserver(() => {
					if (document.querySelector('.pagefind-ui__result-link')) {
						observer.disconnect();
						resolve(performance.now() - started);
					}
				});
				observer.observe(document.body, { subtree: true, childList: true });
			});
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			return shown;
		}, query);
		await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
		await page.waitForLoadState('networkidle');
		const results = await page.locator('.pagefind-ui__result').count();
		const sizes = await Promise.all(bodies);
		return {
			edition,
			query,
			results,
			bytes: sizes.reduce((a, b) => a + b, 0),
			requests: sizes.length,
			openMs,
			firstResultsMs: Math.round(firstResultsMs),
		};
	} finally {
		await context.close();
	}
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const pair = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const versus = (ours: number, base: number) => `${ours - base >= 0 ? '+' : '−'}${kb(Math.abs(ours - base))} (×${(ours / base).toFixed(2)})`;

function tables(report: BenchReport): string {
	const lines: string[] = [];
	const m = report.machine;
	lines.push(
		`Measured ${report.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB memory, Chromium ${m.chromium}, Node ${m.node}; ` +
			`astro ${report.versions.astro}, @astrojs/starlight ${report.versions.starlight}.`,
		'',
		'| Build | Time | Pages 繁體 | Pages 简体 |',
		'| --- | --- | --- | --- |',
		`| this site (\`npm run build\`) | ${(report.build.ms / 1000).toFixed(1)} s | ${report.build.pages['zh-TW']} | ${report.build.pages['zh-CN']} |`,
		`| plain Starlight, one page | ${(report.baseline.buildMs / 1000).toFixed(1)} s | 1 | – |`,
		'',
		'KB raw / gzip requested before any interaction (1280×800, fresh context, service worker blocked); JS includes inline scripts; Lighthouse mobile, median of ' +
			`${report.lighthouseRuns} runs (performance / accessibility / best practices / SEO).`,
		'',
		'| Page | HTML | CSS | JS | JS gzip vs Starlight | Lighthouse |',
		'| --- | --- | --- | --- | --- | --- |',
	);
	const lh = (url: string) => {
		const s = report.lighthouse[url]?.median;
		return s ? categories.map((c) => s[c] ?? '–').join(' / ') : '–';
	};
	const base = report.baseline.weight;
	lines.push(`| plain Starlight page | ${pair(base.html)} | ${pair(base.css)} | ${pair(base.js)} | – | ${lh(base.url)} |`);
	for (const page of report.pages) {
		const w = page.weight;
		lines.push(
			`| \`${page.path}\` | ${pair(w.html)} | ${pair(w.css)} | ${pair(w.js)} | ${versus(w.js.gzip, base.js.gzip)} | ${lh(w.url)} |`,
		);
	}
	lines.push(
		'',
		"Search, each query on a freshly loaded home page: bytes the search fetched from the click on 搜尋 (Pagefind's UI, script, WebAssembly, index, fragments), time from the click to the search field, and from typing to the first result (includes Pagefind UI's input debounce).",
		'',
	);
	lines.push(
		'| Edition | Query | Results | Fetched | Requests | Field ready | First results |',
		'| --- | --- | --- | --- | --- | --- | --- |',
	);
	for (const run of report.search) {
		lines.push(
			`| ${run.edition} | ${run.query} | ${run.results} | ${kb(run.bytes)} KB | ${run.requests} | ${run.openMs} ms | ${run.firstResultsMs} ms |`,
		);
	}
	return lines.join('\n');
}

interface BenchReport {
	date: string;
	machine: { cpus: number; cpuModel: string; memoryGiB: string; chromium: string; node: string };
	versions: { astro: string; starlight: string };
	build: { ms: number; pages: { 'zh-TW': number; 'zh-CN': number } };
	baseline: { buildMs: number; weight: PageWeight };
	pages: { path: string; weight: PageWeight }[];
	lighthouseRuns: number;
	lighthouse: Record<string, { median: Scores; runs: Scores[] }>;
	search: SearchRun[];
}

async function main() {
	console.error('Building the site…');
	const buildMs = buildSite();
	const distDir = join(root, 'dist');
	const all = sitePages(distDir);
	const pages = candidatePages.filter((path) => all.includes(path));
	console.error('Building the plain Starlight baseline…');
	const baseline = await buildStarlightBaseline(root);
	const site = await startStaticServer(distDir);
	const baselineServer = await startStaticServer(baseline.distDir);
	const browser = await chromium.launch({ executablePath: browserPath, args: browserArgs });
	try {
		const url = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;
		console.error('Measuring bytes…');
		const baselineWeight = await measurePage(browser, baselineServer.url);
		const weights = [];
		for (const path of pages) weights.push({ path, weight: await measurePage(browser, url(path)) });
		console.error(skipLighthouse ? 'Lighthouse skipped.' : `Lighthouse, ${lighthouseRuns} runs per page…`);
		const lh = skipLighthouse ? {} : await lighthouseScores([baselineServer.url, ...pages.map(url)]);
		console.error('Searching…');
		const search: SearchRun[] = [];
		for (const [edition, { home, queries }] of Object.entries(searchQueries)) {
			for (const query of queries) search.push(await measureSearch(browser, site.url, edition, home, query));
		}
		const report: BenchReport = {
			date: new Date().toISOString().slice(0, 10),
			machine: {
				cpus: availableParallelism(),
				cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
				memoryGiB: (totalmem() / 1024 ** 3).toFixed(1),
				chromium: browser.version(),
				node: process.versions.node,
			},
			versions: baseline.versions,
			build: {
				ms: Math.round(buildMs),
				pages: { 'zh-TW': all.filter((p) => !p.startsWith('/zh-cn/')).length, 'zh-CN': all.filter((p) => p.startsWith('/zh-cn/')).length },
			},
			baseline: { buildMs: Math.round(baseline.buildMs), weight: baselineWeight },
			pages: weights,
			lighthouseRuns: skipLighthouse ? 0 : lighthouseRuns,
			lighthouse: lh,
			search,
		};
		mkdirSync(join(root, 'bench'), { recursive: true });
		// Keep the JSON readable and stable: resources without the server's port.
		const portless = JSON.stringify(report, null, '\t').replaceAll(site.url, '/').replaceAll(baselineServer.url, 'starlight:/');
		writeFileSync(join(root, 'bench/latest.json'), portless + '\n');
		const text = tables(JSON.parse(portless) as BenchReport);
		console.log(text);
		updateReadme(text);
	} finally {
		await browser.close();
		await site.close();
		await baselineServer.close();
		removeBaseline(baseline);
	}
}

const START = '<!-- bench:start (npm run bench writes this) -->';
const END = '<!-- bench:end -->';

function updateReadme(text: string): void {
	const path = join(root, 'README.md');
	if (!existsSync(path)) return;
	const readme = readFileSync(path, 'utf8');
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start === -1 || end < start) {
		console.error('README.md has no bench markers; table not written there.');
		return;
	}
	writeFileSync(path, `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`);
}

await main();
