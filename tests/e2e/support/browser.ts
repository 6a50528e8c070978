import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(browserPath)) {
		throw new Error(
			`No browser at ${browserPath}. Install Debian's Chromium (apt-get install -y chromium fonts-noto-cjk) ` +
				'or set HUIWU_BROWSER to the path of a Chromium-based browser. End-to-end tests never skip.',
		);
	}
	return chromium.launch({ executablePath: browserPath, args: browserArgs });
}
