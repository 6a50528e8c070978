/**
 * `npm test`: the builds, the static checks, then vitest.
 *
 * 1. The builds the browser tests need (scripts/lib/builds.ts): each reused when fresh,
 *    the stale ones made at the same time (one build leaves a core mostly idle).
 * 2. The static checks (scripts/lib/staticChecks.ts); a type, lint or format error stops
 *    the run before any test. They are not run beside the builds: the type check's
 *    `astro sync` and a build both rewrite `.astro/`, and a reader could catch a file half
 *    written. Nor beside vitest: the browser tests keep both cores busy, and the whole
 *    run took longer that way (measured; README, "Test suite speed").
 * 3. `vitest run`, whose e2e setup finds the builds made.
 *
 * The checks' verdict goes to reports/static-checks.json, beside vitest's report, for the
 * line `.ci/run` prints. Arguments go to vitest: `npm test -- tests/unit/workdays.test.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { e2eBuild, ensureBuilds, rootBuild } from './lib/builds.ts';
import { runStaticChecks, staticChecks } from './lib/staticChecks.ts';

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
	await ensureBuilds(process.cwd(), [e2eBuild, rootBuild]);
} catch (error) {
	console.error(String(error));
	process.exit(1);
}

const failedChecks = await runStaticChecks();
mkdirSync('reports', { recursive: true });
writeFileSync('reports/static-checks.json', JSON.stringify({ checks: staticChecks.length, failed: failedChecks }, null, '\t') + '\n');
if (failedChecks.length) {
	console.error(`Static checks failed: ${failedChecks.join(', ')}. No test was run.`);
	process.exit(1);
}
process.exit(await vitest(process.argv.slice(2)));
