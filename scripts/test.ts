/**
 * `npm test`: the unit and end-to-end tests.
 *
 * 1. The builds the browser tests need (scripts/lib/builds.ts): each reused when fresh,
 *    the stale ones made at the same time (one build leaves a core mostly idle), and beside
 *    them the Starlight baseline of the byte budgets when it is not cached.
 * 2. `vitest run`, whose e2e setup finds the builds made.
 *
 * The static checks (type check, lint, format) are `npm run checks` (scripts/staticChecks.ts),
 * which CI runs before this. Arguments go to vitest: `npm test -- tests/unit/workdays.test.ts`.
 */
import { spawn } from 'node:child_process';
import { e2eBuild, ensureBuilds, rootBuild } from './lib/builds.ts';
import { cachedStarlightBaseline } from './lib/starlightBaseline.ts';

function vitest(args: string[]): Promise<number> {
	return new Promise((resolve) => {
		// The builds are made: HUIWU_FORCE_BUILD=1 must not make the e2e setup build them again.
		const env = { ...process.env, HUIWU_FORCE_BUILD: '' };
		const child = spawn('vitest', ['run', ...args], { stdio: 'inherit', env });
		child.on('error', () => resolve(1));
		child.on('close', (code) => resolve(code ?? 1));
	});
}

try {
	// The Starlight baseline of the byte budgets too (kept between runs, so a fresh clone's):
	// built in the e2e setup, it kept one core idle for about ten seconds.
	await Promise.all([ensureBuilds(process.cwd(), [e2eBuild, rootBuild]), cachedStarlightBaseline(process.cwd())]);
} catch (error) {
	console.error(String(error));
	process.exit(1);
}
process.exit(await vitest(process.argv.slice(2)));
