import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSimplified } from '../../scripts/generateSimplified';

// Two builds run this step side by side (scripts/test.ts): it must leave
// files that did not change alone and never show a reader half a file.
describe('generateSimplified in a project', () => {
	let root: string;
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	const read = (path: string) => readFileSync(join(root, path), 'utf8');
	const twin = (path: string) => `src/content/docs/zh-cn/${path}`;

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'huiwu-simplified-'));
		write('src/content/docs/standards/a.md', '---\ntitle: 會議\n---\n會議記錄');
		write('src/content/docs/tools/b.mdx', '---\ntitle: 列印\n---\n資料');
		write('src/content/i18n/zh-TW.json', JSON.stringify({ 'search.label': '搜尋' }));
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('writes every page’s twin and the UI strings', () => {
		expect(generateSimplified(root).pageCount).toBe(2);
		expect(read(twin('standards/a.md'))).toContain('会议记录');
		expect(read(twin('tools/b.mdx'))).toContain('title: 打印');
		expect(JSON.parse(read('src/content/i18n/zh-CN.json'))).toEqual({ 'search.label': '搜索' });
	});

	it('leaves an unchanged twin as it was, and rewrites a changed one', () => {
		generateSimplified(root);
		const file = join(root, twin('standards/a.md'));
		// Mark the twin as old: a rewrite would give it a new modification time.
		const old = new Date('2020-01-01T00:00:00Z');
		utimesSync(file, old, old);
		generateSimplified(root);
		expect(statSync(file).mtimeMs).toBe(old.getTime());

		write('src/content/docs/standards/a.md', '---\ntitle: 會議\n---\n會議紀要');
		generateSimplified(root);
		expect(read(twin('standards/a.md'))).toContain('会议纪要');
	});

	it('removes the twin of a page that is gone, and leaves no temporary file', () => {
		generateSimplified(root);
		rmSync(join(root, 'src/content/docs/tools/b.mdx'));
		expect(generateSimplified(root).pageCount).toBe(1);
		expect(existsSync(join(root, twin('tools/b.mdx')))).toBe(false);
		const left = readdirSync(join(root, 'src/content/docs/zh-cn'), { recursive: true }).map(String);
		expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
		expect(existsSync(join(root, twin('standards/a.md')))).toBe(true);
	});
});
