import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARLIGHT_LOCAL_KEYS, STARLIGHT_SESSION_KEYS } from '../../src/stores/siteData';
import { ERASE_SIGNAL_KEY, STORAGE_NAMESPACE } from '../../src/stores/storageEngine';
import { projectFiles, projectRoot as root } from '../support/projectFiles';

/**
 * The README ("What the site stores") and the 資料與隱私 page tell people every
 * key the site keeps in their browser. A store added in code without a line
 * there fails here, and so does a line for a store that is gone.
 */

/** `storageKey('name')` calls under src/, as the keys they make. */
function keysInCode(): string[] {
	const keys = projectFiles('src', /\.(ts|tsx|astro)$/).flatMap((path) =>
		[...readFileSync(join(root, path), 'utf8').matchAll(/storageKey\(\s*['"`]([^'"`]+)['"`]\s*\)/g)].map(
			(m) => `${STORAGE_NAMESPACE}${m[1]}`,
		),
	);
	return [...new Set(keys)].sort();
}

function readmeSection(): string {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	const start = readme.indexOf('\n## What the site stores');
	expect(start, 'README.md has no "## What the site stores" section').toBeGreaterThan(-1);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
}

const privacyPage = () => readFileSync(join(root, 'src/content/docs/privacy.mdx'), 'utf8');

const storeKeysIn = (text: string) => [...new Set([...text.matchAll(/huiwu:v1:[a-z0-9-]+/g)].map((m) => m[0]))].sort();

describe('every stored key is written down', () => {
	it('finds the stores in code', () => {
		expect(keysInCode()).toContain('huiwu:v1:progress');
	});

	it('README.md lists exactly the stores in code', () => {
		expect(storeKeysIn(readmeSection())).toEqual(keysInCode());
	});

	it('the 資料與隱私 page lists exactly the stores in code', () => {
		expect(storeKeysIn(privacyPage())).toEqual(keysInCode());
	});

	it("both also list Starlight's keys; the README the erase signal", () => {
		for (const key of [...STARLIGHT_LOCAL_KEYS, ...STARLIGHT_SESSION_KEYS]) {
			expect(readmeSection()).toContain(`\`${key}\``);
			expect(privacyPage()).toContain(`\`${key}\``);
		}
		expect(readmeSection()).toContain(`\`${ERASE_SIGNAL_KEY}\``);
	});
});
