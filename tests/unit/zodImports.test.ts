import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Schemas run in the browser, under a Content-Security-Policy without
 * 'unsafe-eval'. Zod must be configured `jitless` before a schema is built,
 * which src/schemas/zod.ts does; a schema importing 'astro/zod' directly would
 * make zod probe `new Function` and the page report a CSP violation.
 */
const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|tsx|astro)$/.test(entry.name) ? [path] : [];
	});
}

// Build-time only (content collections); never bundled for the browser.
const buildTimeOnly = new Set(['src/content.config.ts', 'src/schemas/zod.ts']);

describe('zod in client code', () => {
	it("value imports of zod go through src/schemas/zod.ts ('import type' is fine)", () => {
		const offenders = sourceFiles(join(root, 'src'))
			.map((path) => relative(root, path).replaceAll('\\', '/'))
			.filter((path) => !buildTimeOnly.has(path))
			.filter((path) => /^\s*import\s+(?!type\b)[^;]*from\s+['"](astro\/zod|zod(\/[^'"]*)?)['"]/m.test(readFileSync(join(root, path), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
