/**
 * The 简体 edition, generated before content is read (src/integrations/huiwu.ts,
 * `astro:config:setup`): every page under src/content/docs (except zh-cn/ itself)
 * is converted into src/content/docs/zh-cn/, and Starlight's UI strings into
 * zh-CN.json. The standards are converted character by character; our own pages and
 * UI strings also take the mainland interface words (src/i18n/simplified.ts). The output is git-ignored: never
 * edited by hand, never committed.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { toSimplified, toSimplifiedInterface } from '../src/i18n/simplified.ts';

/** Where the editions live in the project at `root`. */
export function editionPaths(root: string) {
	const docs = join(root, 'src/content/docs');
	const i18n = join(root, 'src/content/i18n');
	return { docs, target: join(docs, 'zh-cn'), ui: join(i18n, 'zh-TW.json'), simplifiedUi: join(i18n, 'zh-CN.json') };
}

type EditionPaths = ReturnType<typeof editionPaths>;

function pages(dir: string, skip: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (full === skip) return [];
		if (statSync(full).isDirectory()) return pages(full, skip);
		return /\.mdx?$/.test(name) ? [full] : [];
	});
}

function isInside(dir: string, file: string): boolean {
	const path = relative(dir, file);
	return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/** Is `file` a 繁體 page, whose 简体 twin this module writes? */
export function isSourcePage(paths: EditionPaths, file: string): boolean {
	return /\.mdx?$/.test(file) && isInside(paths.docs, file) && !isInside(paths.target, file);
}

/** A standard is its source text, converted by characters only; any other page is ours. */
function simplifiedPage(path: string, text: string): string {
	return path.startsWith('standards/') ? toSimplified(text) : toSimplifiedInterface(text);
}

/** Writes the 简体 twin of one 繁體 page. */
export function simplifyPage(paths: EditionPaths, page: string): void {
	const out = join(paths.target, relative(paths.docs, page));
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, simplifiedPage(relative(paths.docs, page), readFileSync(page, 'utf8')));
}

/** Writes Starlight's zh-CN UI strings from the zh-TW ones. */
export function simplifyUi(paths: EditionPaths): void {
	const ui = JSON.parse(readFileSync(paths.ui, 'utf8')) as Record<string, string>;
	const simplified = Object.fromEntries(Object.entries(ui).map(([key, text]) => [key, toSimplifiedInterface(text)]));
	writeFileSync(paths.simplifiedUi, JSON.stringify(simplified, null, '\t') + '\n');
}

/** Regenerates the whole 简体 edition of the project at `root`; returns where, and how many pages. */
export function generateSimplified(root: string): { target: string; pageCount: number } {
	const paths = editionPaths(root);
	rmSync(paths.target, { recursive: true, force: true });
	const sources = pages(paths.docs, paths.target);
	for (const page of sources) simplifyPage(paths, page);
	simplifyUi(paths);
	return { target: paths.target, pageCount: sources.length };
}
