/**
 * The static checks of `npm test`, after its builds: the type check (`astro check`, which covers the .ts
 * and .tsx files too, so no separate `tsc --noEmit`), ESLint and Prettier's check. They
 * read the same files and none needs another's output, so they run side by side (two at
 * a time: these machines have two cores), each one's output printed whole when it ends.
 * Every check runs, so one run shows every problem.
 */
import { spawn } from 'node:child_process';

export interface StaticCheck {
	name: string;
	script: string;
	args?: string[];
}

export const staticChecks: StaticCheck[] = [
	// After npm test's builds: each build has just run `astro sync`, which writes the content
	// types the check reads (and a reused build is newer than every source), so the check
	// skips its own (5 s).
	{ name: 'type check', script: 'check', args: ['--noSync'] },
	{ name: 'lint', script: 'lint' },
	{ name: 'format', script: 'format:check' },
];

function run({ name, script, args = [] }: StaticCheck): Promise<boolean> {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			process.stdout.write(Buffer.concat(output));
			const command = ['npm run', script, ...(args.length ? ['--', ...args] : [])].join(' ');
			console.log(`${code === 0 ? '✓' : '✗'} ${name} (${command}) ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s\n`);
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
