import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import { readingMinutesOf } from '~/lib/trainingPaths';
import type { Confusion } from '~/schemas/confusion';
import type { GlossaryEntry } from '~/schemas/glossary';
import type { Rule } from '~/schemas/rule';
import type { StandardId } from '~/schemas/standard';
import { confusionsInOrder } from './confusions';
import { rulesInOrder } from './rules';
import { standardsInOrder } from './standards';

/*
 * The training path's own collections: `confusions` (content/confusions.yaml, rule-id pairs
 * shared with the quick reference) and `glossary` (content/glossary.yaml), and the length of
 * each standard's text for the time estimates. Build time only.
 */

/** Each pair of confused rules with the two rules themselves (label, quote, clause), in the reader's edition. */
export async function confusionsWithRules(lang: string | undefined): Promise<(Confusion & { sides: Rule[] })[]> {
	const rules = new Map((await rulesInOrder(lang)).map((rule) => [rule.id, rule]));
	const confusions = await confusionsInOrder(lang);
	return confusions.map((confusion) => ({
		...confusion,
		sides: confusion.rules.map((id) => {
			const rule = rules.get(id);
			if (!rule) throw new Error(`content/confusions.yaml: ${confusion.id} names unknown rule ${id}`);
			return rule;
		}),
	}));
}

/** The glossary in file order, in the reader's edition. */
export async function glossaryEntries(lang: string | undefined): Promise<GlossaryEntry[]> {
	return forLang(
		(await getCollection('glossary')).map((entry) => entry.data),
		lang,
	);
}

/**
 * Minutes to read each standard, from the length of its source text (content/source), the
 * text the page publishes verbatim. The build runs at the project root, as the content loaders do.
 */
export async function readingMinutesByStandard(): Promise<Record<StandardId, number>> {
	return readingMinutesOf(readFileSync('./content/source/standards.txt', 'utf8'), await standardsInOrder(undefined));
}
