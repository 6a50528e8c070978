import type { TestProject } from 'vitest/node';
import { ensureBuild } from './build';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		distDir: string;
	}
}

/** Builds the site once (or reuses a fresh build) and serves dist/ for every e2e file. */
export default async function setup(project: TestProject) {
	const distDir = ensureBuild('dist');
	const server = await startStaticServer(distDir);
	project.provide('baseURL', server.url);
	project.provide('distDir', distDir);
	return () => server.close();
}
