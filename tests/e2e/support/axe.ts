import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rules every page is held to: WCAG 2.1 A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Serious or critical WCAG 2.1 A/AA violations, each as `rule: target | target…`.
 * `include` limits the check to what a test is about (a quiz, a notice): the crawl
 * checks the rest of every page, and axe's cost grows with the part it reads.
 * `anyImpact` counts minor and moderate violations too.
 */
export async function seriousViolations(page: Page, include?: string, { anyImpact = false } = {}): Promise<string[]> {
	// Legacy mode runs axe in the page itself; the default finishes every analysis in a new
	// blank tab, which cost more than the analysis. Our pages have no cross-origin frames.
	let builder = new AxeBuilder({ page })
		.setLegacyMode(true)
		.withTags(WCAG_21_AA)
		.options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => anyImpact || v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id}: ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')}`,
		);
}
