import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's minified build: `axe.source` is the 1.5 MB unminified one, twice the bytes to send and parse per document. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules every page is held to: WCAG 2.1 A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

declare global {
	interface Window {
		axe?: typeof axe;
	}
}

/**
 * Serious or critical WCAG 2.1 A/AA violations, each as `rule: target | target…`.
 * `include` limits the check to what a test is about (a quiz, a notice): the crawl
 * checks the rest of every page, and axe's cost grows with the part it reads.
 * `anyImpact` counts minor and moderate violations too.
 *
 * axe-core runs in the page itself, injected once per document. @axe-core/playwright
 * sent its 650 KB source twice per analysis (and by default finished each one in a new
 * blank tab), which made axe half of every crawl visit. Our pages have no frames, so its
 * frame handling had nothing to do.
 */
export async function seriousViolations(page: Page, include?: string, { anyImpact = false } = {}): Promise<string[]> {
	if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async ({ include, tags }) => {
			const { violations } = await window.axe!.run(include ?? document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			return violations.map(({ id, impact, nodes }) => ({ id, impact, targets: nodes.map((n) => n.target.join(' ')) }));
		},
		{ include, tags: WCAG_21_AA },
	);
	return violations
		.filter((v) => anyImpact || v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.targets.slice(0, 3).join(' | ')}`);
}
