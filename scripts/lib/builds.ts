/**
 * The builds `npm test` runs against, made only when stale, and side by side.
 *
 * Every `astro build` leaves a stamp in its output (src/integrations/huiwu.ts) naming the
 * options astro.config.mjs read from the environment. A build is reused when its stamp
 * names the options wanted and is newer than every input, so a developer's second
 * `npm test` builds nothing, and one after `npm run build` (or `npm start`) reuses `dist/`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file each build leaves in its output directory. */
export const BUILD_STAMP = '.build-stamp';

/** What a build depends on besides its sources: the environment options astro.config.mjs reads. */
export function buildStamp(env: NodeJS.ProcessEnv): string {
	return JSON.stringify({ base: env.HUIWU_BASE ?? '/', site: env.HUIWU_SITE ?? '' });
}

export interface Build {
	outDir: string;
	env: Record<string, string>;
}

/** Where the e2e build is served: the stricter case, an intranet sub-path. */
export const E2E_BASE = '/huiwu/';

/** The build every browser test runs against. */
export const e2eBuild: Build = { outDir: 'dist-e2e', env: { HUIWU_BASE: E2E_BASE } };
/** The root build, whose HTML is scanned. */
export const rootBuild: Build = { outDir: 'dist', env: {} };

const inputs = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/** Written by every build's first step (the 简体 edition): outputs, not inputs. */
function generatedPaths(root: string) {
	const generated = new Set(['src/content/docs/zh-cn', 'src/content/i18n/zh-CN.json'].map((p) => join(root, p)));
	// Their folders' own mtimes change when the step adds or removes a file, so those two don't count.
	return { generated, parents: new Set([...generated].map((p) => dirname(p))) };
}

function newestMtime(path: string, skip: ReturnType<typeof generatedPaths>): number {
	if (!existsSync(path) || skip.generated.has(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = skip.parents.has(path) ? 0 : stat.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name), skip));
	return newest;
}

/**
 * Vitest sets NODE_ENV=test, under which Vite builds dev-mode code (Starlight's
 * search, for one, stays inert). A build for tests must be the build users get.
 * Vitest also mirrors its own import.meta.env into process.env (BASE_URL=/,
 * MODE, DEV, PROD, SSR); the build would read them as its own, e.g. ignore `base`.
 */
const vitestImportMetaEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
	for (const name of Object.keys(env)) {
		if (name.startsWith('VITEST') || name === 'TEST' || vitestImportMetaEnv.has(name)) delete env[name];
	}
	return { ...env, ...extra };
}

/** Is the build in `outDir` newer than every input, and made with the options `build` wants? */
export function isFresh(root: string, { outDir, env }: Build): boolean {
	if (process.env.HUIWU_FORCE_BUILD === '1') return false;
	const stamp = join(root, outDir, BUILD_STAMP);
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== buildStamp(productionEnv(env))) return false;
	const skip = generatedPaths(root);
	return statSync(stamp).mtimeMs > Math.max(...inputs.map((p) => newestMtime(join(root, p), skip)));
}

function build(root: string, { outDir, env }: Build): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: root, stdio: 'inherit', env: productionEnv(env) });
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build -- --outDir ${outDir} failed (exit ${code})`))));
	});
}

/**
 * Makes each stale build of `builds`, all at once: on two cores a build leaves most of
 * the second idle, and the 简体 step they share writes only what changed, whole.
 */
export async function ensureBuilds(root: string, builds: Build[]): Promise<void> {
	await Promise.all(builds.filter((b) => !isFresh(root, b)).map((b) => build(root, b)));
}
