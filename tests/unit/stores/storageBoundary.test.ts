import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../../support/projectFiles';

/**
 * ARCHITECTURE.md: src/stores is the only code that touches browser storage,
 * so every read is schema-checked and every write respects the notices.
 */


/**
 * Storage-safe copies of Starlight's theme components (issue #16): they keep
 * Starlight's own key `starlight-theme`, run as an inline script before any
 * module (so they cannot import src/stores), and read it only inside try.
 */
const STARLIGHT_THEME_COPIES = ['src/components/site/overrides/ThemeProvider.astro', 'src/components/site/overrides/ThemeSelect.astro'];

describe('storage boundary', () => {
	it('no code outside src/stores uses localStorage or sessionStorage, or @nanostores/persistent', () => {
		const offenders = projectFiles('src', /\.(ts|tsx|js|mjs|astro|mdx)$/)
			.filter((path) => !path.startsWith('src/stores/') && !STARLIGHT_THEME_COPIES.includes(path))
			.filter((path) => /\b(local|session)Storage\s*[.[]|@nanostores\/persistent/.test(readFileSync(join(root, path), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
