import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { deployCachePolicy } from './cachePolicy.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

/**
 * Serves a built site the way a plain intranet web server would: files as they
 * are, `dir/` → `dir/index.html`, unknown paths → the site's 404 page.
 * `base` mounts the site under a sub-path (e.g. `/huiwu/`). Each file goes out
 * with the Cache-Control of deploy/nginx.conf (see cachePolicy.ts): a tab that
 * loads page after page fetches the hashed scripts once, as a reader's does.
 */
export async function startStaticServer(root: string, { port = 0, base = '/' } = {}): Promise<StaticServer> {
	const cacheControl = deployCachePolicy(base);
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		path = '/' + path.slice(base.length);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
		}
		res.writeHead(status, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': status === 200 ? cacheControl(url.pathname) : 'no-cache',
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const actual = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${actual}${base}`,
		port: actual,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
