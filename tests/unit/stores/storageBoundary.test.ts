import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md: src/stores is the only code that touches browser storage,
 * so every read is schema-checked and every write respects the notices.
 */
const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|tsx|js|mjs|astro|mdx)$/.test(entry.name) ? [path] : [];
	});
}

describe('storage boundary', () => {
	it('no code outside src/stores uses localStorage or sessionStorage, or @nanostores/persistent', () => {
		const offenders = sourceFiles(join(root, 'src'))
			.map((path) => relative(root, path).replaceAll('\\', '/'))
			.filter((path) => !path.startsWith('src/stores/'))
			.filter((path) => /\b(local|session)Storage\s*[.[]|@nanostores\/persistent/.test(readFileSync(join(root, path), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
