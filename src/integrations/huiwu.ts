/**
 * The site's own build steps, run in Astro's hooks so that `astro build` (with
 * or without `--outDir`) alone gives the complete site, the way Starlight runs
 * Pagefind in its `astro:build:done`. Two integrations, for two places in
 * astro.config.mjs's list:
 *
 * - `simplifiedEdition()`, before Starlight: at `astro:config:setup`, generate the
 *   简体 edition (scripts/generateSimplified.ts) before Starlight reads the UI
 *   strings and before any content is read; in `astro dev`, keep it in step with edits.
 * - `huiwu()`, after Starlight: at `astro:build:done` (run in list order, and the
 *   worker must precache Pagefind's index), write each page's
 *   Content-Security-Policy (scripts/applyCsp.ts), then the service worker
 *   (scripts/generateServiceWorker.ts), whose precache revisions hash the HTML as
 *   the policy left it; last, the build's stamp (scripts/lib/builds.ts), by which
 *   `npm test` knows a build it can reuse.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyCsp } from '../../scripts/applyCsp.ts';
import { BUILD_STAMP, buildStamp } from '../../scripts/lib/builds.ts';
import { editionPaths, generateSimplified, isSourcePage, simplifyPage, simplifyUi } from '../../scripts/generateSimplified.ts';

/**
 * The 简体 edition, generated when Astro sets up its config. List it before Starlight:
 * Starlight reads the UI strings in src/content/i18n/ (zh-CN.json is generated) at its own
 * config setup, for the labels it writes into the Markdown (a heading's anchor link). After
 * Starlight, a fresh clone's first build labelled the 简体 anchors in English.
 */
export function simplifiedEdition(): AstroIntegration {
	let root = '';
	return {
		name: 'huiwu:simplified-edition',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				// `astro preview` serves a finished build; every other command reads content.
				if (command === 'preview') return;
				const { target, pageCount } = generateSimplified(root);
				logger.info(`简体 edition: ${pageCount} pages generated in ${relative(root, target)}`);
			},
			'astro:server:setup': ({ server, logger }) => {
				const paths = editionPaths(root);
				const follow = (file: string) => {
					if (file === paths.ui) simplifyUi(paths);
					else if (isSourcePage(paths, file)) simplifyPage(paths, file);
					else return;
					logger.info(`简体 edition: ${relative(root, file)} converted`);
				};
				server.watcher.on('add', follow);
				server.watcher.on('change', follow);
				server.watcher.on('unlink', (file) => {
					if (isSourcePage(paths, file)) rmSync(join(paths.target, relative(paths.docs, file)), { force: true });
				});
			},
		},
	};
}

/** What a build does after Astro's and Starlight's work (see above). List it after Starlight. */
export default function huiwu(): AstroIntegration {
	return {
		name: 'huiwu',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// First the policy: it changes the HTML the worker's revisions are hashed from.
				logger.info(`Content-Security-Policy: ${applyCsp(outDir)} pages`);
				// Loaded on use: Workbox's build tools are heavy, and only a build needs them.
				const { generateServiceWorker } = await import('../../scripts/generateServiceWorker.ts');
				const { count, size } = await generateServiceWorker(outDir);
				logger.info(`service worker: ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) precached by sw.js`);
				// Written last: a build that stopped half-way has none, and is never reused.
				writeFileSync(join(outDir, BUILD_STAMP), buildStamp(process.env));
			},
		},
	};
}
