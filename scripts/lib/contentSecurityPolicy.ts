/**
 * The site's Content-Security-Policy, computed per built page. Astro's own
 * `security.csp` does not hash Starlight's `is:inline` scripts and writes its
 * meta tag after the first of them, so the policy is applied to the finished
 * HTML instead (scripts/applyCsp.ts). Pure: text in, text out.
 *
 * Why each allowance exists is written down in README.md ("Content-Security-Policy").
 */
import { createHash } from 'node:crypto';

export interface InlineSources {
	/** Hashes of inline `<script>` bodies the browser executes. */
	scripts: string[];
	/** Hashes of inline `<style>` elements. */
	styles: string[];
	/** Hashes of `style="…"` attribute values (Starlight writes CSS variables this way). */
	styleAttributes: string[];
}

export const CSP_META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

/** `'sha256-…'`, the form a source list takes. */
export function sha256Source(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Script types a browser runs; JSON data blocks and templates need no hash.
const executableScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Every inline script, style element and style attribute of a page, hashed. */
export function inlineSources(html: string): InlineSources {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = match[1] ?? '';
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = (/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '').toLowerCase();
		if (executableScriptTypes.has(type)) scripts.add(sha256Source(match[2] ?? ''));
	}
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.add(sha256Source(match[1] ?? ''));
	for (const value of styleAttributeValues(html)) styleAttributes.add(sha256Source(value));
	return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort() };
}

/** The policy of one page: only the site's own origin, plus the page's own inline code by hash. */
export function pagePolicy(sources: InlineSources): string {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		// Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows compiling it, not JS eval.
		['script-src', "'self'", "'wasm-unsafe-eval'", ...sources.scripts],
		['style-src', "'self'", ...sources.styles],
		// Starlight's markup sets CSS variables in style attributes; each value is allowed by hash.
		sources.styleAttributes.length > 0 ? ['style-src-attr', "'unsafe-hashes'", ...sources.styleAttributes] : ['style-src-attr', "'none'"],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['worker-src', "'self'"],
		['manifest-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * The page with its policy as the first element of `<head>` after the charset
 * (a meta policy governs only what follows it). A policy from an earlier run is
 * replaced, so applying twice gives the same page.
 */
export function withPolicy(html: string): string {
	const withoutOld = html.replace(CSP_META_PATTERN, '');
	const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineSources(withoutOld))}">`;
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutOld);
	if (charset) return withoutOld.slice(0, charset.index + charset[0].length) + meta + withoutOld.slice(charset.index + charset[0].length);
	const head = /<head\b[^>]*>/i.exec(withoutOld);
	if (!head) throw new Error('No <head> to put the Content-Security-Policy in');
	return withoutOld.slice(0, head.index + head[0].length) + meta + withoutOld.slice(head.index + head[0].length);
}

/** Parses a policy into directive → sources (tests and the bench read it). */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), values);
	}
	return map;
}

// A start tag, its attributes quote-aware (a `>` inside a quoted value does not end it).
const startTag = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const tagAttribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The decoded value of every `style` attribute in the markup (not in scripts, styles or comments). */
export function styleAttributeValues(html: string): string[] {
	const markup = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
		.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
	const values: string[] = [];
	for (const tag of markup.matchAll(startTag)) {
		for (const attribute of (tag[1] ?? '').matchAll(tagAttribute)) {
			if (attribute[1]?.toLowerCase() !== 'style') continue;
			values.push(decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
		}
	}
	return values;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An attribute value as the browser sees it (the hash covers the decoded text). */
export function decodeAttribute(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return String.fromCodePoint(code);
		}
		const named = namedEntities[body.toLowerCase()];
		if (named === undefined) throw new Error(`Unknown entity ${entity} in a style attribute`);
		return named;
	});
}
