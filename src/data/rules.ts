import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import type { Rule } from '~/schemas/rule';
import type { StandardId } from '~/schemas/standard';

/*
 * The `rules` collection (content/rules/*.json, validated by src/content.config.ts, defaults
 * applied), for the pages that show the rules' texts. Build time only. The deadline
 * computation, which also runs in the browser, takes the same files from ./deadlineRules.
 */

/** Every timed rule in a stable order (by id), in the reader's edition. */
export async function rulesInOrder(lang: string | undefined): Promise<Rule[]> {
	const rules = (await getCollection('rules')).map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : 1));
	return forLang(rules, lang);
}

/** The timed rules of each standard, in a stable order (by id). */
export async function rulesByStandard(lang: string | undefined): Promise<Partial<Record<StandardId, Rule[]>>> {
	const grouped: Partial<Record<StandardId, Rule[]>> = {};
	for (const rule of await rulesInOrder(lang)) (grouped[rule.source.standard] ??= []).push(rule);
	return grouped;
}
