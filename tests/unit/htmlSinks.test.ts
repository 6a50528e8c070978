import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../support/projectFiles';

/**
 * User text is rendered as text, never parsed as HTML. In code (.ts, .tsx,
 * .astro and their scripts) the linter refuses every HTML sink (eslint.config.js,
 * proven by tests/unit/lintRules.test.ts); ESLint does not parse MDX, so this
 * test looks for the same sinks in the pages under src/.
 */

const sinks: [name: string, pattern: RegExp][] = [
	['innerHTML', /\binnerHTML\b/],
	['outerHTML =', /\bouterHTML\s*\+?=/],
	['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
	['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
	['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
	['set:html', /\bset:html\b/],
	['createContextualFragment', /\bcreateContextualFragment\b/],
	['DOMParser', /\bDOMParser\b/],
];

// READMEs under src/ document the sinks by name; they are not pages.
const pages = projectFiles('src', /^(?!README\.md$).*\.mdx?$/);

describe('no HTML sinks in the MDX pages under src/', () => {
	it('no page uses innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, outerHTML =, document.write, set:html…', () => {
		expect(pages.length).toBeGreaterThan(5);
		const uses = pages.flatMap((path) => {
			const text = readFileSync(join(root, path), 'utf8');
			return sinks.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${path}: ${name}`);
		});
		expect(uses).toEqual([]);
	});

	it('the patterns catch each sink', () => {
		const samples = [
			'el.innerHTML = name',
			'el.outerHTML = x',
			'<div dangerouslySetInnerHTML={{ __html: x }} />',
			"el.insertAdjacentHTML('beforeend', x)",
			'document.write(x)',
			'<p set:html={x} />',
			'range.createContextualFragment(x)',
			'new DOMParser().parseFromString(x)',
		];
		expect(samples.map((sample) => sinks.some(([, pattern]) => pattern.test(sample)))).toEqual(samples.map(() => true));
	});
});
