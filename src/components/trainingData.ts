import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import type { StandardNames } from '~/i18n/quizText';
import { buildQuestionBank } from '~/lib/quizBank';
import { readingMinutes } from '~/lib/trainingPaths';
import type { QuizQuestion } from '~/schemas/quiz';
import type { Rule } from '~/schemas/rule';
import type { Standard, StandardId } from '~/schemas/standard';

/**
 * Build-time reads shared by the training wrappers (Quiz, TrainingPath, LearningRecord):
 * the question bank and the standards' names and rules, in the page's edition.
 * Server-side only; islands receive the results as props.
 */

export async function questionBank(lang: string | undefined): Promise<QuizQuestion[]> {
	const [authored, flows, rules] = await Promise.all([getCollection('quiz'), getCollection('flows'), getCollection('rules')]);
	const bank = buildQuestionBank({
		authored: authored.map((entry) => entry.data),
		flows: flows.map((entry) => entry.data),
		rules: rules.map((entry) => entry.data),
	});
	return forLang(bank, lang);
}

/** The five standards in the source's order (第一篇…第五篇). */
export async function standardsInOrder(lang: string | undefined): Promise<(Standard & { id: StandardId })[]> {
	const entries = await getCollection('standards');
	const standards = entries
		.map((entry) => ({ ...entry.data, id: entry.id as StandardId }))
		.sort((a, b) => a.order - b.order);
	return forLang(standards, lang);
}

export async function standardNames(lang: string | undefined): Promise<StandardNames> {
	const standards = await standardsInOrder(lang);
	return Object.fromEntries(standards.map(({ id, part, title }) => [id, { part, title }])) as unknown as StandardNames;
}

/** The timed rules of each standard, in a stable order (by id). */
export async function rulesByStandard(lang: string | undefined): Promise<Partial<Record<StandardId, Rule[]>>> {
	const rules = forLang(
		(await getCollection('rules')).map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : 1)),
		lang,
	);
	const grouped: Partial<Record<StandardId, Rule[]>> = {};
	for (const rule of rules) (grouped[rule.source.standard] ??= []).push(rule);
	return grouped;
}

/**
 * Minutes to read each standard, from the length of its source text (content/source):
 * the same text the page publishes verbatim.
 */
export async function readingMinutesByStandard(): Promise<Record<StandardId, number>> {
	const text = readFileSync('./content/source/standards.txt', 'utf8') // the build runs at the project root, as the content loaders do;
	const documents = text.split(/^(?=第[一二三四五]篇:)/m).filter((doc) => doc.startsWith('第'));
	const standards = await standardsInOrder(undefined);
	return Object.fromEntries(
		standards.map((standard) => [standard.id, readingMinutes((documents[standard.order - 1] ?? '').replace(/\s/g, '').length)]),
	) as Record<StandardId, number>;
}
