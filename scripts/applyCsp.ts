/**
 * postbuild, step 1: writes each built page's Content-Security-Policy meta tag
 * (hashes of that page's own inline scripts and styles, scripts/lib/contentSecurityPolicy.ts).
 * It changes the HTML, so it runs before anything that fingerprints the HTML
 * (the service worker's precache manifest).
 *
 * Usage: node scripts/applyCsp.ts [dir]   (default: $HUIWU_OUT_DIR or dist)
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

const outDir = process.argv[2] ?? process.env.HUIWU_OUT_DIR ?? 'dist';
const files = htmlFiles(outDir);
if (files.length === 0) throw new Error(`applyCsp: no HTML files in ${outDir}; run the build first`);
for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
console.log(`Content-Security-Policy: ${files.length} pages in ${outDir}`);
