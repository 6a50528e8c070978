// /search/pagefind.js: Pagefind's JS API with the phrase rule (src/lib/phraseSearch.ts) on
// its search. The search dialog loads Pagefind through this module
// (src/scripts/lazyPagefindUI.ts sets it as the UI's bundle path), and so do the tests
// that search the built index (tests/e2e/support/pagefindApi.ts). Pagefind's own module
// still finds its index and worker beside itself, in /pagefind/.
import type { APIRoute } from 'astro';
import { phraseFirst } from '~/lib/phraseSearch';

const source = `import * as pagefind from '../pagefind/pagefind.js';
export * from '../pagefind/pagefind.js';
const phraseFirst = ${phraseFirst.toString()};
export async function search(term, options) {
	return phraseFirst(term, await pagefind.search(term, options));
}
`;

export const GET: APIRoute = () => new Response(source, { headers: { 'content-type': 'text/javascript' } });
