import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { promptText } from '../../src/i18n/quizText';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { timingOptionCodes } from '../../src/lib/quiz';
import type { QuizQuestion } from '../../src/schemas/quiz';
import type { StandardId } from '../../src/schemas/standard';
import { questionBank } from '../support/quizBank';

/**
 * The bank lint: what makes a question test knowledge rather than test-taking. Every
 * question of the bank (authored and generated) must pass; a failure names the question.
 */

const bank = questionBank();
const parts: Record<StandardId, string> = {
	'county-meetings': '第一篇',
	'office-standard': '第二篇',
	'district-committee': '第三篇',
	'standard-process-2017': '第四篇',
	'school-procedure': '第五篇',
};
const standards = Object.fromEntries(Object.entries(parts).map(([id, part]) => [id, { part, title: id }])) as never;

// The source mixes variant characters (后/後, 并/並, 游/遊); compare in one script, letters and digits only.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const normalise = (text: string) => toSimplified(text.normalize('NFKC')).replace(/[^\p{L}\p{N}]/gu, '');
const bigrams = (text: string) => {
	const plain = normalise(text);
	if (plain.length < 2) return [plain];
	return [...new Set(Array.from({ length: plain.length - 1 }, (_, i) => plain.slice(i, i + 2)))];
};
/** Share of a text's character pairs that the quote contains: its key words, found in the clause. */
export const quoteCoverage = (text: string, quote: string) => {
	const pairs = bigrams(text);
	const whole = normalise(quote);
	return pairs.filter((pair) => whole.includes(pair)).length / pairs.length;
};
const withoutStandard = (statement: string) => statement.replace(/^依第[一二三四五]篇,/, '');

/** Words that give a false statement away: the laxness no standard ever grants. */
export const CUE_WORDS = ['不必', '無須', '無需', '即可', '只需', '只要', '不用', '可不'] as const;

/** How much longer the keyed option may be than the longest wrong one (the longest option is a classic giveaway). */
const KEYED_LENGTH_RATIO = 1.25;
/** Longest option over shortest: a lone long or short option stands out. */
const OPTION_SPREAD = 4;
const KEYED_COVERAGE = 0.5;
const STATEMENT_COVERAGE = 0.3;

const optionLength = (text: string) => normalise(text).length;

describe('bank lint', () => {
	it('holds both authored and generated questions', () => {
		expect(bank.some((q) => typeof q.prompt === 'string')).toBe(true);
		expect(bank.some((q) => typeof q.prompt !== 'string')).toBe(true);
	});

	it.each(bank.map((q) => [q.id, q] as const))('%s: the stem names its standard', (_, question: QuizQuestion) => {
		expect(promptText(question, quizMessages, standards)).toContain(parts[question.standard]);
	});

	it.each(bank.map((q) => [q.id, q] as const))("%s: the quote holds the keyed answer's key words", (_, q: QuizQuestion) => {
		const quote = q.explanation.quote ?? '';
		switch (q.kind) {
			case 'single':
			case 'multiple':
				for (const option of q.options.filter((o) => o.correct)) {
					expect(quoteCoverage(option.text, quote), `${option.text} / ${quote}`).toBeGreaterThanOrEqual(KEYED_COVERAGE);
				}
				break;
			case 'true-false':
				expect(quoteCoverage(withoutStandard(q.prompt), quote), `${q.prompt} / ${quote}`).toBeGreaterThanOrEqual(STATEMENT_COVERAGE);
				break;
			case 'timing': {
				const right = q.options.find((o) => o.correct)!;
				expect(normalise(quote)).toContain(String(timingOptionCodes(right).amount));
				break;
			}
			case 'seating':
				expect(quote).toContain('先左后右');
				break;
			case 'ordering':
				// The answer is the steps themselves, labels verbatim from the flow data (tests/unit/flows.test.ts).
				expect(q.answer.length).toBeGreaterThanOrEqual(3);
				break;
		}
	});

	const choices = bank.filter((q) => q.kind === 'single' || q.kind === 'multiple');
	it.each(choices.map((q) => [q.id, q] as const))('%s: option lengths are balanced', (_, q: QuizQuestion) => {
		if (q.kind !== 'single' && q.kind !== 'multiple') return;
		const keyed = Math.max(...q.options.filter((o) => o.correct).map((o) => optionLength(o.text)));
		const wrong = Math.max(...q.options.filter((o) => !o.correct).map((o) => optionLength(o.text)));
		const lengths = q.options.map((o) => optionLength(o.text));
		expect(keyed / wrong, 'keyed option much longer than any wrong one').toBeLessThanOrEqual(KEYED_LENGTH_RATIO);
		expect(Math.max(...lengths) / Math.min(...lengths), 'longest over shortest option').toBeLessThanOrEqual(OPTION_SPREAD);
	});

	const statements = bank.filter((q) => q.kind === 'true-false');
	it.each(statements.map((q) => [q.id, q] as const))('%s: the statement carries no cue word', (_, q: QuizQuestion) => {
		if (q.kind !== 'true-false') return;
		expect(CUE_WORDS.filter((word) => q.prompt.includes(word))).toEqual([]);
	});

	it('catches what it is meant to catch', () => {
		expect(quoteCoverage('會議開始前10—15分鐘', '并在會議開始前10—15分鐘進場')).toBe(1);
		expect(quoteCoverage('召開新聞發布會', '一是做好一個方案。')).toBe(0);
		expect(CUE_WORDS.some((word) => '電話通知時不必擬稿,口頭說明即可。'.includes(word))).toBe(true);
	});
});
