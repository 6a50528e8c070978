import type { Page, Request } from 'playwright-core';

/** Opens the site search, types a query and returns the result links in order. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	// The button only opens the dialog once Starlight's custom element is defined.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	const failed: string[] = [];
	const onFailed = (request: Request) => failed.push(`${request.failure()?.errorText} ${request.url()}`);
	page.on('requestfailed', onFailed);
	try {
		await page.locator('site-search button[data-open-modal]').first().click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor().catch(async (error: unknown) => {
			// A rare failure in full runs (deploy.test.ts, offline): say what the dialog held.
			const state = await page.evaluate(() => ({
				dialogOpen: document.querySelector('site-search dialog')?.hasAttribute('open'),
				standIn: document.querySelector('.search-stand-in') !== null,
				pagefindUI: document.querySelector('.pagefind-ui') !== null,
				controlled: navigator.serviceWorker?.controller !== null,
			}));
			throw new Error(`Pagefind's field did not appear: ${JSON.stringify(state)}; failed requests: ${failed.join(', ') || 'none'}`, {
				cause: error,
			});
		});
		await input.fill(query);
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
	} finally {
		page.off('requestfailed', onFailed);
	}
	// Pagefind renders results as they load; let the list settle before reading it.
	await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
	return page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
