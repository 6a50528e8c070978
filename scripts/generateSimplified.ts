/**
 * Generates the 简体 edition before each build: every page under
 * src/content/docs (except zh-cn/ itself) is converted into src/content/docs/zh-cn/,
 * and Starlight's UI strings into zh-CN.json. The standards are converted character by
 * character; our own pages and UI strings also take the mainland interface words.
 * The output is git-ignored: never edited by hand, never committed.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { toSimplified, toSimplifiedInterface } from '../src/i18n/simplified.ts';

const docs = 'src/content/docs';
const target = join(docs, 'zh-cn');

function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (full === target) return [];
		if (statSync(full).isDirectory()) return pages(full);
		return /\.mdx?$/.test(name) ? [full] : [];
	});
}

/** A standard is its source text, converted by characters only; any other page is ours. */
function simplifiedPage(path: string, text: string): string {
	return path.startsWith('standards/') ? toSimplified(text) : toSimplifiedInterface(text);
}

rmSync(target, { recursive: true, force: true });
for (const page of pages(docs)) {
	const out = join(target, relative(docs, page));
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, simplifiedPage(relative(docs, page), readFileSync(page, 'utf8')));
}

const ui = JSON.parse(readFileSync('src/content/i18n/zh-TW.json', 'utf8')) as Record<string, string>;
const simplifiedUi = Object.fromEntries(Object.entries(ui).map(([key, text]) => [key, toSimplifiedInterface(text)]));
writeFileSync('src/content/i18n/zh-CN.json', JSON.stringify(simplifiedUi, null, '\t') + '\n');

console.log(`简体 edition: ${pages(docs).length} pages generated in ${target}`);
