import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILD_STAMP, buildStamp, isFresh } from '../../scripts/lib/builds';

// npm test reuses a build only when it was made from the sources as they are, with the options wanted.
describe('isFresh', () => {
	let root: string;
	const write = (path: string, text = '', at = new Date('2026-01-01T00:00:00Z')) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
		utimesSync(join(root, path), at, at);
	};
	// Folders get today's time as files are written into them: the stamp comes after, a change after that.
	const later = new Date(Date.now() + 3_600_000);
	const laterStill = new Date(Date.now() + 7_200_000);
	const build = { outDir: 'dist-e2e', env: { HUIWU_BASE: '/huiwu/' } };

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'huiwu-builds-'));
		vi.stubEnv('HUIWU_FORCE_BUILD', '');
		vi.stubEnv('HUIWU_BASE', undefined);
		vi.stubEnv('HUIWU_SITE', undefined);
		write('src/pages/index.astro');
		write('content/standards/a.yaml');
	});
	afterEach(() => {
		vi.unstubAllEnvs();
		rmSync(root, { recursive: true, force: true });
	});

	it('reuses a build stamped after every input with the same options', () => {
		write(`dist-e2e/${BUILD_STAMP}`, buildStamp({ HUIWU_BASE: '/huiwu/' }), later);
		expect(isFresh(root, build)).toBe(true);
	});

	it('rebuilds when the stamp is missing, older than an input, or names other options', () => {
		expect(isFresh(root, build)).toBe(false);
		write(`dist-e2e/${BUILD_STAMP}`, buildStamp({}), later);
		expect(isFresh(root, build)).toBe(false);
		write(`dist-e2e/${BUILD_STAMP}`, buildStamp({ HUIWU_BASE: '/huiwu/' }), later);
		write('content/standards/a.yaml', 'changed', laterStill);
		expect(isFresh(root, build)).toBe(false);
	});

	it('does not count the generated 简体 edition as an input', () => {
		write(`dist-e2e/${BUILD_STAMP}`, buildStamp({ HUIWU_BASE: '/huiwu/' }), later);
		write('src/content/docs/zh-cn/index.mdx', '', laterStill);
		write('src/content/i18n/zh-CN.json', '{}', laterStill);
		expect(isFresh(root, build)).toBe(true);
	});

	it('rebuilds whatever the stamp says under HUIWU_FORCE_BUILD=1', () => {
		write(`dist-e2e/${BUILD_STAMP}`, buildStamp({ HUIWU_BASE: '/huiwu/' }), later);
		vi.stubEnv('HUIWU_FORCE_BUILD', '1');
		expect(isFresh(root, build)).toBe(false);
	});
});
