import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The checkout's root; tests that read the project's own files resolve paths against it. */
export const projectRoot = join(import.meta.dirname, '../..');

/**
 * Files under `dir` (relative to the root) whose names match `names`, as
 * root-relative paths with forward slashes: what the tests that police the
 * source (storage boundary, HTML sinks, zod imports, stored keys) read.
 */
export function projectFiles(dir: string, names: RegExp): string[] {
	const walk = (path: string): string[] =>
		readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
			const child = join(path, entry.name);
			if (entry.isDirectory()) return walk(child);
			return names.test(entry.name) ? [relative(projectRoot, child).replaceAll('\\', '/')] : [];
		});
	return walk(join(projectRoot, dir));
}
