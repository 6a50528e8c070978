import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';
import { closeTabsHandedOut, overriding } from './tabPool';

/** The system Chromium; HUIWU_BROWSER names another Chromium-based browser. */
export const browserPath = process.env.HUIWU_BROWSER ?? '/usr/bin/chromium';

// Flags keep Chromium from phoning home: the test machines have no network,
// and the crawl must see only requests the site itself makes.
export const browserArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

function requireBrowser(): void {
	if (!existsSync(browserPath)) {
		throw new Error(
			`No browser at ${browserPath}. Install Debian's Chromium (apt-get install -y chromium fonts-noto-cjk) ` +
				'or set HUIWU_BROWSER to the path of a Chromium-based browser. End-to-end tests never skip.',
		);
	}
}

/** A Chromium of its own (the bench, or a script outside the test run). */
export async function launchBrowser(): Promise<Browser> {
	requireBrowser();
	return chromium.launch({ executablePath: browserPath, args: browserArgs });
}

/**
 * The one Chromium of a test run, started by the e2e global setup: every test
 * file connects to it (`connectBrowser`) instead of starting its own, which
 * costs a second or more each time on a busy 2-core machine.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
	requireBrowser();
	return chromium.launchServer({ executablePath: browserPath, args: browserArgs });
}

let shared: Browser | undefined;

/**
 * The worker's connection to the run's shared Chromium, made once: test files run one
 * after another in a worker and share its modules (vitest.config.ts, `isolate: false`),
 * so they share the connection and its tab pool (support/tabPool.ts) too. A new
 * connection per file started with an empty pool, and each file paid Chromium for new
 * tabs. A file's `close()` ends only its own use: it closes the tabs its tests left
 * checked out and keeps the connection and the wiped tabs for the next file.
 */
export async function connectBrowser(): Promise<Browser> {
	if (shared?.isConnected()) return shared;
	const connection = await chromium.connect(inject('browserEndpoint'));
	const proxy: Browser = overriding(connection, { close: () => closeTabsHandedOut(proxy) });
	shared = proxy;
	return proxy;
}
