import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../support/projectFiles';

/**
 * Browser code checks stored data with Zod Mini: full zod alone would put
 * ~25 KB gzip on every tool page (issue #10's budget), so a schema module that
 * browser code imports must not reach src/schemas/zod.ts, through any chain of
 * imports. (That zod itself is imported only through src/schemas/zod.ts and
 * zodMini.ts, which configure it `jitless` for the CSP, is a lint rule:
 * eslint.config.js, proven by tests/unit/lintRules.test.ts.)
 */
/** Specifiers of the statements that import values: `import type …` is erased, anything else is kept. */
function valueImports(path: string): string[] {
	const text = readFileSync(join(root, path), 'utf8');
	return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((match) => match[1]!);
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The root-relative file a relative or `~/` specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('~/')
		? join('src', specifier.slice(2))
		: specifier.startsWith('.')
			? join(dirname(from), specifier)
			: null;
	if (!base) return null;
	return ['', '.ts', '.tsx'].map((ext) => base + ext).find((path) => isFile(resolve(root, path))) ?? null;
}

/** Every module a file reaches through value imports, itself included (root-relative paths). */
function reachable(start: string, seen = new Set<string>()): Set<string> {
	if (seen.has(start)) return seen;
	seen.add(start);
	for (const specifier of valueImports(start)) {
		const target = resolveImport(start, specifier);
		if (target) reachable(target, seen);
	}
	return seen;
}

const fullZod = 'src/schemas/zod.ts';

describe('zod in client code', () => {
	it('browser code (islands, stores, libraries) never reaches full zod', () => {
		// .astro files are left out: their frontmatter runs at build time.
		const browserFiles = ['src/components', 'src/lib', 'src/stores', 'src/i18n'].flatMap((dir) => projectFiles(dir, /\.tsx?$/));
		expect(browserFiles.length).toBeGreaterThan(50);
		const offenders = browserFiles.filter((path) => reachable(path).has(fullZod));
		expect(offenders).toEqual([]);
	});

	it('the check sees through imports: a content schema reaches full zod', () => {
		// Guards the test above against a resolver that finds nothing.
		expect(reachable('src/schemas/flow.ts').has(fullZod)).toBe(true);
		expect(reachable('src/stores/meetings.ts').has('src/schemas/zodMini.ts')).toBe(true);
	});
});
