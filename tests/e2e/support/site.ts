import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { inject } from 'vitest';
import { sitePages } from '../../../scripts/lib/pageWeight';
import { checkOutTab } from './tabPool';

export const baseURL = () => inject('baseURL');
/** The /huiwu/ build the browser tests load. */
export const distDir = () => inject('distDir');
/** The site's base path in that build (`/huiwu/`). */
export const base = () => inject('base');
/** The root build, only scanned as HTML. */
export const rootDistDir = () => inject('rootDistDir');

/** A site path (`/zh-cn/tools/`) as the browser sees it under the base (`/huiwu/zh-cn/tools/`). */
export function sitePath(path: string): string {
	return base() + path.replace(/^\//, '');
}

/** Every built HTML page as a site path (`/standards/office-standard/`); the bench walks dist/ the same way. */
export function builtPages(dir = distDir()): string[] {
	return sitePages(dir);
}

/** The built HTML of a page (`/tools/meetings/`) of the e2e build. */
export function builtHtml(path: string, dir = distDir()): string {
	return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

/** A site path on the shared server, or on `site` (another server's URL, e.g. a sub-path one). */
export function pageURL(path: string, site = baseURL()): string {
	return new URL(path.replace(/^\//, ''), site).href;
}

/**
 * A page in a context of its own, as fresh as a new one: no stored data, no
 * cache, no listener, route or handler of an earlier test. The page records
 * uncaught errors and any request that leaves the site's origin (the site must
 * work on an isolated intranet). `site` is the URL of the server under test
 * (default: the shared one). `context.close()` ends the test's use of it.
 *
 * The site's service worker is blocked unless `options.serviceWorkers` is
 * 'allow' (the offline tests): a worker answers from its precache, so it
 * would hide `page.route` stubs and put a whole-site download into every test.
 *
 * Opening a tab costs Chromium about 0.7 s of CPU, more than most tests spend on
 * their page, so a closed page is kept and handed to the next test with the same
 * options, wiped (see tabPool.ts).
 */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}, site = baseURL()) {
	const { context, page } = await checkOutTab(browser, { serviceWorkers: 'block', ...options });
	const origin = new URL(site).origin;
	const foreignRequests: string[] = [];
	const pageErrors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== origin) foreignRequests.push(url);
	});
	page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}\n${error.stack ?? ''}`));
	return { context, page, foreignRequests, pageErrors };
}

/**
 * Replaces the print dialog (which headless Chromium cannot show, and which
 * would race `page.pdf`) with a counter; `printed(page)` waits for the next call.
 */
export async function stubPrintDialog(page: Page): Promise<() => Promise<void>> {
	await page.addInitScript(() => {
		(window as unknown as { __prints: number }).__prints = 0;
		window.print = () => {
			(window as unknown as { __prints: number }).__prints++;
		};
	});
	let seen = 0;
	return async () => {
		seen++;
		await page.waitForFunction((n) => (window as unknown as { __prints: number }).__prints >= n, seen);
	};
}

/**
 * The text of a downloaded file. Read as a stream: the browser is the run's
 * shared one, reached over a connection, where `download.path()` throws.
 */
export async function downloadedText(download: Download): Promise<string> {
	return (await downloadedBytes(download)).toString('utf8');
}

/** The bytes of a downloaded file (a .docx, an .xlsx), read as a stream like `downloadedText`. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}
