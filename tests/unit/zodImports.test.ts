import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../support/projectFiles';

/**
 * Schemas run in the browser, under a Content-Security-Policy without
 * 'unsafe-eval': zod must be configured `jitless` before a schema is built,
 * which src/schemas/zod.ts and zodMini.ts do; a schema importing zod directly
 * would make zod probe `new Function` and the page report a CSP violation.
 *
 * And browser code checks stored data with Zod Mini: full zod alone would put
 * ~25 KB gzip on every tool page (issue #10's budget), so a schema module that
 * browser code imports must not reach src/schemas/zod.ts.
 */
/** Specifiers of the statements that import values: `import type …` is erased, anything else is kept. */
function valueImports(path: string): string[] {
	const text = readFileSync(join(root, path), 'utf8');
	return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((match) => match[1]!);
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The root-relative file a relative or `~/` specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('~/') ? join('src', specifier.slice(2)) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
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

// Build-time only (content collections); never bundled for the browser.
const buildTimeOnly = new Set(['src/content.config.ts', 'src/schemas/zod.ts', 'src/schemas/zodMini.ts']);
const fullZod = 'src/schemas/zod.ts';

describe('zod in client code', () => {
	it("value imports of zod go through src/schemas/zod.ts or zodMini.ts ('import type' is fine)", () => {
		const offenders = projectFiles('src', /\.(ts|tsx|astro)$/)
			.filter((path) => !buildTimeOnly.has(path))
			.filter((path) => valueImports(path).some((specifier) => /^(astro\/zod|zod(\/.*)?)$/.test(specifier)));
		expect(offenders).toEqual([]);
	});

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
