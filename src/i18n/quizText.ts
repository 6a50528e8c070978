import { timingOptionCodes } from '../lib/quiz';
import type { QuizQuestion, TimingOption } from '../schemas/quiz';
import type { QuizSetId } from '../schemas/quizHistory';
import type { StandardId } from '../schemas/standard';
import { formatMessage } from './format';
import type { QuizMessageCode } from './messages/quiz';

/**
 * Display text of quiz questions, filled from a quiz message dictionary the caller passes
 * in (already in the reader's edition). Used by the quiz island for the screen and the
 * paper test; holds no text of its own.
 */

export type QuizMessages = Readonly<Record<QuizMessageCode, string>>;

/** What a page knows of each standard to name it: 第二篇 and its title. A type, not an interface, so it fills a message. */
export type StandardName = {
	part: string;
	title: string;
};
export type StandardNames = Readonly<Record<StandardId, StandardName>>;

const message = (m: QuizMessages, code: string, params: Record<string, string | number> = {}) =>
	formatMessage(m[code as QuizMessageCode] ?? code, params);

/** Up to two decimals, no trailing zeros: partial credit reads 8.67, full marks 9. */
export function formatPoints(points: number): string {
	return String(Math.round(points * 100) / 100);
}

export function promptText(question: QuizQuestion, m: QuizMessages, standards: StandardNames): string {
	if (typeof question.prompt === 'string') return question.prompt;
	const params: Record<string, string | number> = { ...question.prompt.params, standard: standards[question.standard].part };
	if (question.kind === 'seating') params.honour = message(m, `honour-${question.honour}`);
	let { code } = question.prompt;
	// A timed rule added without its own question is asked in the general wording.
	if (question.kind === 'timing' && !Object.hasOwn(m, code)) code = `prompt-timing-${question.options[0]?.from ?? 'start'}`;
	return message(m, code, params);
}

/** 會議開始前 2 小時 / 會議結束後 24 小時內. */
export function timingOptionText(option: Pick<TimingOption, 'offset' | 'unit' | 'from'>, m: QuizMessages): string {
	const codes = timingOptionCodes(option);
	return message(m, codes.code, { amount: codes.amount, from: message(m, codes.from), unit: message(m, codes.unit) });
}

/** The text of one option of a single, multiple or timing question. */
export function optionText(question: QuizQuestion, optionId: string, m: QuizMessages): string {
	if (question.kind === 'timing') {
		const option = question.options.find((o) => o.id === optionId);
		return option ? timingOptionText(option, m) : optionId;
	}
	if (question.kind === 'single' || question.kind === 'multiple') {
		return question.options.find((o) => o.id === optionId)?.text ?? optionId;
	}
	return optionId;
}

/** The right answer spelled out, for the feedback and the answer key. */
export function rightAnswerText(question: QuizQuestion, m: QuizMessages): string {
	switch (question.kind) {
		case 'single':
		case 'multiple':
		case 'timing':
			return question.options
				.filter((option) => option.correct)
				.map((option) => optionText(question, option.id, m))
				.join('、');
		case 'true-false':
			return message(m, question.answer ? 'true' : 'false');
		case 'ordering': {
			const labels = new Map(question.items.map((item) => [item.id, item.label]));
			return question.answer.map((id) => labels.get(id) ?? id).join(' → ');
		}
		case 'seating':
			return question.answer.map((rank, seat) => message(m, 'seat-rank', { seat: seat + 1, rank })).join('、');
	}
}

export function setName(set: QuizSetId, m: QuizMessages, standards: StandardNames, mixedPerStandard: number): string {
	if (set === 'mixed') return message(m, 'set-mixed', { count: mixedPerStandard });
	return message(m, 'set-standard', standards[set]);
}
