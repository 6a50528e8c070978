import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../../support/projectFiles';

/**
 * ARCHITECTURE.md: src/stores is the only code that touches browser storage,
 * so every read is schema-checked and every write respects the notices.
 */


describe('storage boundary', () => {
	it('no code outside src/stores uses localStorage or sessionStorage, or @nanostores/persistent', () => {
		const offenders = projectFiles('src', /\.(ts|tsx|js|mjs|astro|mdx)$/)
			.filter((path) => !path.startsWith('src/stores/'))
			.filter((path) => /\b(local|session)Storage\s*[.[]|@nanostores\/persistent/.test(readFileSync(join(root, path), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
