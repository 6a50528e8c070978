import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, buildStamp } from '../../scripts/lib/builds';
import { CSP_META_PATTERN } from '../../scripts/lib/contentSecurityPolicy';
import huiwu, { simplifiedEdition } from '../../src/integrations/huiwu';

// The hooks as Astro calls them; the tests pass only what the hooks read.
type Hooks = Required<ReturnType<typeof huiwu>['hooks']>;
type ConfigSetup = Parameters<Hooks['astro:config:setup']>[0];
type BuildDone = Parameters<Hooks['astro:build:done']>[0];

const quietLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'huiwu-integration-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the huiwu integration', () => {
	it('generates the 简体 edition when Astro sets up its config, before content is read', async () => {
		dir = tree({
			'src/content/docs/index.mdx': '---\ntitle: 會務工作\n---\n會議',
			'src/content/docs/zh-cn/stale.mdx': 'left from an earlier build',
			'src/content/i18n/zh-TW.json': '{"search.label": "搜尋"}',
		});
		const options = { config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger: quietLogger };
		await simplifiedEdition().hooks['astro:config:setup']!(options as unknown as ConfigSetup);
		expect(readFileSync(join(dir, 'src/content/docs/zh-cn/index.mdx'), 'utf8')).toBe('---\ntitle: 会务工作\n---\n会议');
		expect(() => readFileSync(join(dir, 'src/content/docs/zh-cn/stale.mdx'))).toThrow();
		expect(JSON.parse(readFileSync(join(dir, 'src/content/i18n/zh-CN.json'), 'utf8'))).toEqual({ 'search.label': '搜索' });
	});

	it('after the build writes the policy first, so the worker revisions the HTML as served', async () => {
		dir = tree({
			'index.html': '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>window.a = 1;</script></head><body>首頁</body></html>',
			'_astro/page.abc123.js': 'console.log(1)',
		});
		const options = { dir: pathToFileURL(`${dir}/`), logger: quietLogger, pages: [], assets: new Map() };
		await huiwu().hooks['astro:build:done']!(options as unknown as BuildDone);

		const html = readFileSync(join(dir, 'index.html'), 'utf8');
		expect(html).toMatch(CSP_META_PATTERN);
		const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
		// Workbox's revision is the MD5 of the file it precached: that of the page with its policy.
		const served = createHash('md5').update(html).digest('hex');
		expect(worker).toContain(`{url:"index.html",revision:"${served}"}`);
		// Last, the stamp by which npm test reuses the build: the options it was made with.
		expect(readFileSync(join(dir, BUILD_STAMP), 'utf8')).toBe(buildStamp(process.env));
		expect(worker).not.toContain(BUILD_STAMP);
	}, 60_000);
});
