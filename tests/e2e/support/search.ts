import type { Locator, Page, Request } from 'playwright-core';

/**
 * Opens the site search as a reader does once the page has settled, and returns Pagefind's
 * field. Starlight sets the search up in an idle callback after the page loads (our
 * `lazyPagefindUI` marks that with its stand-in field), and the field itself is built when
 * the dialog opens. Full runs failed here now and then (the field never appeared, on 简体
 * pages); waiting for the set-up first, and saying what the dialog held if the field still
 * does not come, names the cause next time.
 */
export async function openSearch(page: Page): Promise<Locator> {
	await page.locator('#starlight__search :is(.search-stand-in, .pagefind-ui)').first().waitFor({ state: 'attached' });
	const failed: string[] = [];
	const onFailed = (request: Request) => failed.push(`${request.failure()?.errorText} ${request.url()}`);
	page.on('requestfailed', onFailed);
	try {
		await page.locator('site-search button[data-open-modal]').first().click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor().catch(async (error: unknown) => {
			const state = await page.evaluate(() => ({
				dialogOpen: document.querySelector('site-search dialog')?.hasAttribute('open'),
				standIn: document.querySelector('.search-stand-in') !== null,
				pagefindUI: document.querySelector('.pagefind-ui') !== null,
				controlled: Boolean(navigator.serviceWorker?.controller),
			}));
			throw new Error(`Pagefind's field did not appear: ${JSON.stringify(state)}; failed requests: ${failed.join(', ') || 'none'}`, {
				cause: error,
			});
		});
		return input;
	} finally {
		page.off('requestfailed', onFailed);
	}
}

/** Opens the site search, types a query and returns the result links in order. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	const input = await openSearch(page);
	await input.fill(query);
	await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
	// Pagefind renders results as they load; let the list settle before reading it.
	await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
	return page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
