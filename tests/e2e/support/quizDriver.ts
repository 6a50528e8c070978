import type { Locator, Page } from 'playwright-core';
import type { QuizAnswer, QuizQuestion } from '../../../src/schemas/quiz';

/**
 * Drives the quiz page the way a person does (click, tick, choose), with the right or a
 * deliberately wrong answer taken from the question data. Returns the answer given, so
 * the test can score it independently.
 */

export const currentQuestion = (page: Page): Locator => page.locator('.quiz-question');

export async function currentQuestionId(page: Page): Promise<string> {
	const card = currentQuestion(page);
	await card.waitFor();
	return (await card.getAttribute('data-question-id'))!;
}

/** Answers the question on screen; `wrong` gives an answer that scores 0. */
export async function answer(page: Page, question: QuizQuestion, wrong = false): Promise<QuizAnswer> {
	const card = page.locator(`.quiz-question[data-question-id="${question.id}"]`);
	switch (question.kind) {
		case 'single':
		case 'timing': {
			const option = question.options.find((o) => (wrong ? !o.correct : o.correct))!;
			await card.locator(`input[value="${option.id}"]`).check();
			return option.id;
		}
		case 'multiple': {
			const chosen = question.options.filter((o) => (wrong ? !o.correct : o.correct)).map((o) => o.id);
			for (const id of chosen) await card.locator(`input[value="${id}"]`).check();
			return chosen;
		}
		case 'true-false': {
			const value = wrong ? !question.answer : question.answer;
			await card.locator(`input[value="${value}"]`).check();
			return value;
		}
		case 'ordering': {
			const target = wrong ? [...question.answer].reverse() : question.answer;
			await arrange(card, target, (button) => button.click());
			return target;
		}
		case 'seating': {
			// Rotated by one seat: every seat gets another seat's rank.
			const ranks = wrong ? [...question.answer.slice(1), question.answer[0]!] : question.answer;
			for (const [seat, rank] of ranks.entries()) {
				await card.locator(`select[data-seat="${seat + 1}"]`).selectOption(String(rank));
			}
			return ranks;
		}
	}
}

/** The step ids in the order the page shows them now. */
export function shownOrder(card: Locator): Promise<string[]> {
	return card.locator('.quiz-ordering-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-step-id')!));
}

/** Moves each step up into place, first to last, pressing its 上移 button through `press`. */
export async function arrange(card: Locator, target: readonly string[], press: (button: Locator) => Promise<void>): Promise<void> {
	for (const [position, id] of target.entries()) {
		let order = await shownOrder(card);
		while (order.indexOf(id) > position) {
			await press(card.locator(`button[data-step="${id}"][data-direction="-1"]`));
			order = await shownOrder(card);
		}
	}
}

/** 確認答案, then the feedback's verdict (correct / partial / wrong). */
export async function check(page: Page): Promise<string> {
	await currentQuestion(page).locator('button[type="submit"]').click();
	const feedback = page.locator('#quiz-feedback');
	await feedback.waitFor();
	return (await feedback.getAttribute('data-verdict'))!;
}

/** 下一題 or 看結果. */
export async function next(page: Page): Promise<void> {
	await currentQuestion(page).locator('button[type="submit"]').click();
}

/** Answers every remaining question right; returns the ids answered. */
export async function answerRest(page: Page, bank: ReadonlyMap<string, QuizQuestion>): Promise<string[]> {
	const ids: string[] = [];
	while ((await currentQuestion(page).count()) > 0) {
		const id = await currentQuestionId(page);
		const question = bank.get(id)!;
		await answer(page, question);
		await check(page);
		await next(page);
		ids.push(id);
		// Wait until the page has moved on (another question, or the result).
		await page.waitForFunction((previous) => document.querySelector('.quiz-question')?.getAttribute('data-question-id') !== previous, id);
	}
	return ids;
}
