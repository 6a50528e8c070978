/**
 * What a page costs to open: the HTML, CSS and JavaScript bytes it requests
 * before anyone touches it, raw and gzip. Shared by `npm run bench`
 * (scripts/bench.ts) and the byte budgets (tests/e2e/budgets.test.ts), so
 * both count the same way:
 *
 * - a fresh browser context at 1280×800 with service workers blocked (the
 *   offline precache is not what a page costs), loaded until the idle-time
 *   loads are done and the network is quiet (Starlight's search setup, islands
 *   marked `client:idle`, and `client:visible` ones in view, load);
 * - each response body as served, and gzip of it (zlib level 6, what servers
 *   commonly send), per file, summed;
 * - JavaScript = script files + inline scripts; CSS = stylesheets + inline
 *   style elements. The HTML figure is the document as sent, inline code included.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

export interface Bytes {
	raw: number;
	gzip: number;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'other';

export interface ResourceWeight {
	url: string;
	kind: ResourceKind;
	raw: number;
	gzip: number;
}

export interface PageWeight {
	url: string;
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** Inline script bodies (part of `js`, and of `html`). */
	inlineJs: Bytes;
	/** URLs of font files the page loaded (the site loads none). */
	fonts: string[];
	resources: ResourceWeight[];
}

export const VIEWPORT = { width: 1280, height: 800 } as const;

const zero = (): Bytes => ({ raw: 0, gzip: 0 });

export function bytesOf(body: Buffer | string): Bytes {
	const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer, { level: 6 }).length };
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
	return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

function kindOf(request: Request): ResourceKind {
	const type = request.resourceType();
	const path = new URL(request.url()).pathname;
	if (type === 'document') return 'html';
	if (type === 'font' || /\.(woff2?|ttf|otf|eot)$/i.test(path)) return 'font';
	if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
	if (type === 'script' || /\.m?js$/.test(path)) return 'js';
	return 'other';
}

/** How long a page may keep loading before `idleWaiter` gives up. */
const IDLE_TIMEOUT_MS = 20_000;

/** A page's network as `networkActivity` records it: the requests in flight, how many were made, when it last changed. */
export interface NetworkActivity {
	inflight: Set<Request>;
	requests: number;
	lastChange: number;
}

/** Starts recording what the network of `page` does; call before `page.goto`. */
export function networkActivity(page: Page): NetworkActivity {
	const activity: NetworkActivity = { inflight: new Set(), requests: 0, lastChange: Date.now() };
	page.on('request', (request) => {
		activity.inflight.add(request);
		activity.requests++;
		activity.lastChange = Date.now();
	});
	const done = (request: Request) => {
		activity.inflight.delete(request);
		activity.lastChange = Date.now();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return activity;
}

/**
 * Call before `page.goto`; the function it returns waits until the loaded page
 * is left idle as above: its idle-time loads done and the network quiet.
 * `activity` lets a caller that also watches the network share one record of it.
 */
export function idleWaiter(page: Page, activity = networkActivity(page)): () => Promise<void> {
	const { inflight } = activity;
	/**
	 * No request in flight and none for a tenth of a second: a module's imports are
	 * requested within milliseconds of its arrival, and the idle-callback rounds below
	 * catch what is started later. A request that never ends fails the wait, naming it,
	 * instead of holding it until the test's own timeout.
	 */
	const settled = async () => {
		const deadline = Date.now() + IDLE_TIMEOUT_MS;
		while (inflight.size > 0 || Date.now() - activity.lastChange < 100) {
			if (Date.now() > deadline) {
				throw new Error(
					`the page was not idle after ${IDLE_TIMEOUT_MS / 1000} s; in flight: ${[...inflight].map((r) => r.url()).join(', ')}`,
				);
			}
			await page.waitForTimeout(25);
		}
	};
	return async () => {
		// Quiet network alone is a race on a busy machine: Starlight sets up its search and
		// Astro hydrates `client:idle` islands in idle callbacks, which may come later. Wait
		// (again while a round brings new loads, for what those load in turn) until an idle
		// callback queued after theirs has run, then until the network is quiet, so every run
		// counts the same files.
		for (let round = 0; round < 3; round++) {
			const before = activity.requests;
			// (A hidden page gets no animation frame: the timer keeps that from waiting for ever.)
			await page.evaluate(
				() =>
					new Promise<void>((resolve) => {
						requestAnimationFrame(() => requestAnimationFrame(() => (window.requestIdleCallback ?? setTimeout)(() => resolve())));
						setTimeout(resolve, 5000);
					}),
			);
			await settled();
			if (activity.requests === before) return;
		}
	};
}

/**
 * Starts recording what `page` loads; call before `page.goto`. `finish()`, once
 * the page is idle (see `idleWaiter`), sums what was loaded until then, so the
 * crawl can weigh a page in the same visit before it goes on to use the page.
 */
export function weighPage(page: Page): { finish(url: string): Promise<PageWeight> } {
	const pending: Promise<ResourceWeight | null>[] = [];
	let recording = true;
	page.on('requestfinished', (request) => {
		if (!recording) return;
		pending.push(
			(async () => {
				// The page may close before a late response is read: that load is not weighed.
				const response = await request.response().catch(() => null);
				if (!response) return null;
				const body = await response.body().catch(() => Buffer.alloc(0));
				return { url: request.url(), kind: kindOf(request), ...bytesOf(body) };
			})(),
		);
	});
	return {
		async finish(url) {
			// What finished so far: later loads (a person using the page) are not its opening cost.
			recording = false;
			const loaded = [...pending];
			const inline = await page.evaluate(() => {
				const runs = (type: string | null) => !type || ['module', 'text/javascript', 'application/javascript'].includes(type.toLowerCase());
				return {
					scripts: [...document.querySelectorAll('script:not([src])')]
						.filter((s) => runs(s.getAttribute('type')))
						.map((s) => s.textContent ?? ''),
					styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
				};
			});
			const resources = (await Promise.all(loaded)).filter((r): r is ResourceWeight => r !== null);
			const sum = (kind: ResourceKind) => resources.filter((r) => r.kind === kind).reduce(addBytes, zero());
			const inlineJs = inline.scripts.map(bytesOf).reduce(addBytes, zero());
			const inlineCss = inline.styles.map(bytesOf).reduce(addBytes, zero());
			return {
				url,
				html: sum('html'),
				css: addBytes(sum('css'), inlineCss),
				js: addBytes(sum('js'), inlineJs),
				inlineJs,
				fonts: resources.filter((r) => r.kind === 'font').map((r) => r.url),
				resources,
			};
		},
	};
}

/** Measures one page as described above, in a context of its own. */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	const weight = weighPage(page);
	const idle = idleWaiter(page);
	try {
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
		await idle();
		return await weight.finish(url);
	} finally {
		await context.close();
	}
}

/** Every built page of `dir` as a site path (`/`, `/zh-cn/tools/meetings/`). */
export function sitePages(dir: string): string[] {
	const pages: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(full);
			} else if (name === 'index.html') {
				const rel = relative(dir, d).split(sep).join('/');
				pages.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(dir);
	return pages.sort();
}

/** Pages whose tools carry the site's weight: checklists, tools, training (both editions). */
export function isToolPage(path: string): boolean {
	return /^\/(zh-cn\/)?(checklists|tools|training)\//.test(path);
}

export const KB = 1024;
