/**
 * Generates the service worker after each build (npm `postbuild`): every file
 * of the built site — both editions, the Pagefind index, the islands' code —
 * is precached, so after one visit the whole site works without a network.
 *
 *   node scripts/generateServiceWorker.ts [dir]   (default: $HUIWU_OUT_DIR or dist)
 *
 * Entries are relative to the worker, which sits at the site's root, so the
 * same worker works under any base path. Each entry carries a hash of its
 * content: any changed file makes a new worker, which the pages offer as an
 * update (src/scripts/registerServiceWorker.ts).
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export async function generateServiceWorker(dir: string): Promise<{ count: number; size: number }> {
	const { count, size, warnings } = await generateSW({
		globDirectory: dir,
		globPatterns: ['**/*'],
		// The worker itself, and files no page requests (sitemaps are for crawlers).
		globIgnores: ['sw.js', 'sitemap-*.xml'],
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

if (import.meta.main) {
	const dir = process.argv[2] ?? process.env.HUIWU_OUT_DIR ?? 'dist';
	const { count, size } = await generateServiceWorker(dir);
	console.log(`service worker: ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) precached by ${join(dir, 'sw.js')}`);
}
