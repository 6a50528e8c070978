import type { OrderingQuestion, QuizOption, QuizQuestion, TimingOption } from '../schemas/quiz';
import { quizSetIds, type QuizSetId } from '../schemas/quizHistory';
import { standardIds } from '../schemas/ids';
import { pickQuestions, scrambledOrder, seededShuffle } from './quiz';

/** Which questions a quiz asks: one quiz per standard, and a mixed self-check over all five. */

export { quizSetIds, type QuizSetId };

/** Questions per standard quiz; the mixed quiz asks `MIXED_PER_STANDARD` of each standard. */
export const QUIZ_LENGTH = 10;
export const MIXED_PER_STANDARD = 3;

/** A quiz counts as passed on the onboarding path from this score on (percent). */
export const PASS_PERCENT = 80;

export function isQuizSetId(value: unknown): value is QuizSetId {
	return typeof value === 'string' && (quizSetIds as readonly string[]).includes(value);
}

/** Seeds travel in the URL (`?seed=`), so they are short and plain. */
export function isQuizSeed(value: unknown): value is string {
	return typeof value === 'string' && /^[a-z0-9-]{1,32}$/.test(value);
}

export function newQuizSeed(random: () => number = Math.random): string {
	return Math.floor(random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
}

/**
 * The questions of one quiz, the same for the same set and seed (a reload, a shared link
 * and the paper test all show the same questions). The mixed quiz takes an equal share of
 * each standard, so no standard is left out by chance.
 */
export function quizQuestions<Q extends QuizQuestion>(bank: readonly Q[], set: QuizSetId, seed: string): Q[] {
	if (set !== 'mixed') return pickQuestions(bank, { standard: set, count: QUIZ_LENGTH, seed: `${set}:${seed}` });
	const share = standardIds.flatMap((standard) =>
		pickQuestions(bank, { standard, count: MIXED_PER_STANDARD, seed: `mixed:${standard}:${seed}` }),
	);
	return seededShuffle(share, `mixed:${seed}`);
}

/**
 * The order a question's options are shown in. Authors tend to write the right option
 * first; shuffling per quiz seed keeps the position from giving the answer away.
 */
export function shownOptions<O extends QuizOption | TimingOption>(options: readonly O[], questionId: string, seed: string): O[] {
	return seededShuffle(options, `${seed}:${questionId}`);
}

/**
 * The seed a round of a quiz shows its options and steps with: the draw's own seed for the
 * first round (and the paper test), another for each 重做錯題 round, so a retry cannot be
 * answered from where the right option sat the first time.
 */
export function roundSeed(seed: string, round: number): string {
	return round === 0 ? seed : `${seed}:retry-${round}`;
}

/** The steps of an ordering question in the order shown for a seed; untouched, the order scores 0. */
export function shownSteps(question: OrderingQuestion, seed: string): OrderingQuestion['items'] {
	const byId = new Map(question.items.map((item) => [item.id, item]));
	return scrambledOrder(question.answer, `${seed}:${question.id}`).flatMap((id) => byId.get(id) ?? []);
}

/** Whether a score (percent) passes: the mark the onboarding path and the result line use. */
export function isPass(percent: number): boolean {
	return percent >= PASS_PERCENT;
}
