import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const inputs = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
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
 */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NODE_ENV: 'production' };
	for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST') delete env[name];
	return env;
}
