import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFiles, projectRoot as root } from '../support/projectFiles';

/**
 * No module under src/ may reach itself through static imports: a cycle makes the
 * order modules run in depend on who is imported first (a value read before it is
 * set), and it blurs the layering the README describes (data → lib → stores →
 * components). Type-only imports count too: they still tie two modules together.
 */
const sourcePattern = /\.(ts|tsx|astro|mjs)$/;
const sources = projectFiles('src', sourcePattern);

/** Specifiers of every static `import … from`, `import '…'` and `export … from` in a file. */
function staticImports(path: string): string[] {
	const text = readFileSync(join(root, path), 'utf8');
	return [...text.matchAll(/^\s*(?:import|export)\s+(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The root-relative source file a relative or `~/` specifier names; null for packages, CSS, JSON. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('~/')
		? join('src', specifier.slice(2))
		: specifier.startsWith('.')
			? join(dirname(from), specifier)
			: null;
	if (!base) return null;
	const file = ['', '.ts', '.tsx', '.astro', '/index.ts'].map((ext) => base + ext).find((path) => isFile(resolve(root, path)));
	return file && sourcePattern.test(file) ? file.replaceAll('\\', '/') : null;
}

const graph = new Map(sources.map((file) => [file, staticImports(file).flatMap((specifier) => resolveImport(file, specifier) ?? [])]));

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function findCycles(): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const target of graph.get(file) ?? []) {
			if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
			else if (!state.has(target)) visit(target);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of sources) if (!state.has(file)) visit(file);
	return cycles;
}

describe('the import graph under src/', () => {
	it('reads the modules and their imports', () => {
		expect(sources).toContain('src/lib/workdays.ts');
		expect(graph.get('src/lib/workdays.ts')).toContain('src/lib/civilDate.ts');
		expect(graph.get('src/components/deadlines/DeadlineCalculator.astro')).toContain('src/components/deadlines/DeadlineCalculator.tsx');
	});

	it('has no cycle', () => {
		expect(findCycles().map((cycle) => cycle.join(' → '))).toEqual([]);
	});
});
