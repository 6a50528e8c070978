/**
 * Generates the service worker after each build (src/integrations/huiwu.ts,
 * `astro:build:done`, after the Content-Security-Policy is written): every file
 * of the built site — both editions, the Pagefind index, the islands' code —
 * is precached, so after one visit the whole site works without a network.
 *
 * Entries are relative to the worker, which sits at the site's root, so the
 * same worker works under any base path. Each entry carries a hash of its
 * content: any changed file makes a new worker, which the pages offer as an
 * update (src/scripts/registerServiceWorker.ts).
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Files Pagefind writes for other ways of embedding it (its prebuilt UIs, result highlighting); no page of ours loads them. */
export const UNUSED_PAGEFIND_FILES = [
	'pagefind/pagefind-ui.js',
	'pagefind/pagefind-ui.css',
	'pagefind/pagefind-modular-ui.js',
	'pagefind/pagefind-modular-ui.css',
	'pagefind/pagefind-component-ui.js',
	'pagefind/pagefind-component-ui.css',
	'pagefind/pagefind-highlight.js',
];

export async function generateServiceWorker(dir: string): Promise<{ count: number; size: number }> {
	const { count, size, warnings } = await generateSW({
		globDirectory: dir,
		globPatterns: ['**/*'],
		// The worker itself, and files no page requests: sitemaps are for crawlers, and
		// Pagefind's own UI bundles (~430 KB) are never loaded — the search dialog builds
		// its UI from the npm package, bundled into _astro/ (src/scripts/lazyPagefindUI.ts),
		// which fetches only pagefind.js, its worker, the entry file, WebAssembly and index.
		globIgnores: ['sw.js', 'sitemap-*.xml', ...UNUSED_PAGEFIND_FILES],
		swDest: join(dir, 'sw.js'),
		mode: 'production',
		sourcemap: false,
		// One file to serve with `no-cache`, no separate runtime to keep in step.
		inlineWorkboxRuntime: true,
		maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
		// Vite's hashed files change name when they change: no revision parameter needed.
		dontCacheBustURLsMatching: /^_astro\//,
		// A new version waits for the reader's click (SKIP_WAITING message) ...
		skipWaiting: false,
		// ... but the first install takes the page at once, so it works offline right away.
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		// `dir/` is served from `dir/index.html`.
		directoryIndex: 'index.html',
		// A static site answers the same whatever the query; Pagefind asks for
		// `pagefind-entry.json?ts=…` to bust caches, which must still hit the precache.
		ignoreURLParametersMatching: [/.*/],
		// A page the precache does not hold (an old link, a mistyped address) goes to the
		// network; without one, the site's own offline page (in the reader's edition)
		// answers with links to everything stored, not the browser's error page.
		runtimeCaching: [
			{
				urlPattern: ({ request, url }) => request.mode === 'navigate' && /\/zh-cn\//.test(url.pathname),
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: 'zh-cn/offline/index.html' } },
			},
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: 'offline/index.html' } },
			},
		],
	});
	if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('\n')}`);
	return { count, size };
}
