import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.HUIWU_NGINX ?? '/usr/sbin/nginx';

export interface NginxSite {
	/** The site's URL (`http://127.0.0.1:<port><base>`). */
	url: string;
	/** Where the built site was copied (`<web root><base>`). */
	siteDir: string;
	close(): Promise<void>;
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * Deploys a build the way the README says: copies it to `<web root><base>`,
 * fills in deploy/nginx.conf, and runs Debian's nginx with it on a free local
 * port, in the foreground, as a child process with its own prefix directory.
 * The main configuration mirrors Debian's /etc/nginx/nginx.conf `http` block.
 */
export async function startNginx(buildDir: string, base: string): Promise<NginxSite> {
	if (!existsSync(nginxPath)) {
		throw new Error(
			`No nginx at ${nginxPath}. Install Debian's nginx (apt-get install -y nginx) or set HUIWU_NGINX. End-to-end tests never skip.`,
		);
	}
	const prefix = mkdtempSync(join(tmpdir(), 'huiwu-nginx-'));
	// Workers drop to an unprivileged user when the tests run as root: let them in.
	chmodSync(prefix, 0o755);
	const webRoot = join(prefix, 'www');
	const siteDir = join(webRoot, base);
	cpSync(buildDir, siteDir, { recursive: true });
	const port = await freePort();
	const site = readFileSync('deploy/nginx.conf', 'utf8')
		.replaceAll('@WEB_ROOT@', webRoot)
		.replaceAll('@BASE@', base)
		.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
	if (/@[A-Z_]+@/.test(site)) throw new Error('deploy/nginx.conf has a placeholder the test does not fill');
	writeFileSync(join(prefix, 'huiwu.conf'), site);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${name}_temp_path ${join(prefix, name)};`);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			'worker_processes 1;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${join(prefix, 'error.log')} warn;`,
			'events { worker_connections 64; }',
			'http {',
			'\tsendfile on;',
			'\ttypes_hash_max_size 2048;',
			'\tinclude /etc/nginx/mime.types;',
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			'\tgzip on;',
			...temp,
			`\tinclude ${join(prefix, 'huiwu.conf')};`,
			'}',
		].join('\n'),
	);

	const child = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const url = `http://127.0.0.1:${port}${base}`;

	// Ready when it answers; a configuration error ends the process instead.
	const deadline = Date.now() + 15_000;
	for (;;) {
		const early = await Promise.race([exited, Promise.resolve('running' as const)]);
		if (early !== 'running') throw new Error(`nginx exited (${early}): ${stderr}${readLog(prefix)}`);
		if (
			await fetch(url, { method: 'HEAD' }).then(
				() => true,
				() => false,
			)
		)
			break;
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`nginx did not answer on ${url}: ${stderr}${readLog(prefix)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}

	return {
		url,
		siteDir,
		close: async () => {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}

function readLog(prefix: string): string {
	const log = join(prefix, 'error.log');
	return existsSync(log) ? `\n${readFileSync(log, 'utf8')}` : '';
}
