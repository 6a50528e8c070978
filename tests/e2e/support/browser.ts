import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';

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

/** A connection to the run's shared Chromium; `close()` only disconnects (and closes this file's contexts). */
export function connectBrowser(): Promise<Browser> {
	return chromium.connect(inject('browserEndpoint'));
}
