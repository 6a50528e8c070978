import type { TestProject } from 'vitest/node';
import { cachedStarlightBaseline } from '../../../scripts/lib/starlightBaseline';
import { launchBrowserServer } from './browser';
import { ensureBuild } from './build';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		/** The sub-path (`/huiwu/`) build every browser test runs against. */
		distDir: string;
		/** The site's base path in that build. */
		base: string;
		/** The root build, checked by scanning its HTML only (tests/e2e/rootBuild.test.ts). */
		rootDistDir: string;
		browserEndpoint: string;
	}
}

/** Where the e2e build is served: the stricter case, an intranet sub-path. */
export const E2E_BASE = '/huiwu/';

/**
 * One run, one set of everything slow: the /huiwu/ build (or a fresh one reused),
 * the root build for the HTML scan, the Starlight baseline of the byte budgets
 * (built here, before the workers: the two crawl files would otherwise both build
 * it on a fresh clone and replace each other's copy), one static server, one
 * Chromium that every e2e file connects to.
 */
export default async function setup(project: TestProject) {
	const distDir = ensureBuild('dist-e2e', { HUIWU_BASE: E2E_BASE });
	const rootDistDir = ensureBuild('dist');
	cachedStarlightBaseline(process.cwd());
	const server = await startStaticServer(distDir, { base: E2E_BASE });
	const browser = await launchBrowserServer();
	project.provide('baseURL', server.url);
	project.provide('distDir', distDir);
	project.provide('base', E2E_BASE);
	project.provide('rootDistDir', rootDistDir);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await server.close();
	};
}
