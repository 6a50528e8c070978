import type { Page } from 'playwright-core';

/** Opens the site search, types a query and returns the result links in order. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	// The button only opens the dialog once Starlight's custom element is defined.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.locator('site-search button[data-open-modal]').first().click();
	const input = page.locator('.pagefind-ui__search-input');
	await input.waitFor();
	await input.fill(query);
	await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
	// Pagefind renders results as they load; let the list settle before reading it.
	await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
	return page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
