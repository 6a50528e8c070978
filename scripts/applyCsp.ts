/**
 * Writes each built page's Content-Security-Policy meta tag (hashes of that
 * page's own inline scripts and styles, scripts/lib/contentSecurityPolicy.ts).
 * It changes the HTML, so src/integrations/huiwu.ts runs it before anything
 * that fingerprints the HTML (the service worker's precache manifest).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicy } from './lib/contentSecurityPolicy.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/** Applies the policy to every HTML file under `dir`; returns how many pages. */
export function applyCsp(dir: string): number {
	const files = htmlFiles(dir);
	if (files.length === 0) throw new Error(`applyCsp: no HTML files in ${dir}`);
	for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
	return files.length;
}
