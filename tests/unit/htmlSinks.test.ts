import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../support/projectFiles';

/**
 * User text (meeting names and notes, seat names, imported files, quiz
 * answers) is rendered as text, never parsed as HTML. The simplest guarantee
 * is that no code under src/ uses an HTML sink at all; a use that is truly
 * needed goes in `allowed` with the reason, and stays reviewed.
 */

const sinks: [name: string, pattern: RegExp][] = [
	['innerHTML', /\binnerHTML\b/],
	['outerHTML =', /\bouterHTML\s*\+?=/],
	['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
	['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
	['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
	// Astro's and the DOM's other ways to parse a string as markup.
	['set:html', /\bset:html\b/],
	['createContextualFragment', /\bcreateContextualFragment\b/],
	['DOMParser', /\bDOMParser\b/],
];

/** `path → reason` for a sink that is truly needed (none today). */
const allowed: Record<string, string> = {};


// READMEs under src/ document the sinks by name; they are not code.
const files = projectFiles('src', /^(?!README\.md$).*\.(ts|tsx|js|mjs|jsx|astro|mdx|md)$/);

describe('no HTML sinks under src/', () => {
	it('no file uses innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, outerHTML =, document.write, set:html…', () => {
		const uses = files.flatMap((path) => {
			const text = readFileSync(join(root, path), 'utf8');
			return sinks.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${path}: ${name}`);
		});
		expect(uses.filter((use) => !(use.split(':')[0]! in allowed))).toEqual([]);
	});

	it('every allow-list entry still needs its exception and says why', () => {
		for (const [path, reason] of Object.entries(allowed)) {
			expect(files, path).toContain(path);
			const text = readFileSync(join(root, path), 'utf8');
			expect(sinks.some(([, pattern]) => pattern.test(text)), `${path} no longer uses a sink`).toBe(true);
			expect(reason.length, path).toBeGreaterThan(10);
		}
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
