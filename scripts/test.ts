/**
 * `npm test`: the unit and end-to-end tests.
 *
 * 1. The builds the tests need and the Starlight baseline of the byte budgets
 *    (scripts/lib/testInputs.ts): each reused when fresh, the others made at the same time.
 *    (Built in the e2e setup, after the builds, the baseline kept a core idle for about 10 s.)
 * 2. `vitest run`, whose e2e setup finds the builds made.
 *
 * The static checks (type check, lint, format) are `npm run checks` (scripts/staticChecks.ts),
 * which CI runs before this. Arguments go to vitest: `npm test -- tests/unit/workdays.test.ts`.
 */
import { spawn } from 'node:child_process';
import { ensureTestInputs } from './lib/testInputs.ts';

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
	await ensureTestInputs(process.cwd());
} catch (error) {
	console.error(String(error));
	process.exit(1);
}
process.exit(await vitest(process.argv.slice(2)));
