import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import { buildQuestionBank } from '~/lib/quizBank';
import type { QuizQuestion } from '~/schemas/quiz';

/**
 * The question bank in the page's edition: the `quiz` collection's authored questions
 * (content/quiz/) plus those generated from the flows and rules. Build time only; the
 * quiz islands receive it as props.
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
