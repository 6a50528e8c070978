import type { Page } from 'playwright-core';
import { searchRanking } from '../../../src/searchRanking';

/**
 * Runs many queries through the search dialog's own API on `page`: Pagefind's JS API with
 * the site's phrase rule (/search/pagefind.js, src/pages/search/pagefind.js.ts) and the
 * ranking the dialog uses. Returns each query's result paths in rank order (the first
 * `top`). Pagefind picks the page's edition index by its `lang`. One page and one index
 * load for hundreds of queries; the dialog itself is driven by `searchSite` (./search.ts).
 * The script is a string: Vite would rewrite an `import()`.
 */
export async function pagefindResults(page: Page, queries: readonly string[], top = 3): Promise<string[][]> {
	return (await pagefindHits(page, queries, top)).map((hits) => hits.map((hit) => hit.path));
}

/** A result as the dialog shows it: its page and its excerpt (`<mark>` around what matched). */
export interface PagefindHit {
	path: string;
	excerpt: string;
}

/** Like `pagefindResults`, with each result's excerpt. */
export async function pagefindHits(page: Page, queries: readonly string[], top = 3): Promise<PagefindHit[][]> {
	const script = `(async () => {
		const pagefind = await import(new URL('search/pagefind.js', document.baseURI.replace(/zh-cn\\/.*$/, '')).href);
		await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
		await pagefind.init();
		const out = [];
		for (const query of ${JSON.stringify(queries)}) {
			const found = await pagefind.search(query);
			const data = await Promise.all(found.results.slice(0, ${top}).map((result) => result.data()));
			out.push(data.map((d) => ({ path: new URL(d.url, location.href).pathname, excerpt: d.excerpt })));
		}
		return out;
	})()`;
	return page.evaluate(script) as Promise<PagefindHit[][]>;
}
