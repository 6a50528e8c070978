import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_BASE, e2eBuild, rootBuild } from '../../../scripts/lib/builds';
import { ensureTestInputs } from '../../../scripts/lib/testInputs';
import { launchBrowserServer } from './browser';
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

/**
 * One run, one set of everything slow: the /huiwu/ build and the root build for the
 * HTML scan (each reused when fresh, so after `npm test` has made them this does nothing;
 * `npx vitest` alone makes them here), the Starlight baseline of the byte budgets
 * (likewise made by `npm test` beside the builds, else here, before the workers: the two
 * crawl files would otherwise both build it on a fresh clone and replace each other's
 * copy), one static server, one Chromium that every e2e worker connects to.
 */
export default async function setup(project: TestProject) {
	await ensureTestInputs(process.cwd());
	const distDir = join(process.cwd(), e2eBuild.outDir);
	const rootDistDir = join(process.cwd(), rootBuild.outDir);
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
