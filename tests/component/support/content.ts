import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TrainingPathOption, TrainingStandard } from '../../../src/components/training/TrainingPath';
import { deadlineRules } from '../../../src/data/deadlineRules';
import type { StandardNames } from '../../../src/i18n/quizText';
import { readingMinutesOf, trainingPathOptions } from '../../../src/lib/trainingPaths';
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

/**
 * The training path island's props from content/, built by the same library functions its
 * wrapper (src/components/training/TrainingPath.astro) uses on the collections.
 */
export function trainingPathPropsFromContent(): { standards: TrainingStandard[]; paths: TrainingPathOption[] } {
	const entries = standardIds.map((id) => ({ id, ...standardSchema.parse(parse(contentFile('standards', `${id}.yaml`))) }));
	const reading = readingMinutesOf(readFileSync(join(process.cwd(), 'content', 'source', 'standards.txt'), 'utf8'), entries);
	const standards = [...entries]
		.sort((a, b) => a.order - b.order)
		.map(({ id, part, title }) => ({
			id,
			part,
			title,
			readingMinutes: reading[id],
			rules: deadlineRules
				.filter((rule) => rule.source.standard === id)
				.map((rule) => ({ id: rule.id, label: rule.label, quote: rule.source.quote, anchor: rule.source.anchor })),
		}));
	const flows = readdirSync(join(process.cwd(), 'content', 'flows'))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => flowFromContent(file.replace(/\.yaml$/, '')));
	const paths = trainingPathOptions(flows, reading);
	return { standards, paths };
}
