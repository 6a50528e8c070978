import { describe, expect, it } from 'vitest';
import {
	isQuizSeed,
	isQuizSetId,
	MIXED_PER_STANDARD,
	newQuizSeed,
	QUIZ_LENGTH,
	quizQuestions,
	roundSeed,
	shownOptions,
	shownSteps,
} from '../../src/lib/quizSets';
import { orderingScore } from '../../src/lib/quiz';
import { standardIds } from '../../src/schemas/standard';
import { questionBank } from '../support/quizBank';

const bank = questionBank();

describe('a quiz per standard', () => {
	it('asks QUIZ_LENGTH questions of that standard only', () => {
		for (const standard of standardIds) {
			const questions = quizQuestions(bank, standard, 'abc');
			expect(questions).toHaveLength(QUIZ_LENGTH);
			expect(new Set(questions.map((q) => q.standard))).toEqual(new Set([standard]));
		}
	});

	it('asks the same questions for the same seed, and other ones for another seed', () => {
		const ids = (seed: string) => quizQuestions(bank, 'office-standard', seed).map((q) => q.id);
		expect(ids('abc')).toEqual(ids('abc'));
		expect(ids('abc')).not.toEqual(ids('abd'));
	});
});

describe('the mixed self-check', () => {
	it('takes MIXED_PER_STANDARD questions of each standard, mixed together', () => {
		const questions = quizQuestions(bank, 'mixed', 'abc');
		expect(questions).toHaveLength(MIXED_PER_STANDARD * standardIds.length);
		for (const standard of standardIds) {
			expect(questions.filter((q) => q.standard === standard)).toHaveLength(MIXED_PER_STANDARD);
		}
		const order = questions.map((q) => q.standard);
		expect(order).not.toEqual([...order].sort());
	});
});

describe('draws over thousands of seeds', () => {
	const SEEDS = 3000;
	it.each([...standardIds, 'mixed'] as const)('%s: never repeats a fact group, never holds two seating questions', (set) => {
		const length = set === 'mixed' ? MIXED_PER_STANDARD * standardIds.length : QUIZ_LENGTH;
		for (let i = 0; i < SEEDS; i++) {
			const questions = quizQuestions(bank, set, `s${i.toString(36)}`);
			expect(questions).toHaveLength(length);
			expect(new Set(questions.map((q) => q.group)).size, `seed s${i.toString(36)}`).toBe(questions.length);
			expect(questions.filter((q) => q.kind === 'seating').length).toBeLessThanOrEqual(1);
		}
	});
});

describe('retry rounds', () => {
	it('show the options in another order than the first round, for most questions', () => {
		const choices = bank.filter((q) => q.kind === 'single' || q.kind === 'multiple');
		const moved = choices.filter((q) => {
			if (q.kind !== 'single' && q.kind !== 'multiple') return false;
			const first = shownOptions(q.options, q.id, roundSeed('abc', 0))
				.map((o) => o.id)
				.join();
			return (
				shownOptions(q.options, q.id, roundSeed('abc', 1))
					.map((o) => o.id)
					.join() !== first
			);
		});
		expect(roundSeed('abc', 0)).toBe('abc');
		expect(moved.length / choices.length).toBeGreaterThan(0.8);
	});

	it('show the steps reshuffled, still scoring 0 untouched', () => {
		for (const q of bank) {
			if (q.kind !== 'ordering') continue;
			const rounds = [0, 1, 2, 3].map((round) => shownSteps(q, roundSeed('abc', round)).map((i) => i.id));
			expect(new Set(rounds.map((r) => r.join())).size, q.id).toBeGreaterThan(1);
			for (const shown of rounds) expect(orderingScore(q.answer, shown)).toBe(0);
		}
	});
});

describe('options on screen', () => {
	it('are a permutation of the options, the same for the same seed', () => {
		const question = bank.find((q) => q.kind === 'single')!;
		if (question.kind !== 'single') throw new Error('unreachable');
		const shown = shownOptions(question.options, question.id, 'abc');
		expect(shown.map((o) => o.id).sort()).toEqual(question.options.map((o) => o.id).sort());
		expect(shownOptions(question.options, question.id, 'abc')).toEqual(shown);
	});

	it('do not keep the right option in the place the author wrote it', () => {
		const singles = bank.filter((q) => q.kind === 'single');
		const firstIsRight = singles.filter((q) => q.kind === 'single' && shownOptions(q.options, q.id, 'abc')[0]!.correct).length;
		// Authors put the right option first nearly always; shown, it is first about 1 time in 4.
		expect(firstIsRight / singles.length).toBeLessThan(0.5);
	});
});

describe('sets and seeds from the address', () => {
	it('accepts the five standards and mixed, nothing else', () => {
		for (const set of [...standardIds, 'mixed']) expect(isQuizSetId(set)).toBe(true);
		for (const set of ['', 'Mixed', 'all', null, 3]) expect(isQuizSetId(set)).toBe(false);
	});

	it('takes short plain seeds and makes new ones of that kind', () => {
		expect(isQuizSeed('t12')).toBe(true);
		for (const seed of ['', 'A', 'a b', 'x'.repeat(33), null]) expect(isQuizSeed(seed)).toBe(false);
		expect(newQuizSeed(() => 0)).toBe('000000');
		expect(isQuizSeed(newQuizSeed())).toBe(true);
	});
});
