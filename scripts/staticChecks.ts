/**
 * `npm run checks`: the static checks CI runs before `npm test` (.ci/run). The type check
 * (`astro check`, which covers the .ts and .tsx files too, so no separate `tsc --noEmit`),
 * ESLint and Prettier's check. They read the same files and none needs another's output, so
 * they run side by side (two at a time: these machines have two cores), each one's output
 * printed whole when it ends. Every check runs, so one run shows every problem.
 *
 * They are not part of `npm test`, which is the unit and end-to-end tests (README): a
 * developer runs them with `npm run checks`, or one at a time (`npm run check`, `lint`,
 * `format:check`). The verdict goes to reports/static-checks.json, beside vitest's report,
 * for the line `.ci/run` prints.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

interface StaticCheck {
	name: string;
	script: string;
}

const staticChecks: StaticCheck[] = [
	{ name: 'type check', script: 'check' },
	{ name: 'lint', script: 'lint' },
	{ name: 'format', script: 'format:check' },
];

function run({ name, script }: StaticCheck): Promise<boolean> {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			process.stdout.write(Buffer.concat(output));
			console.log(
				`${code === 0 ? '✓' : '✗'} ${name} (npm run ${script}) ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s\n`,
			);
			resolve(code === 0);
		});
	});
}

/** Runs every check, `parallel` at a time; returns the names of those that failed. */
async function runStaticChecks(parallel = 2): Promise<string[]> {
	const queue = [...staticChecks];
	const failed: string[] = [];
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			for (let check = queue.shift(); check; check = queue.shift()) if (!(await run(check))) failed.push(check.name);
		}),
	);
	return failed;
}

const failed = await runStaticChecks();
mkdirSync('reports', { recursive: true });
writeFileSync('reports/static-checks.json', JSON.stringify({ checks: staticChecks.length, failed }, null, '\t') + '\n');
if (failed.length) console.error(`Static checks failed: ${failed.join(', ')}.`);
process.exit(failed.length ? 1 : 0);
