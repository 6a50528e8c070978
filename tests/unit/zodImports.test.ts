import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|tsx|astro)$/.test(entry.name) ? [path] : [];
	});
}

const rel = (path: string) => relative(root, path).replaceAll('\\', '/');

/** Specifiers of the statements that import values: `import type …` is erased, anything else is kept. */
function valueImports(path: string): string[] {
	const text = readFileSync(path, 'utf8');
	return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((match) => match[1]!);
}

/** The file a relative or `~/` specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('~/') ? join(root, 'src', specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
	if (!base) return null;
	return ['', '.ts', '.tsx'].map((ext) => base + ext).find((path) => existsSync(path) && !path.endsWith('/')) ?? null;
}

/** Every module a file reaches through value imports, itself included. */
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
const fullZod = join(root, 'src/schemas/zod.ts');

describe('zod in client code', () => {
	it("value imports of zod go through src/schemas/zod.ts or zodMini.ts ('import type' is fine)", () => {
		const offenders = sourceFiles(join(root, 'src'))
			.map(rel)
			.filter((path) => !buildTimeOnly.has(path))
			.filter((path) => valueImports(join(root, path)).some((specifier) => /^(astro\/zod|zod(\/.*)?)$/.test(specifier)));
		expect(offenders).toEqual([]);
	});

	it('browser code (islands, stores, libraries) never reaches full zod', () => {
		// .astro files are left out: their frontmatter runs at build time.
		const browserFiles = ['src/components', 'src/lib', 'src/stores', 'src/i18n']
			.flatMap((dir) => sourceFiles(join(root, dir)))
			.filter((path) => /\.tsx?$/.test(path));
		expect(browserFiles.length).toBeGreaterThan(50);
		const offenders = browserFiles.filter((path) => reachable(path).has(fullZod)).map(rel);
		expect(offenders).toEqual([]);
	});

	it('the check sees through imports: a content schema reaches full zod', () => {
		// Guards the test above against a resolver that finds nothing.
		expect(reachable(join(root, 'src/schemas/flow.ts')).has(fullZod)).toBe(true);
		expect(reachable(join(root, 'src/stores/meetings.ts')).has(join(root, 'src/schemas/zodMini.ts'))).toBe(true);
	});
});
