import type { Page } from 'playwright-core';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Records every Content-Security-Policy violation of a page: the
 * `securitypolicyviolation` events (an init script listens before any page
 * script runs, in every frame and after every navigation) and console errors
 * that mention the policy (Chromium logs refusals there too, e.g. for a
 * worker or a blocked eval). Call before `goto`.
 */
export async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]> }> {
	const fromConsole: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) fromConsole.push(`console ${message.type()}: ${message.text()}`);
	});
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(event) => {
				window.__cspViolations!.push(
					`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} sample=${JSON.stringify(event.sample)}`,
				);
			},
			true,
		);
	});
	// Events of pages navigated away from are lost; tests read them before leaving a page.
	return {
		violations: async () => {
			const events = await page.evaluate(() => window.__cspViolations ?? ['no CSP watcher in this page']);
			return [...events, ...fromConsole];
		},
	};
}

/** The policy the page declares in its meta tag ('' when it has none). */
export function declaredPolicy(page: Page): Promise<string> {
	return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? '');
}
