import { describe, expect, it } from 'vitest';
import { answerProblem, initialAnswer, moveStep, toggleChoice, withSeatRank } from '../../src/lib/quizAnswers';
import { scoreAnswer } from '../../src/lib/quiz';
import { seatingQuestion } from '../../src/lib/quizGenerators';
import { shownSteps } from '../../src/lib/quizSets';
import type { MultipleQuestion, OrderingQuestion, SingleQuestion, TrueFalseQuestion } from '../../src/schemas/quiz';

const base = { group: 'g', standard: 'office-standard', anchor: 's1', difficulty: 1, explanation: { quote: 'q' } } as const;
const single: SingleQuestion = {
	...base,
	id: 'single',
	kind: 'single',
	prompt: 'p',
	options: [
		{ id: 'a', text: 'A', correct: true },
		{ id: 'b', text: 'B' },
	],
};
const multiple: MultipleQuestion = {
	...base,
	id: 'multiple',
	kind: 'multiple',
	prompt: 'p',
	options: [
		{ id: 'a', text: 'A', correct: true },
		{ id: 'b', text: 'B', correct: true },
		{ id: 'c', text: 'C' },
	],
};
const trueFalse: TrueFalseQuestion = { ...base, id: 'tf', kind: 'true-false', prompt: 'p', answer: false };
const ordering: OrderingQuestion = {
	...base,
	id: 'ordering',
	kind: 'ordering',
	prompt: { code: 'prompt-ordering', params: { title: 't' } },
	explanation: {},
	items: [
		{ id: 'c', label: 'C' },
		{ id: 'a', label: 'A' },
		{ id: 'b', label: 'B' },
	],
	answer: ['a', 'b', 'c'],
};
const seating = seatingQuestion(3, 'left');

describe('where an answer starts', () => {
	it('ordering in the order shown, seating empty, multiple with nothing ticked, the rest unanswered', () => {
		expect(initialAnswer(ordering, 's')).toEqual(shownSteps(ordering, 's').map((item) => item.id));
		expect(initialAnswer(seating, 's')).toEqual([null, null, null]);
		expect(initialAnswer(multiple, 's')).toEqual([]);
		expect(initialAnswer(single, 's')).toBeUndefined();
		expect(initialAnswer(trueFalse, 's')).toBeUndefined();
	});

	it('ordering untouched scores 0, whatever the seed', () => {
		for (let seed = 0; seed < 200; seed++) {
			const start = initialAnswer(ordering, `seed-${seed}`);
			expect(scoreAnswer(ordering, start).score).toBe(0);
		}
	});
});

describe('moving a step', () => {
	it('swaps it with its neighbour up or down', () => {
		expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
	});

	it('leaves the order as it is at the top, at the bottom or out of range', () => {
		expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
		expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
		expect(moveStep(['a', 'b'], 5, -1)).toEqual(['a', 'b']);
	});
});

describe('ticking options and filling seats', () => {
	it('adds and removes one choice, keeping the others', () => {
		expect(toggleChoice(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(toggleChoice(['a', 'b'], 'a', false)).toEqual(['b']);
		expect(toggleChoice(['a'], 'a', true)).toEqual(['a']);
		expect(toggleChoice(undefined, 'a', true)).toEqual(['a']);
	});

	it('puts a rank in one seat, or empties it', () => {
		expect(withSeatRank([null, null, null], 3, 1, 2)).toEqual([null, 2, null]);
		expect(withSeatRank([3, 1, 2], 3, 0, null)).toEqual([null, 1, 2]);
		expect(withSeatRank(undefined, 2, 0, 1)).toEqual([1, null]);
	});
});

describe('what keeps an answer from being checked', () => {
	it('asks for an answer when nothing is chosen', () => {
		expect(answerProblem(single, undefined)).toEqual({ code: 'need-answer' });
		expect(answerProblem(multiple, [])).toEqual({ code: 'need-answer' });
		expect(answerProblem(trueFalse, undefined)).toEqual({ code: 'need-answer' });
		expect(answerProblem(trueFalse, false)).toBeNull();
		expect(answerProblem(single, 'b')).toBeNull();
		expect(answerProblem(ordering, ['c', 'a', 'b'])).toBeNull();
	});

	it('names the empty seats, then a rank used twice', () => {
		expect(answerProblem(seating, [3, null, null])).toEqual({ code: 'need-seats', params: { seats: [2, 3] } });
		expect(answerProblem(seating, [3, 3, 1])).toEqual({ code: 'duplicate-rank', params: { rank: 3 } });
		expect(answerProblem(seating, [3, 1, 2])).toBeNull();
	});
});
