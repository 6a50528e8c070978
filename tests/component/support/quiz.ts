import { fireEvent, screen, within } from '@testing-library/preact';
import type { QuizMessages } from '../../../src/i18n/quizText';
import { formatMessage } from '../../../src/i18n/format';
import type { QuizAnswer, QuizQuestion } from '../../../src/schemas/quiz';

/**
 * Drives the quiz island the way a person does (tick, choose, move steps, press the
 * buttons), with the right or a deliberately wrong answer taken from the question data:
 * the component tests' twin of tests/e2e/support/quizDriver.ts.
 */

/** The question on screen (its card), or null once the result shows. */
export const questionCard = (): HTMLElement | null => document.querySelector<HTMLElement>('.quiz-question');

export function currentQuestionId(): string {
	const card = questionCard();
	if (!card) throw new Error('no question on screen');
	return card.getAttribute('data-question-id')!;
}

/** The step labels in the order the ordering question shows them now. */
const shownOrder = (card: HTMLElement) =>
	[...card.querySelectorAll('.quiz-ordering-item')].map((item) => item.getAttribute('data-step-id')!);

/** Moves each step up into place, first to last, with its 上移「…」 button. */
export function arrange(question: Extract<QuizQuestion, { kind: 'ordering' }>, target: readonly string[], m: QuizMessages): void {
	const card = questionCard()!;
	const labels = new Map(question.items.map((item) => [item.id, item.label]));
	for (const [position, id] of target.entries()) {
		while (shownOrder(card).indexOf(id) > position) {
			fireEvent.click(within(card).getByRole('button', { name: formatMessage(m['ordering-move-up-named'], { label: labels.get(id)! }) }));
		}
	}
}

/** Answers the question on screen; `wrong` gives an answer that scores 0. */
export function answer(question: QuizQuestion, m: QuizMessages, wrong = false): QuizAnswer {
	const card = questionCard()!;
	const choose = (value: string) => fireEvent.click(card.querySelector<HTMLInputElement>(`input[value="${value}"]`)!);
	switch (question.kind) {
		case 'single':
		case 'timing': {
			const option = question.options.find((o) => (wrong ? !o.correct : o.correct))!;
			choose(option.id);
			return option.id;
		}
		case 'multiple': {
			const chosen = question.options.filter((o) => (wrong ? !o.correct : o.correct)).map((o) => o.id);
			for (const id of chosen) choose(id);
			return chosen;
		}
		case 'true-false': {
			const value = wrong ? !question.answer : question.answer;
			choose(String(value));
			return value;
		}
		case 'ordering': {
			const target = wrong ? [...question.answer].reverse() : question.answer;
			arrange(question, target, m);
			return target;
		}
		case 'seating': {
			// Rotated by one seat: every seat gets another seat's rank.
			const ranks = wrong ? [...question.answer.slice(1), question.answer[0]!] : question.answer;
			for (const [seat, rank] of ranks.entries()) {
				const select = within(card).getByLabelText(formatMessage(m['seat-label'], { seat: seat + 1 })) as HTMLSelectElement;
				select.value = String(rank);
				fireEvent.change(select);
			}
			return ranks;
		}
	}
}

/** 確認答案, then the feedback's verdict (correct / partial / wrong). */
export function check(m: QuizMessages): string | null {
	fireEvent.click(screen.getByRole('button', { name: m['check-answer'] }));
	return document.getElementById('quiz-feedback')?.getAttribute('data-verdict') ?? null;
}

/** 下一題 or 看結果. */
export function next(m: QuizMessages): void {
	fireEvent.click(screen.getByRole('button', { name: new RegExp(`^(${m['next-question']}|${m['show-result']})$`) }));
}

/** Answers every remaining question right; returns the ids answered. */
export function answerRest(bank: ReadonlyMap<string, QuizQuestion>, m: QuizMessages): string[] {
	const ids: string[] = [];
	while (questionCard()) {
		const id = currentQuestionId();
		answer(bank.get(id)!, m);
		check(m);
		next(m);
		ids.push(id);
	}
	return ids;
}
