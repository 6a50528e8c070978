/**
 * The static checks of `npm test`: the type check (`astro check`, which covers the .ts
 * and .tsx files too, so no separate `tsc --noEmit`), ESLint and Prettier's check. They
 * read the same files and none needs another's output, so they run side by side (two at
 * a time: these machines have two cores), each one's output printed whole when it ends.
 * Every check runs, so one run shows every problem.
 */
import { spawn } from 'node:child_process';

export interface StaticCheck {
	name: string;
	script: string;
}

export const staticChecks: StaticCheck[] = [
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
export async function runStaticChecks(parallel = 2): Promise<string[]> {
	const queue = [...staticChecks];
	const failed: string[] = [];
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			for (let check = queue.shift(); check; check = queue.shift()) if (!(await run(check))) failed.push(check.name);
		}),
	);
	return failed;
}
