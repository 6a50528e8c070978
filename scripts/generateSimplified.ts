/**
 * The 简体 edition, generated before content is read (src/integrations/huiwu.ts,
 * `astro:config:setup`): every page under src/content/docs (except zh-cn/ itself)
 * is converted into src/content/docs/zh-cn/, and Starlight's UI strings into
 * zh-CN.json. The standards are converted character by character; our own pages and
 * UI strings also take the mainland interface words (src/i18n/simplified.ts). The output is git-ignored: never
 * edited by hand, never committed.
 *
 * A file is written only when its text changes, and then whole (a temporary file renamed over it): `npm test`
 * builds twice side by side (scripts/test.ts), and each build runs this step while the other may be
 * reading the edition.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Writes `text` to `file` unless it is there already; a reader sees the old file or the new one, never half. */
function writeIfChanged(file: string, text: string): void {
	if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, file);
}

/** A standard is its source text, converted by characters only; any other page is ours. */
function simplifiedPage(path: string, text: string): string {
	return path.startsWith('standards/') ? toSimplified(text) : toSimplifiedInterface(text);
}

/** Writes the 简体 twin of one 繁體 page. */
export function simplifyPage(paths: EditionPaths, page: string): void {
	const out = join(paths.target, relative(paths.docs, page));
	writeIfChanged(out, simplifiedPage(relative(paths.docs, page), readFileSync(page, 'utf8')));
}

/** Writes Starlight's zh-CN UI strings from the zh-TW ones. */
export function simplifyUi(paths: EditionPaths): void {
	const ui = JSON.parse(readFileSync(paths.ui, 'utf8')) as Record<string, string>;
	const simplified = Object.fromEntries(Object.entries(ui).map(([key, text]) => [key, toSimplifiedInterface(text)]));
	writeIfChanged(paths.simplifiedUi, JSON.stringify(simplified, null, '\t') + '\n');
}

/** Brings the whole 简体 edition of the project at `root` up to date; returns where, and how many pages. */
export function generateSimplified(root: string): { target: string; pageCount: number } {
	const paths = editionPaths(root);
	const sources = pages(paths.docs, paths.target);
	for (const page of sources) simplifyPage(paths, page);
	// A 繁體 page removed or renamed takes its twin with it.
	const twins = new Set(sources.map((page) => join(paths.target, relative(paths.docs, page))));
	if (existsSync(paths.target)) {
		for (const file of pages(paths.target, '')) if (!twins.has(file)) rmSync(file, { force: true });
	}
	simplifyUi(paths);
	return { target: paths.target, pageCount: sources.length };
}
