import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz';
import { quizMessages as m } from '../../src/i18n/messages/quiz';
import { scoreAnswer } from '../../src/lib/quiz';
import { quizQuestions } from '../../src/lib/quizSets';
import { clausePath } from '../../src/lib/sitePaths';
import { forgetAllStores } from '../../src/stores/storageEngine';
import { normalize } from '../support/fidelity';
import { questionBank } from '../support/quizBank';
import { standardNamesFromContent } from './support/content';
import { answer, answerRest, check, currentQuestionId, next, questionCard } from './support/quiz';

// Moved from tests/e2e/training.test.ts ("taking a quiz"): feedback, scoring, the result,
// 重做錯題, the ordering buttons' focus, empty answers and choosing a quiz are the island's
// own logic. Tab order, the history after a reload, axe and print stay in the e2e file.
const bank = questionBank();
const byId = new Map(bank.map((question) => [question.id, question]));
const standards = standardNamesFromContent();

afterEach(() => {
	cleanup();
	// The stores live as long as the module: each test starts with none of the last one's attempts.
	localStorage.clear();
	forgetAllStores();
	history.replaceState(null, '', '/training/quiz/');
});

/** The quiz page, come to with `search` in the address (as a link or a bookmark would). */
function quizPage(search = ''): void {
	history.replaceState(null, '', `/training/quiz/${search}`);
	render(<Quiz bank={bank} standards={standards} messages={m} simplified={false} />);
}

/** A seed whose quiz asks a question of `kind` at position `index` (0-based). */
function seedWith(set: Parameters<typeof quizQuestions>[1], kind: string, index: number): string {
	for (let n = 0; n < 5000; n++) {
		const seed = `t${n}`;
		if (quizQuestions(bank, set, seed)[index]?.kind === kind) return seed;
	}
	throw new Error(`no seed puts a ${kind} question at ${index} of ${set}`);
}

const feedback = () => document.getElementById('quiz-feedback');
const score = () => screen.getByTestId('quiz-score').textContent;
const verdict = () => document.querySelector('.quiz-result-verdict');

describe('a wrong answer, then the rest right', () => {
	const seed = seedWith('office-standard', 'single', 0);
	const asked = quizQuestions(bank, 'office-standard', seed);
	const first = asked[0]!;

	/** The quiz with its first question answered wrong and the rest right, at its result. */
	function missFirstThenFinish(): void {
		quizPage(`?set=office-standard&seed=${seed}`);
		answer(first, m, true);
		check(m);
		next(m);
		answerRest(byId, m);
	}

	it('shows the feedback with the right answer, the quoted clause and a link to it', () => {
		quizPage(`?set=office-standard&seed=${seed}`);
		expect(currentQuestionId()).toBe(first.id);
		// Answered wrong on purpose (an answer that scores 0).
		const wrong = answer(first, m, true);
		expect(scoreAnswer(first, wrong).score).toBe(0);
		expect(check(m)).toBe('wrong');
		const text = normalize(feedback()!.textContent!);
		expect(text).toContain(normalize(first.explanation.quote!));
		expect(text).toContain('正確答案');
		expect(within(feedback()!).getByRole('link').getAttribute('href')).toBe(clausePath(first.standard, first.anchor));
		// Checking moved the focus to the feedback, so a screen reader reads it next.
		expect(document.activeElement).toBe(feedback());
	});

	it('scores 9 of 10, a pass, and names the missed question in the result', () => {
		quizPage(`?set=office-standard&seed=${seed}`);
		answer(first, m, true);
		check(m);
		next(m);
		// 下一題 put the focus on the new question.
		expect(document.activeElement?.id).toBe('quiz-question-prompt');
		expect(answerRest(byId, m)).toEqual(asked.slice(1).map((q) => q.id));
		expect(score()).toContain('得分 9/10(90%)');
		// 90 % passes the 80 % mark.
		expect(verdict()?.getAttribute('data-verdict')).toBe('pass');
		expect(verdict()?.textContent).toContain(m['result-pass']);
		const missed = document.querySelectorAll('.quiz-missed > li');
		expect(missed).toHaveLength(1);
		expect(missed[0]!.getAttribute('data-question-id')).toBe(first.id);
	});

	it('重做錯題 asks only the missed question, as practice without pass or fail', () => {
		missFirstThenFinish();
		fireEvent.click(screen.getByRole('button', { name: m['retry-missed'] }));
		expect(currentQuestionId()).toBe(first.id);
		expect(questionCard()!.querySelector('.quiz-meta')!.textContent).toContain('共 1 題');
		answer(first, m);
		expect(check(m)).toBe('correct');
		next(m);
		expect(score()).toContain('得分 1/1');
		expect(document.querySelector('.quiz-result')!.textContent).toContain(m['all-correct-practice']);
		expect(verdict()?.getAttribute('data-verdict')).toBe('practice');
	});

	it('lists both attempts in the history, newest first', () => {
		missFirstThenFinish();
		fireEvent.click(screen.getByRole('button', { name: m['retry-missed'] }));
		answerRest(byId, m);
		const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
		expect(rows).toHaveLength(2);
		expect(rows[0]!.textContent).toContain(m['mode-retry']);
		expect(rows[0]!.textContent).toContain('1/1');
		expect(rows[1]!.textContent).toContain(m['mode-full']);
		expect(rows[1]!.textContent).toContain('9/10(90%)');
	});
});

describe('an ordering question', () => {
	it('keeps the focus on a step while it moves, so a key held down keeps moving it', () => {
		const seed = seedWith('standard-process-2017', 'ordering', 0);
		quizPage(`?set=standard-process-2017&seed=${seed}`);
		const question = byId.get(currentQuestionId())!;
		if (question.kind !== 'ordering') throw new Error('not an ordering question');
		const shown = () => [...questionCard()!.querySelectorAll('.quiz-ordering-item')].map((li) => li.getAttribute('data-step-id'));
		const last = shown().at(-1)!;
		const label = question.items.find((item) => item.id === last)!.label;
		screen.getByRole('button', { name: `上移「${label}」` }).focus();
		// Enter on a focused button activates it: press "Enter" on whatever holds the focus now.
		for (let i = 1; i < shown().length; i++) fireEvent.click(document.activeElement!);
		expect(shown()[0]).toBe(last);
		// At the top 上移 is disabled: the focus went to the same step's 下移.
		expect(document.activeElement).toBe(screen.getByRole('button', { name: `下移「${label}」` }));
		expect(document.querySelector('.quiz-ordering [aria-live]')!.textContent).toContain('第 1 位');
	});
});

describe('an empty answer', () => {
	it('says what is missing instead of checking it', () => {
		quizPage(`?set=office-standard&seed=${seedWith('office-standard', 'seating', 0)}`);
		fireEvent.click(screen.getByRole('button', { name: m['check-answer'] }));
		expect(screen.getByRole('alert').textContent).toContain('還有座位沒有填序號');
		expect(feedback()).toBeNull();
	});
});

describe('choosing a quiz', () => {
	it('tells a bad ?set= apart, then starts the quiz chosen with the buttons', () => {
		quizPage('?set=no-such-quiz');
		expect(screen.getByRole('alert').textContent).toContain('no-such-quiz');
		fireEvent.click(screen.getByRole('link', { name: /綜合自我測驗/ }));
		expect(new URL(location.href).searchParams.get('set')).toBe('mixed');
		expect(questionCard()!.querySelector('.quiz-meta')!.textContent).toContain('共 15 題');
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
