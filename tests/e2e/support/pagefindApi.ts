import type { Page } from 'playwright-core';
import { searchRanking } from '../../../src/searchRanking';

/**
 * Runs many queries through Pagefind's own JS API (`pagefind.search()`) on `page`, with
 * the ranking the search dialog uses, and returns each query's result paths in rank
 * order (the first `top`). Pagefind picks the page's edition index by its `lang`. One
 * page and one index load for hundreds of queries; the dialog itself is driven by
 * `searchSite` (./search.ts). The script is a string: Vite would rewrite an `import()`.
 */
export async function pagefindResults(page: Page, queries: readonly string[], top = 3): Promise<string[][]> {
	const script = `(async () => {
		const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI.replace(/zh-cn\\/.*$/, '')).href);
		await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
		await pagefind.init();
		const out = [];
		for (const query of ${JSON.stringify(queries)}) {
			const found = await pagefind.search(query);
			const data = await Promise.all(found.results.slice(0, ${top}).map((result) => result.data()));
			out.push(data.map((d) => new URL(d.url, location.href).pathname));
		}
		return out;
	})()`;
	return page.evaluate(script) as Promise<string[][]>;
}
