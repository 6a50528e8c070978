import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateServiceWorker } from '../../scripts/generateServiceWorker';

// generateSW bundles and minifies the Workbox runtime: seconds per run.
const slow = 60_000;

/** The precache entries as generateSW writes them into the worker. */
function entries(worker: string): { url: string; revision: string | null }[] {
	return [...worker.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map(([, url, revision]) => ({
		url: url!,
		revision: revision === 'null' ? null : revision!.slice(1, -1),
	}));
}

describe('generateServiceWorker over a build', () => {
	const build = {
		'index.html': '<h1>首頁</h1>',
		'zh-cn/index.html': '<h1>首页</h1>',
		'_astro/page.abc123.js': 'console.log(1)',
		'pagefind/pagefind-entry.json': '{}',
		'pagefind/pagefind.js': '',
		'pagefind/pagefind-worker.js': '',
		'pagefind/fragment/zh-tw_1.pf_fragment': 'x',
		// Pagefind's prebuilt UIs: the search dialog builds its own from the npm package.
		'pagefind/pagefind-ui.js': '',
		'pagefind/pagefind-ui.css': '',
		'pagefind/pagefind-component-ui.js': '',
		'pagefind/pagefind-modular-ui.css': '',
		'pagefind/pagefind-highlight.js': '',
		'sitemap-0.xml': '<urlset/>',
		'.build-stamp': '{}',
	};
	let dir: string;
	let worker: string;
	let count: number;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'huiwu-sw-'));
		for (const [path, text] of Object.entries(build)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		({ count } = await generateServiceWorker(dir));
		worker = readFileSync(join(dir, 'sw.js'), 'utf8');
	}, slow);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('precaches every file pages use by its path relative to the worker, not the sitemaps or Pagefind’s unused UIs', () => {
		const urls = entries(worker)
			.map((entry) => entry.url)
			.sort();
		expect(urls).toEqual([
			'_astro/page.abc123.js',
			'index.html',
			'pagefind/fragment/zh-tw_1.pf_fragment',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind.js',
			'zh-cn/index.html',
		]);
		expect(count).toBe(7);
	});

	it('waits for the reader before taking over from an older version', () => {
		// generateSW's `skipWaiting: false`: skipWaiting() only on the page's SKIP_WAITING message.
		expect(worker).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
		expect(worker.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
	});

	it(
		'revisions unhashed files by content: a changed page, and only it, changes the worker',
		async () => {
			const revisions = new Map(entries(worker).map((entry) => [entry.url, entry.revision]));
			expect(revisions.get('_astro/page.abc123.js')).toBeNull();
			expect(revisions.get('index.html')).toMatch(/^[0-9a-f]{32}$/);

			writeFileSync(join(dir, 'index.html'), '<h1>首頁(新版)</h1>');
			await generateServiceWorker(dir);
			const after = readFileSync(join(dir, 'sw.js'), 'utf8');
			expect(after).not.toBe(worker);
			const changed = entries(after).filter((entry) => revisions.get(entry.url) !== entry.revision);
			expect(changed.map((entry) => entry.url)).toEqual(['index.html']);
		},
		slow,
	);
});
