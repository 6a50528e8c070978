import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The URLs (relative to the worker) that a build's sw.js precaches. */
export function precachedURLs(dir: string): string[] {
	const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
	return [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
}

/**
 * Waits until the site works offline in this page: its service worker is
 * active (so its install, the precaching, succeeded) and controls the page.
 * Returns the scope and how many responses the precache holds.
 */
export async function waitForOfflineReady(page: Page): Promise<{ scope: string; cached: number }> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		let cached = 0;
		for (const name of await caches.keys()) {
			if (name.startsWith('workbox-precache')) cached += (await (await caches.open(name)).keys()).length;
		}
		return { scope: registration.scope, cached };
	});
}
