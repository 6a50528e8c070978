/**
 * A plain Starlight site — one Markdown page, no customisation — built from
 * the astro and @astrojs/starlight installed here: what a page weighs before
 * this project adds anything. The bench and the byte budgets compare against
 * it, so "our JavaScript" is measured as the difference, and an upgrade of
 * Starlight moves both sides together.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { productionEnv } from './builds.ts';

export interface StarlightBaseline {
	/** The generated project (remove it with `removeBaseline`). */
	workDir: string;
	distDir: string;
	/** The page to compare with. */
	path: '/';
	versions: { astro: string; starlight: string };
	buildMs: number;
}

const files = (versions: StarlightBaseline['versions']): Record<string, string> => ({
	// Dependencies must be declared: Vite bundles (rather than externalises) Astro
	// packages it finds through the project's package.json.
	'package.json': JSON.stringify(
		{
			name: 'starlight-baseline',
			private: true,
			type: 'module',
			dependencies: { astro: versions.astro, '@astrojs/starlight': versions.starlight },
		},
		null,
		2,
	),
	// Caches stay in the temp project: node_modules is shared with the real checkout.
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	cacheDir: './.cache/astro',
	vite: { cacheDir: './.cache/vite' },
	integrations: [starlight({ title: 'Baseline' })],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	'src/content/docs/index.md': `---
title: Baseline page
description: One plain Markdown page of a default Starlight site.
---

A page with a few sections, so the sidebar and the table of contents have something to show.

## First section

Some text in the first section.

## Second section

Some text in the second section, with a [link](#first-section).

## Third section

- one
- two
- three
`,
});

/** Versions of the installed packages, as their package.json states them. */
export function installedVersions(projectRoot: string): StarlightBaseline['versions'] {
	const version = (name: string) =>
		(JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	return { astro: version('astro'), starlight: version('@astrojs/starlight') };
}

/**
 * Writes the baseline project into a fresh directory under `bench/tmp/`
 * (git-ignored), builds it, and returns where the site is. Inside the
 * checkout on purpose: in a directory elsewhere (e.g. /tmp), Astro 7.3 turns
 * the ids of modules reached through the node_modules symlink into broken
 * paths and the build fails.
 */
export async function buildStarlightBaseline(projectRoot: string): Promise<StarlightBaseline> {
	const parent = join(projectRoot, 'bench/tmp');
	mkdirSync(parent, { recursive: true });
	const workDir = mkdtempSync(join(parent, 'starlight-baseline-'));
	const versions = installedVersions(projectRoot);
	for (const [path, text] of Object.entries(files(versions))) {
		mkdirSync(join(workDir, path, '..'), { recursive: true });
		writeFileSync(join(workDir, path), text);
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(workDir, 'node_modules'), 'dir');
	// The build users get, even under vitest (see productionEnv).
	const env = productionEnv({ ASTRO_TELEMETRY_DISABLED: '1' });
	const started = performance.now();
	try {
		// Not synchronous: `npm test` builds it beside the site's two builds (scripts/test.ts).
		await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: workDir,
			env,
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		rmSync(workDir, { recursive: true, force: true });
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`The plain Starlight baseline did not build in ${workDir}:\n${stdout ?? ''}\n${stderr ?? ''}`, {
			cause: error,
		});
	}
	return { workDir, distDir: join(workDir, 'dist'), path: '/', versions, buildMs: performance.now() - started };
}

export function removeBaseline(baseline: StarlightBaseline): void {
	rmSync(baseline.workDir, { recursive: true, force: true });
}

/** A built baseline kept between runs (`.cache/`, git-ignored). */
export interface CachedBaseline {
	distDir: string;
	versions: StarlightBaseline['versions'];
	/** Whether this run built it (false: reused from an earlier run with the same versions). */
	built: boolean;
}

/**
 * The baseline's built site, built once per pair of installed astro and
 * Starlight versions and kept under `.cache/starlight-baseline/<versions>/`:
 * the byte budgets compare against what those versions really produce, but a
 * run whose versions did not change skips the 10–30 s build. Upgrading either
 * package changes the key, so the next run builds a fresh baseline.
 */
export async function cachedStarlightBaseline(projectRoot: string): Promise<CachedBaseline> {
	const versions = installedVersions(projectRoot);
	const cacheDir = join(projectRoot, '.cache/starlight-baseline', `astro-${versions.astro}_starlight-${versions.starlight}`);
	const distDir = join(cacheDir, 'dist');
	// Written last: a run killed while copying leaves no half baseline behind that looks complete.
	const complete = join(cacheDir, 'complete');
	if (existsSync(complete)) return { distDir, versions, built: false };
	const baseline = await buildStarlightBaseline(projectRoot);
	try {
		rmSync(cacheDir, { recursive: true, force: true });
		mkdirSync(cacheDir, { recursive: true });
		cpSync(baseline.distDir, distDir, { recursive: true });
		writeFileSync(complete, JSON.stringify(versions));
	} finally {
		removeBaseline(baseline);
	}
	return { distDir, versions, built: true };
}
