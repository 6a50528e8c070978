import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	decodeAttribute,
	inlineSources,
	pagePolicy,
	parsePolicy,
	sha256Source,
	styleAttributeValues,
	withPolicy,
} from '../../scripts/lib/contentSecurityPolicy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('inline sources', () => {
	it('hashes the exact text of each inline script a browser runs', () => {
		const html = page('<script>\n\twindow.a = 1;\n</script><script type="module">import "x";</script>');
		expect(inlineSources(html).scripts).toEqual([hash('\n\twindow.a = 1;\n'), hash('import "x";')].sort());
		expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});

	it('leaves out scripts with a src and JSON data blocks', () => {
		const html = page('<script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script>');
		expect(inlineSources(html).scripts).toEqual([]);
	});

	it('hashes style elements, and each distinct style attribute value once', () => {
		const html = page(
			'<style>a{color:red}</style>',
			'<p style="--x: 1em;">a</p><svg style="--x: 1em;"></svg><i style=\'display:none\'></i>',
		);
		const sources = inlineSources(html);
		expect(sources.styles).toEqual([hash('a{color:red}')]);
		expect(sources.styleAttributes).toEqual([hash('--x: 1em;'), hash('display:none')].sort());
	});

	it('reads a style attribute as the browser does: entities decoded, quotes respected', () => {
		expect(styleAttributeValues('<p data-x="a>b" style="font-family:&quot;Noto&quot;, &#39;x&#39; &amp;">')).toEqual([
			`font-family:"Noto", 'x' &`,
		]);
		expect(decodeAttribute('&#x4e2d;&lt;')).toBe('中<');
		expect(() => decodeAttribute('&bogus;')).toThrow(/Unknown entity/);
	});

	it('does not take text inside scripts, styles or comments for a style attribute', () => {
		const html = page('<script>el.outer = \'<b style="color:red">\'</script>', '<!-- <i style="x"> --><p>style="y"</p>');
		expect(styleAttributeValues(html)).toEqual([]);
	});
});

describe('the page policy', () => {
	const policy = parsePolicy(pagePolicy({ scripts: ["'sha256-s'"], styles: ["'sha256-e'"], styleAttributes: ["'sha256-a'"] }));

	it('allows only the own origin, plus the page’s own inline code by hash', () => {
		expect(Object.fromEntries(policy)).toEqual({
			'default-src': ["'self'"],
			'script-src': ["'self'", "'wasm-unsafe-eval'", "'sha256-s'"],
			'style-src': ["'self'", "'sha256-e'"],
			'style-src-attr': ["'unsafe-hashes'", "'sha256-a'"],
			'img-src': ["'self'", 'data:'],
			'font-src': ["'self'"],
			'connect-src': ["'self'"],
			'worker-src': ["'self'"],
			'manifest-src': ["'self'"],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			'form-action': ["'self'"],
		});
	});

	it('allows no style attribute at all when the page has none', () => {
		expect(parsePolicy(pagePolicy({ scripts: [], styles: [], styleAttributes: [] })).get('style-src-attr')).toEqual(["'none'"]);
	});
});

describe('withPolicy', () => {
	const html = page('<title>t</title><script>go()</script>', '<p style="--a:1">x</p>');

	it('puts the policy right after the charset, before any script', () => {
		const out = withPolicy(html);
		const meta = out.indexOf('<meta http-equiv="Content-Security-Policy"');
		expect(meta).toBe(out.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length);
		expect(out.indexOf('<script')).toBeGreaterThan(meta);
		expect(out).toContain(hash('go()'));
		expect(out).toContain(hash('--a:1'));
	});

	it('gives the same page when applied twice, and follows a changed script', () => {
		const once = withPolicy(html);
		expect(withPolicy(once)).toBe(once);
		const changed = withPolicy(once.replace('go()', 'stop()'));
		expect(changed).toContain(hash('stop()'));
		expect(changed).not.toContain(hash('go()'));
		expect(changed.match(/Content-Security-Policy/g)).toHaveLength(1);
	});

	it('refuses a page without a head', () => {
		expect(() => withPolicy('<p>fragment</p>')).toThrow(/No <head>/);
	});
});
