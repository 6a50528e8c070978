/**
 * npm test's first step: the type check (`astro check`, which covers the .ts
 * and .tsx files too, so no separate `tsc --noEmit`), ESLint and Prettier's
 * check. They read the same files and none needs another's output, so they
 * run side by side (two at a time: these machines have two cores), each one's
 * output printed whole when it ends. Any failure fails the step, after all
 * have run, so one run shows every problem.
 *
 * Usage: node scripts/staticChecks.ts
 */
import { spawn } from 'node:child_process';

interface Check {
	name: string;
	script: string;
}

const checks: Check[] = [
	{ name: 'type check', script: 'check' },
	{ name: 'lint', script: 'lint' },
	{ name: 'format', script: 'format:check' },
];
const parallel = 2;

function run({ name, script }: Check): Promise<boolean> {
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

const queue = [...checks];
const results: boolean[] = [];
await Promise.all(
	Array.from({ length: parallel }, async () => {
		for (let check = queue.shift(); check; check = queue.shift()) results.push(await run(check));
	}),
);
process.exit(results.every(Boolean) ? 0 : 1);
