import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Loads every question of the bank files in `dir` (one YAML list per standard)
 * as its own entry, so each question is validated by the collection's schema
 * and can be looked up by id. Astro's `file()` loader takes one file only.
 */
export function questionBankLoader(dir: string): Loader {
	return {
		name: 'question-bank',
		load: async ({ store, parseData }) => {
			store.clear();
			const files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
			for (const name of files) {
				const questions: unknown = parse(await readFile(join(dir, name), 'utf8'));
				if (!Array.isArray(questions)) throw new Error(`${name}: a question bank is a YAML list`);
				for (const question of questions as { id: string }[]) {
					store.set({ id: question.id, data: await parseData({ id: question.id, data: question }) });
				}
			}
		},
	};
}
