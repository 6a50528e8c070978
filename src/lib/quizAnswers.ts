import type { QuizAnswer, QuizQuestion } from '../schemas/quiz';
import { shownSteps } from './quizSets';

/**
 * Answers as the quiz page builds them, before scoring: where each kind starts, how an
 * ordering answer moves, and what keeps an answer from being checked (returned as a
 * message code with parameters, never as text).
 */

/** Ordering starts in the order shown for the seed; seating with every seat empty; the rest unanswered. */
export function initialAnswer(question: QuizQuestion, seed: string): QuizAnswer | undefined {
	switch (question.kind) {
		case 'ordering':
			return shownSteps(question, seed).map((item) => item.id);
		case 'seating':
			return Array.from({ length: question.count }, () => null);
		case 'multiple':
			return [];
		default:
			return undefined;
	}
}

/** The order with the step at `from` moved one place up (-1) or down (+1); unchanged at an edge. */
export function moveStep(order: readonly string[], from: number, direction: -1 | 1): string[] {
	const to = from + direction;
	const next = [...order];
	if (from < 0 || from >= order.length || to < 0 || to >= order.length) return next;
	[next[from], next[to]] = [next[to]!, next[from]!];
	return next;
}

/** Ticks or unticks one option of a multiple-choice answer, keeping the others. */
export function toggleChoice(answer: QuizAnswer | undefined, optionId: string, chosen: boolean): string[] {
	const current = Array.isArray(answer) ? answer.filter((id): id is string => typeof id === 'string') : [];
	const without = current.filter((id) => id !== optionId);
	return chosen ? [...without, optionId] : without;
}

/** Puts a rank (or nothing) in one seat of a seating answer. */
export function withSeatRank(answer: QuizAnswer | undefined, count: number, seat: number, rank: number | null): (number | null)[] {
	const seats = Array.from({ length: count }, (_, index) => {
		const value = Array.isArray(answer) ? answer[index] : null;
		return typeof value === 'number' ? value : null;
	});
	if (seat >= 0 && seat < count) seats[seat] = rank;
	return seats;
}

export type AnswerProblem =
	{ code: 'need-answer' } | { code: 'need-seats'; params: { seats: number[] } } | { code: 'duplicate-rank'; params: { rank: number } };

/** Why an answer cannot be checked yet, or null when it can. */
export function answerProblem(question: QuizQuestion, answer: QuizAnswer | undefined): AnswerProblem | null {
	switch (question.kind) {
		case 'single':
		case 'timing':
			return typeof answer === 'string' ? null : { code: 'need-answer' };
		case 'true-false':
			return typeof answer === 'boolean' ? null : { code: 'need-answer' };
		case 'multiple':
			return Array.isArray(answer) && answer.length > 0 ? null : { code: 'need-answer' };
		case 'ordering':
			return Array.isArray(answer) && answer.length === question.items.length ? null : { code: 'need-answer' };
		case 'seating': {
			const seats = withSeatRank(answer, question.count, -1, null);
			const empty = seats.flatMap((rank, index) => (rank === null ? [index + 1] : []));
			if (empty.length > 0) return { code: 'need-seats', params: { seats: empty } };
			const seen = new Set<number>();
			for (const rank of seats as number[]) {
				if (seen.has(rank)) return { code: 'duplicate-rank', params: { rank } };
				seen.add(rank);
			}
			return null;
		}
	}
}
