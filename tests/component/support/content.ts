import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { StandardNames } from '../../../src/i18n/quizText';
import { flowSchema, type Flow } from '../../../src/schemas/flow';
import { standardIds } from '../../../src/schemas/ids';
import { standardSchema } from '../../../src/schemas/standard';

/*
 * Content as the build validates it (the collections' own schemas), read from content/:
 * islands get in their props what the .astro wrappers would pass them (Traditional edition).
 */

const contentFile = (collection: string, file: string) => readFileSync(join(process.cwd(), 'content', collection, file), 'utf8');

/** One flow of content/flows, as `flowById` gives it to the checklist island. */
export function flowFromContent(id: string): Flow {
	return flowSchema.parse(parse(contentFile('flows', `${id}.yaml`)));
}

/** Part and title of each standard, as `standardNames` gives them to the quiz islands. */
export function standardNamesFromContent(): StandardNames {
	return Object.fromEntries(
		standardIds.map((id) => {
			const { part, title } = standardSchema.parse(parse(contentFile('standards', `${id}.yaml`)));
			return [id, { part, title }];
		}),
	) as unknown as StandardNames;
}
