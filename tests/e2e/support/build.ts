import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.cwd();
const inputs = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];
// Written by every build's first step (the 简体 edition, src/integrations/huiwu.ts): outputs, not inputs,
// or each build would make every other build directory look stale.
const generated = new Set(['src/content/docs/zh-cn', 'src/content/i18n/zh-CN.json'].map((p) => join(root, p)));
// Their folders' own mtimes change when the step recreates them, so those two don't count.
const generatedParents = new Set([...generated].map((p) => dirname(p)));

function newestMtime(path: string): number {
	if (!existsSync(path) || generated.has(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = generatedParents.has(path) ? 0 : stat.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

/**
 * Builds the site into `outDir` unless a build there is newer than every input
 * (so a developer's second `npm test` reuses a fresh build, and CI builds once).
 */
export function ensureBuild(outDir = 'dist', env: Record<string, string> = {}): string {
	const stamp = join(root, outDir, '.build-stamp');
	const inputsChanged = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
	const stampJson = JSON.stringify(env);
	const fresh =
		existsSync(stamp) &&
		statSync(stamp).mtimeMs > inputsChanged &&
		process.env.HUIWU_FORCE_BUILD !== '1' &&
		readFileSafe(stamp) === stampJson;
	if (!fresh) {
		execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], {
			stdio: 'inherit',
			env: productionEnv(env),
		});
		writeFileSync(stamp, stampJson);
	}
	return join(root, outDir);
}

function readFileSafe(path: string): string {
	return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/**
 * Vitest sets NODE_ENV=test, under which Vite builds dev-mode code (Starlight's
 * search, for one, stays inert). A build for tests must be the build users get.
 * Vitest also mirrors its own import.meta.env into process.env (BASE_URL=/,
 * MODE, DEV, PROD, SSR); the build would read them as its own, e.g. ignore `base`.
 */
const vitestImportMetaEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
	for (const name of Object.keys(env)) {
		if (name.startsWith('VITEST') || name === 'TEST' || vitestImportMetaEnv.has(name)) delete env[name];
	}
	return { ...env, ...extra };
}
