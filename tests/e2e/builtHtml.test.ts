import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../scripts/lib/contentSecurityPolicy';
import { base, builtPages, distDir, rootDistDir } from './support/site';

/**
 * The built HTML of both builds, read as files: what holds for every page
 * without a browser. The root build (base `/`) is checked only here; the
 * browser tests run against the /huiwu/ build (tests/e2e/crawl.test.ts).
 */
const subPathPages = builtPages();
const rootPages = builtPages(rootDistDir());

function html(dir: string, path: string): string {
	return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

/** Every URL a page's markup points at (href, src, srcset, action), with the tag it sits in. */
function markupURLs(page: string): { tag: string; url: string }[] {
	const found: { tag: string; url: string }[] = [];
	// Scripts' and styles' contents are code, not markup: their strings are not links.
	const markup = page.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (whole) => whole.slice(0, whole.indexOf('>') + 1));
	for (const [tag] of markup.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
		for (const [, , value] of tag.matchAll(/\s(href|src|action|srcset)="([^"]*)"/gi)) {
			for (const url of value!.split(',').map((part) => part.trim().split(/\s+/)[0]!)) if (url) found.push({ tag, url });
		}
	}
	return found;
}

/** Same-site URLs that miss the base path, or page links without their trailing slash (offline needs it). */
function strayURLs(page: string, sitePrefix: string): string[] {
	return markupURLs(page)
		.filter(({ url }) => url.startsWith('/') && !url.startsWith('//'))
		.filter(({ url }) => {
			const path = url.replace(/[?#].*$/, '');
			return !path.startsWith(sitePrefix) || !/(\/|\.\w+)$/.test(path);
		})
		.map(({ tag, url }) => `${url} in ${tag.slice(0, 80)}`);
}

const builds = [
	['root', '/', rootDistDir(), rootPages],
	['/huiwu/', base(), distDir(), subPathPages],
] as const;

describe('the two builds', () => {
	it('have the same pages', () => {
		expect(rootPages.length).toBeGreaterThan(40);
		expect(rootPages).toEqual(subPathPages);
	});
});

describe.each(builds)('the %s build, page by page', (_name, prefix, dir, pages) => {
	it.each(pages)('%s declares the policy first, links within the base path, and has a description', (path) => {
		const page = html(dir, path);
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
		expect(meta, 'no CSP meta tag').not.toBeNull();
		// A meta policy governs only what comes after it: nothing executable or styled may precede it.
		expect(page.slice(0, meta!.index)).not.toMatch(/<(script|style|link)\b/i);
		const policy = parsePolicy(meta![1]!);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(
			policy
				.get('script-src')!
				.slice(2)
				.every((source) => source.startsWith("'sha256-")),
		).toBe(true);
		expect(
			policy
				.get('style-src')!
				.slice(1)
				.every((source) => source.startsWith("'sha256-")),
		).toBe(true);
		expect(meta![1]).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*|https?:/);
		expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
		for (const name of ['font-src', 'connect-src', 'worker-src', 'manifest-src', 'base-uri', 'form-action']) {
			expect(policy.get(name), name).toEqual(["'self'"]);
		}
		expect(policy.get('object-src')).toEqual(["'none'"]);

		expect(strayURLs(page, prefix)).toEqual([]);
		expect(/<meta name="description" content="[^"]*\S[^"]*"/.test(page), 'meta description').toBe(true);
	});

	it('the check itself sees a link that ignores the base path', () => {
		expect(strayURLs('<a href="/standards/x/">', '/huiwu/')).toHaveLength(1);
		expect(strayURLs('<a href="/huiwu/standards/x">', '/huiwu/')).toHaveLength(1);
		expect(strayURLs('<a href="/huiwu/standards/x/#s1">', '/huiwu/')).toEqual([]);
		expect(strayURLs('<script>const a = "/x";</script>', '/huiwu/')).toEqual([]);
	});
});

describe('root pages link within their edition', () => {
	it('in the root build, only the offer of the 简体 edition points into /zh-cn/', () => {
		const offenders = rootPages
			.filter((path) => !path.startsWith('/zh-cn/'))
			.flatMap((path) =>
				[...html(rootDistDir(), path).matchAll(/<a\b[^>]*>/g)]
					.map((match) => match[0])
					.filter((tag) => !tag.includes('data-edition-switch') && !tag.includes('data-target='))
					.filter((tag) => /href="\/zh-cn\//.test(tag))
					.map((tag) => `${path}: ${tag}`),
			);
		expect(offenders).toEqual([]);
	});
});

describe.each(builds)('the %s build speaks Chinese in the labels Starlight writes into the Markdown', (_name, _prefix, dir, pages) => {
	// Starlight reads the UI strings (src/content/i18n/, zh-CN.json generated) at its own config
	// setup: a fresh clone's first build, which generated zh-CN.json too late, labelled every
	// 简体 heading's anchor link "Section titled …".
	it('a heading’s anchor link is labelled in the page’s edition', () => {
		const labels = (path: string) => [...html(dir, path).matchAll(/<span class="sr-only"[^>]*>([^<]*)<\/span><\/a>/g)].map((m) => m[1]!);
		expect(labels('/standards/office-standard/')[0]).toMatch(/^本節「.+」的連結$/);
		expect(labels('/zh-cn/standards/office-standard/')[0]).toMatch(/^本节「.+」的链接$/);
		const english = pages.filter((path) => html(dir, path).includes('Section titled'));
		expect(english).toEqual([]);
	});
});
