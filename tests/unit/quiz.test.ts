import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../src/i18n/messages/quiz';
import {
	orderingScore,
	pairsInOrder,
	pickQuestions,
	scrambledOrder,
	retryMissed,
	scoreAnswer,
	scoreQuiz,
	seededRandom,
	seededShuffle,
	seedFrom,
	timingOptionCodes,
} from '../../src/lib/quiz';
import {
	orderingQuestion,
	orderingQuestions,
	type QuizFlow,
	type QuizTimingRule,
	seatingQuestion,
	timingQuestion,
	timingQuestions,
} from '../../src/lib/quizGenerators';
import { rostrumOrder } from '../../src/lib/seating';
import {
	type AuthoredQuestion,
	generatedQuestionSchema,
	type MultipleQuestion,
	type QuizQuestion,
	type SingleQuestion,
	type TrueFalseQuestion,
} from '../../src/schemas/quiz';

const single: SingleQuestion = {
	id: 'office-standard-plan-approver',
	group: 'office-standard-plan-approver',
	standard: 'office-standard',
	anchor: 's3',
	kind: 'single',
	difficulty: 1,
	prompt: '擬定好的會議方案,應報誰審批?',
	options: [
		{ id: 'deputy-or-secretary-general', text: '分管副秘書長或秘書長', correct: true },
		{ id: 'office-director', text: '辦公室主任' },
		{ id: 'chair', text: '會議主持人' },
	],
	explanation: { quote: '將擬定的會議方案報分管副秘書長或秘書長審批。' },
};

const multiple: MultipleQuestion = {
	id: 'county-meetings-three-cards',
	group: 'county-meetings-three-key-steps',
	standard: 'county-meetings',
	anchor: 's3',
	kind: 'multiple',
	difficulty: 2,
	prompt: '「三個標卡」指的是哪三種?',
	options: [
		{ id: 'seat', text: '會議席卡', correct: true },
		{ id: 'table', text: '就餐桌卡', correct: true },
		{ id: 'room', text: '房間歡迎卡', correct: true },
		{ id: 'pass', text: '車輛通行證' },
		{ id: 'badge', text: '出席證' },
	],
	explanation: { quote: '三是擺放三個標卡(即會議席卡、就餐桌卡、房間歡迎卡)。' },
};

const trueFalse: TrueFalseQuestion = {
	id: 'office-standard-sign-in-in-person',
	group: 'office-standard-sign-in-in-person',
	standard: 'office-standard',
	anchor: 's6-1',
	kind: 'true-false',
	difficulty: 1,
	prompt: '會議簽到時,與會人員可由同單位同事代為簽到。',
	answer: false,
	explanation: { quote: '要求與會人員本人簽到。' },
};

const secretaries: QuizFlow = {
	id: 'secretaries',
	standard: 'district-committee',
	anchor: 'flow-secretaries',
	title: '區委書記會流程',
	sections: [
		{
			id: 'steps',
			steps: [
				{ id: 'meeting-notice', label: '會議通知', anchor: 'flow-secretaries' },
				{ id: 'room-preparation', label: '會議室準備(冬夏季開空調、茶水供應)', anchor: 'flow-secretaries' },
				{ id: 'take-record', label: '會議記錄', anchor: 'flow-secretaries' },
				{ id: 'meeting-minutes', label: '會議紀要(除研究人事任免以外的事項)', anchor: 'flow-secretaries' },
				{ id: 'supervise-key-tasks', label: '重點工作督辦', anchor: 'flow-secretaries' },
			],
		},
	],
};

const step = (id: string) => ({ id, label: id, anchor: 's1' });
const sectioned: QuizFlow = {
	id: 'standard-process-2017',
	standard: 'standard-process-2017',
	anchor: 's1',
	title: '辦公室會務工作標準流程(2017版)',
	sections: [
		{ id: 'before', title: '會前準備工作', anchor: 's1', steps: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(step) },
		{ id: 'during', title: '會中工作', anchor: 's2', steps: ['h', 'i', 'j', 'k'].map(step) },
		{ id: 'after', title: '會後工作', anchor: 's3', steps: ['l', 'm'].map(step) },
		{ id: 'too-long', steps: ['n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v'].map(step) },
	],
};

const avTest: QuizTimingRule = {
	id: 'av-test',
	label: '音響、話筒、燈具調試',
	source: {
		standard: 'office-standard',
		anchor: 's4-3-3-4',
		quote: '會場內音響、話筒、燈具等應提前2小時調試,會前10分鐘重試,確保正常使用。',
	},
	compute: { kind: 'offset', due: { from: 'start', offset: -2, unit: 'h' } },
};

const transcript: QuizTimingRule = {
	id: 'transcript-24h',
	label: '完成錄音整理',
	source: {
		standard: 'standard-process-2017',
		anchor: 's3-2',
		quote: '會議結束后24小時內,完成錄音整理工作,如遇涉密錄音,由秘書整理。',
	},
	compute: { kind: 'offset', due: { from: 'end', offset: 24, unit: 'h' } },
};

const podiumRefill: QuizTimingRule = {
	id: 'podium-refill',
	label: '主席臺水杯補水',
	source: { standard: 'standard-process-2017', anchor: 's2-2', quote: '每15-20分鐘對主席臺水杯進行補水' },
	compute: { kind: 'recurring', every: { min: 15, max: 20, unit: 'min' } },
};

describe('scoring a single-choice question', () => {
	it('gives full marks for the right option only', () => {
		expect(scoreAnswer(single, 'deputy-or-secretary-general')).toEqual({ score: 1, correct: true });
		expect(scoreAnswer(single, 'office-director')).toEqual({ score: 0, correct: false });
	});

	it('scores an empty, unknown or malformed answer 0', () => {
		for (const answer of [undefined, null, '', [], 'no-such-option', true, ['office-director', 'chair']]) {
			expect(scoreAnswer(single, answer)).toEqual({ score: 0, correct: false });
		}
	});

	it('accepts the right option wrapped in a one-element list', () => {
		expect(scoreAnswer(single, ['deputy-or-secretary-general']).correct).toBe(true);
	});
});

describe('scoring a true-false question', () => {
	it('is all or nothing', () => {
		expect(scoreAnswer(trueFalse, false)).toEqual({ score: 1, correct: true });
		expect(scoreAnswer(trueFalse, true)).toEqual({ score: 0, correct: false });
	});

	it('does not take a string for a boolean', () => {
		expect(scoreAnswer(trueFalse, 'false').score).toBe(0);
		expect(scoreAnswer(trueFalse, undefined).score).toBe(0);
	});
});

describe('scoring a multiple-choice question', () => {
	it('gives full marks for exactly the right options, in any order', () => {
		expect(scoreAnswer(multiple, ['room', 'seat', 'table'])).toEqual({ score: 1, correct: true });
	});

	it('gives partial credit for some right options and no wrong one', () => {
		const result = scoreAnswer(multiple, ['seat', 'table']);
		expect(result.score).toBeCloseTo(2 / 3);
		expect(result.correct).toBe(false);
	});

	it('takes a wrong option off the right ones', () => {
		expect(scoreAnswer(multiple, ['seat', 'table', 'pass']).score).toBeCloseTo(1 / 3);
		expect(scoreAnswer(multiple, ['seat', 'table', 'room', 'pass']).score).toBeCloseTo(2 / 3);
	});

	it('never goes below 0', () => {
		expect(scoreAnswer(multiple, ['seat', 'pass', 'badge']).score).toBe(0);
		expect(scoreAnswer(multiple, ['pass']).score).toBe(0);
	});

	it('does not reward ticking everything', () => {
		const result = scoreAnswer(
			multiple,
			multiple.options.map((o) => o.id),
		);
		expect(result.score).toBeCloseTo(1 / 3);
		expect(result.correct).toBe(false);
	});

	it('counts a duplicated choice once', () => {
		expect(scoreAnswer(multiple, ['seat', 'seat', 'seat']).score).toBeCloseTo(1 / 3);
		expect(scoreAnswer(multiple, ['seat', 'table', 'room', 'room'])).toEqual({ score: 1, correct: true });
	});

	it('counts an unknown option as a wrong choice', () => {
		expect(scoreAnswer(multiple, ['seat', 'table', 'room', 'made-up'])).toEqual({ score: 2 / 3, correct: false });
	});

	it('scores an empty or malformed answer 0', () => {
		for (const answer of [undefined, null, [], 'seat', false]) expect(scoreAnswer(multiple, answer).score).toBe(0);
	});
});

describe('scoring an ordering question (pairs in the right relative order, beyond chance)', () => {
	const right = ['a', 'b', 'c', 'd', 'e'];

	it('gives full marks for the exact order only', () => {
		expect(orderingScore(right, right)).toBe(1);
		expect(orderingScore(right, ['a', 'b', 'c', 'e', 'd'])).toBeLessThan(1);
	});

	it('keeps most of the credit when one step is one place out', () => {
		// One swapped neighbour breaks 1 pair of 10: 9/10 in order → 2 × 0.9 − 1.
		expect(pairsInOrder(right, ['a', 'b', 'c', 'e', 'd'])).toBeCloseTo(0.9);
		expect(orderingScore(right, ['a', 'b', 'c', 'e', 'd'])).toBeCloseTo(0.8);
	});

	it('gives little for the last step put first, and 0 for half the pairs or fewer', () => {
		// 6 of 10 pairs in order: barely better than chance.
		expect(orderingScore(right, ['e', 'a', 'b', 'c', 'd'])).toBeCloseTo(0.2);
		expect(orderingScore(right, ['c', 'd', 'e', 'a', 'b'])).toBe(0);
	});

	it('scores the order steps are shown in 0, for every size and many seeds', () => {
		for (let n = 3; n <= 8; n++) {
			const order = Array.from({ length: n }, (_, i) => `s${i}`);
			for (let seed = 0; seed < 500; seed++) {
				const shown = scrambledOrder(order, `seed-${seed}`);
				expect([...shown].sort()).toEqual([...order].sort());
				expect(orderingScore(order, shown), `${n} steps, seed ${seed}`).toBe(0);
			}
		}
		expect(scrambledOrder(['a', 'b', 'c'], 'x')).toEqual(scrambledOrder(['a', 'b', 'c'], 'x'));
	});

	it('gives 0 for the reversed order', () => {
		expect(orderingScore(right, [...right].reverse())).toBe(0);
	});

	it('loses the pairs of a missing step', () => {
		expect(pairsInOrder(right, ['a', 'b', 'c', 'd'])).toBeCloseTo(6 / 10);
		expect(orderingScore(right, ['a', 'b', 'c', 'd'])).toBeCloseTo(0.2);
	});

	it('counts a repeated step where it first appears and ignores unknown ids', () => {
		expect(orderingScore(right, ['a', 'b', 'c', 'd', 'e', 'a'])).toBe(1);
		expect(orderingScore(right, ['x', 'a', 'b', 'c', 'd', 'e'])).toBe(1);
		expect(orderingScore(right, ['e', 'a', 'b', 'c', 'd', 'e'])).toBeCloseTo(0.2);
	});

	it('scores an empty or malformed answer 0 through scoreAnswer', () => {
		const question = orderingQuestion(secretaries)!;
		for (const answer of [undefined, null, [], 'meeting-notice', [1, 2, 3]]) {
			expect(scoreAnswer(question, answer)).toEqual({ score: 0, correct: false });
		}
	});
});

describe('scoring a seating question (share of seats right)', () => {
	const question = seatingQuestion(5, 'left');

	it('gives full marks for the rule order', () => {
		expect(scoreAnswer(question, [5, 3, 1, 2, 4])).toEqual({ score: 1, correct: true });
	});

	it('gives the share of seats holding the right rank', () => {
		expect(scoreAnswer(question, [5, 3, 1, 4, 2])).toEqual({ score: 0.6, correct: false });
		// The mirror image (以右為上) gets only the centre seat right.
		expect(scoreAnswer(question, [4, 2, 1, 3, 5]).score).toBeCloseTo(0.2);
	});

	it('counts an empty seat as wrong and ignores entries past the last seat', () => {
		expect(scoreAnswer(question, [5, 3, 1, null, null]).score).toBeCloseTo(0.6);
		expect(scoreAnswer(question, [5, 3, 1, 2, 4, 6])).toEqual({ score: 1, correct: true });
	});

	it('does not credit a rank written twice more than once per seat', () => {
		expect(scoreAnswer(question, [1, 1, 1, 1, 1]).score).toBeCloseTo(0.2);
	});

	it('scores an empty answer 0', () => {
		expect(scoreAnswer(question, [])).toEqual({ score: 0, correct: false });
		expect(scoreAnswer(question, undefined)).toEqual({ score: 0, correct: false });
	});
});

describe('scoring a whole quiz', () => {
	const questions: QuizQuestion[] = [single, multiple, trueFalse, seatingQuestion(3, 'left')];

	it('adds partial credit, reports the percentage and the missed ids in order', () => {
		const result = scoreQuiz(questions, {
			[single.id]: 'deputy-or-secretary-general',
			[multiple.id]: ['seat', 'table'],
			[trueFalse.id]: true,
			// seating left unanswered
		});
		expect(result.max).toBe(4);
		expect(result.total).toBeCloseTo(1 + 2 / 3);
		expect(result.percent).toBe(42);
		expect(result.missed).toEqual([multiple.id, trueFalse.id, 'gen-seating-3-left']);
		expect(result.results.map((r) => r.score)).toEqual([1, expect.closeTo(2 / 3), 0, 0]);
	});

	it('gives 100% with nothing missed when all is right', () => {
		const result = scoreQuiz(questions, {
			[single.id]: 'deputy-or-secretary-general',
			[multiple.id]: ['seat', 'table', 'room'],
			[trueFalse.id]: false,
			'gen-seating-3-left': [3, 1, 2],
		});
		expect(result).toMatchObject({ total: 4, max: 4, percent: 100, missed: [] });
	});

	it('scores an empty quiz as 0 of 0 without dividing by zero', () => {
		expect(scoreQuiz([], {})).toMatchObject({ total: 0, max: 0, percent: 0, missed: [] });
	});

	it('ignores answers to questions not in the quiz', () => {
		expect(scoreQuiz([trueFalse], { other: true, [trueFalse.id]: false }).total).toBe(1);
	});
});

describe('retrying the missed questions', () => {
	it('returns the questions not fully right, in the order asked', () => {
		const result = scoreQuiz([single, multiple, trueFalse], { [multiple.id]: ['seat'], [trueFalse.id]: false });
		expect(retryMissed(result)).toEqual([single, multiple]);
	});

	it('returns nothing when all was right, and shrinks as questions are got right', () => {
		const first = scoreQuiz([single, trueFalse], { [single.id]: 'chair', [trueFalse.id]: false });
		const retry = retryMissed(first);
		expect(retry).toEqual([single]);
		expect(retryMissed(scoreQuiz(retry, { [single.id]: 'deputy-or-secretary-general' }))).toEqual([]);
	});
});

describe('seeded shuffle', () => {
	const items = Array.from({ length: 20 }, (_, i) => i);

	it('gives the same order for the same seed, number or string', () => {
		expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
		expect(seededShuffle(items, '2026-03-01')).toEqual(seededShuffle(items, '2026-03-01'));
	});

	it('is stable across releases and engines (a saved seed must replay the same quiz)', () => {
		// The reference mulberry32 sequence for seed 1.
		const random = seededRandom(1);
		expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
		expect(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f'], 1)).toEqual(['e', 'b', 'f', 'c', 'a', 'd']);
		expect(seedFrom('a')).toBe(0xe40c292c); // FNV-1a
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set([1, 2, 3, 4, 5].map((seed) => seededShuffle(items, seed).join()));
		expect(orders.size).toBe(5);
	});

	it('returns a permutation and leaves the input alone', () => {
		const input = [...items];
		const shuffled = seededShuffle(input, 7);
		expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
		expect(input).toEqual(items);
	});
});

describe('picking questions from the bank', () => {
	const bank: AuthoredQuestion[] = Array.from({ length: 30 }, (_, i) => ({
		...trueFalse,
		id: `q-${i}`,
		group: `g-${i}`,
		standard: i % 3 === 0 ? 'school-procedure' : 'office-standard',
	}));

	it('picks the same questions for the same seed', () => {
		const a = pickQuestions(bank, { count: 10, seed: 'week-12' });
		expect(a).toHaveLength(10);
		expect(pickQuestions(bank, { count: 10, seed: 'week-12' })).toEqual(a);
		expect(new Set(a.map((q) => q.id)).size).toBe(10);
	});

	it('picks another selection for another seed', () => {
		const ids = (seed: string) =>
			pickQuestions(bank, { count: 10, seed })
				.map((q) => q.id)
				.join();
		expect(ids('a')).not.toBe(ids('b'));
	});

	it('keeps to one standard when asked', () => {
		const picked = pickQuestions(bank, { standard: 'school-procedure', count: 50, seed: 1 });
		expect(picked).toHaveLength(10);
		expect(picked.every((q) => q.standard === 'school-procedure')).toBe(true);
	});

	it('draws at most one question per fact group, and at most one seating question', () => {
		const grouped: QuizQuestion[] = [
			...bank.map((q, i) => ({ ...q, group: `g-${i % 7}` })),
			...[3, 4, 5, 6].map((count) => ({ ...seatingQuestion(count), group: `seat-${count}` })),
		];
		for (let seed = 0; seed < 2000; seed++) {
			const picked = pickQuestions(grouped, { count: 10, seed });
			expect(picked).toHaveLength(8); // 7 groups + one seating question
			expect(new Set(picked.map((q) => q.group)).size).toBe(picked.length);
			expect(picked.filter((q) => q.kind === 'seating')).toHaveLength(1);
		}
	});

	it('returns nothing for a count of 0 or an unknown standard', () => {
		expect(pickQuestions(bank, { count: 0, seed: 1 })).toEqual([]);
		expect(pickQuestions(bank, { standard: 'nowhere', count: 5, seed: 1 })).toEqual([]);
	});
});

describe('generated ordering questions', () => {
	it("asks for the flow's steps, with the flow's step order as the answer", () => {
		const question = orderingQuestion(secretaries)!;
		const stepIds = secretaries.sections[0]!.steps.map((s) => s.id);
		expect(question.answer).toEqual(stepIds);
		expect(question.items.map((i) => i.id).sort()).toEqual([...stepIds].sort());
		expect(question.items.map((i) => i.id)).not.toEqual(stepIds);
		expect(question.items.find((i) => i.id === 'take-record')?.label).toBe('會議記錄');
	});

	it('has a deterministic id, the source anchor and the flow title as prompt', () => {
		const question = orderingQuestion(secretaries)!;
		expect(question).toMatchObject({
			id: 'gen-order-secretaries-steps',
			kind: 'ordering',
			standard: 'district-committee',
			anchor: 'flow-secretaries',
			group: 'order-secretaries-steps',
			prompt: { code: 'prompt-ordering', params: { standard: 'district-committee', title: '區委書記會流程' } },
		});
		expect(orderingQuestion(secretaries)).toEqual(question);
		expect(generatedQuestionSchema.safeParse(question).success).toBe(true);
	});

	it('follows the flow data when it changes', () => {
		const reordered: QuizFlow = {
			...secretaries,
			sections: [{ id: 'steps', steps: [...secretaries.sections[0]!.steps].reverse() }],
		};
		expect(orderingQuestion(reordered)!.answer).toEqual([
			'supervise-key-tasks',
			'meeting-minutes',
			'take-record',
			'room-preparation',
			'meeting-notice',
		]);
	});

	it('makes one question per section of 3 to 8 steps, anchored at the section', () => {
		const questions = orderingQuestions(sectioned);
		expect(questions.map((q) => q.id)).toEqual(['gen-order-standard-process-2017-before', 'gen-order-standard-process-2017-during']);
		expect(questions.map((q) => q.anchor)).toEqual(['s1', 's2']);
		expect(questions[1]!.prompt).toEqual({
			code: 'prompt-ordering-section',
			params: { standard: 'standard-process-2017', title: '辦公室會務工作標準流程(2017版)', section: '會中工作' },
		});
		expect(orderingQuestion(sectioned, 'after')).toBeUndefined();
		expect(orderingQuestion(sectioned, 'too-long')).toBeUndefined();
		expect(orderingQuestion(sectioned, 'missing')).toBeUndefined();
	});

	it('never shows a flow with more than half of its step pairs in order', () => {
		for (let n = 3; n <= 8; n++) {
			for (let f = 0; f < 20; f++) {
				const flow: QuizFlow = {
					...secretaries,
					id: `flow-${f}`,
					sections: [{ id: 's', steps: Array.from({ length: n }, (_, i) => step(`step-${i}`)) }],
				};
				const question = orderingQuestion(flow)!;
				expect(
					pairsInOrder(
						question.answer,
						question.items.map((i) => i.id),
					),
				).toBeLessThanOrEqual(0.5);
			}
		}
	});

	it('scores its own answer full marks', () => {
		const question = orderingQuestion(secretaries)!;
		expect(scoreAnswer(question, question.answer)).toEqual({ score: 1, correct: true });
		expect(
			scoreAnswer(
				question,
				question.items.map((i) => i.id),
			).correct,
		).toBe(false);
	});
});

describe('generated timing questions', () => {
	it("has the rule's time as the one right option, and carries its source", () => {
		const question = timingQuestion(avTest)!;
		expect(question).toMatchObject({
			id: 'gen-timing-av-test',
			kind: 'timing',
			standard: 'office-standard',
			anchor: 's4-3-3-4',
			explanation: { quote: avTest.source.quote },
			group: 'av-test',
			prompt: { code: 'prompt-timing-av-test', params: { standard: 'office-standard', label: '音響、話筒、燈具調試', from: 'start' } },
		});
		const right = question.options.filter((o) => o.correct);
		expect(right).toEqual([{ id: 'amount-2', offset: -2, unit: 'h', from: 'start', correct: true }]);
		expect(scoreAnswer(question, 'amount-2')).toEqual({ score: 1, correct: true });
		expect(generatedQuestionSchema.safeParse(question).success).toBe(true);
	});

	it('derives distractors by changing only the amount', () => {
		const question = timingQuestion(transcript)!;
		expect(question.options).toHaveLength(4);
		const wrong = question.options.filter((o) => !o.correct);
		expect(wrong.map((o) => o.offset).sort((a, b) => a - b)).toEqual([12, 48, 72]);
		expect(wrong.every((o) => o.unit === 'h' && o.from === 'end')).toBe(true);
		expect(new Set(question.options.map((o) => o.id)).size).toBe(4);
	});

	it('keeps a time before the start before the start', () => {
		const question = timingQuestion(avTest)!;
		expect(question.options.every((o) => o.offset < 0 && o.from === 'start')).toBe(true);
		expect(question.options.map((o) => o.offset).sort((a, b) => a - b)).toEqual([-6, -4, -2, -1]);
	});

	it('offers given amounts instead, dropping the right one and duplicates', () => {
		const question = timingQuestion(transcript, [48, 24, 2, 48])!;
		expect(question.options.map((o) => o.offset).sort((a, b) => a - b)).toEqual([2, 24, 48]);
	});

	it('is deterministic', () => {
		expect(timingQuestion(transcript)).toEqual(timingQuestion(transcript));
	});

	it('makes no question of a rule that is not a single offset', () => {
		expect(timingQuestion(podiumRefill)).toBeUndefined();
		expect(timingQuestion({ ...avTest, compute: { kind: 'offset', due: { from: 'start', offset: 0, unit: 'h' } } })).toBeUndefined();
		expect(timingQuestions([avTest, podiumRefill, transcript]).map((q) => q.id)).toEqual([
			'gen-timing-av-test',
			'gen-timing-transcript-24h',
		]);
	});

	it('spells an option with the before/after, reference and unit codes', () => {
		expect(timingOptionCodes({ offset: -2, unit: 'h', from: 'start' })).toEqual({
			code: 'timing-before',
			amount: 2,
			from: 'from-start',
			unit: 'unit-h',
		});
		expect(timingOptionCodes({ offset: 2, unit: 'workday', from: 'end' }).code).toBe('timing-after');
	});

	it("reproduces every offset rule of content/rules, quoting the rule's own source", () => {
		const dir = new URL('../../content/rules/', import.meta.url);
		const rules = readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as QuizTimingRule);
		const offsetRules = rules.filter((rule) => rule.compute.kind === 'offset');
		const questions = timingQuestions(rules);
		expect(questions).toHaveLength(offsetRules.length);
		questions.forEach((question, i) => {
			const rule = offsetRules[i]!;
			if (rule.compute.kind !== 'offset') throw new Error('unreachable');
			expect(question.options.find((o) => o.correct)?.offset).toBe(rule.compute.due.offset);
			expect(question.explanation.quote).toBe(rule.source.quote);
			expect(question.options.length).toBeGreaterThanOrEqual(3);
		});
	});
});

describe('generated seating questions', () => {
	it('has rostrumOrder as its answer for every size and honour', () => {
		for (let count = 1; count <= 12; count++) {
			for (const honour of ['left', 'right'] as const) {
				const question = seatingQuestion(count, honour);
				expect(question.answer).toEqual(rostrumOrder(count, honour));
				expect(question.id).toBe(`gen-seating-${count}-${honour}`);
				expect(scoreAnswer(question, rostrumOrder(count, honour)).correct).toBe(true);
			}
		}
	});

	it('puts five leaders as 5 3 1 2 4 seen from the audience', () => {
		expect(seatingQuestion(5).answer).toEqual([5, 3, 1, 2, 4]);
	});

	it('cites the rostrum clause of 第二篇 and prompts with the seat count', () => {
		const question = seatingQuestion(4, 'right');
		expect(question).toMatchObject({
			standard: 'office-standard',
			anchor: 's4-3-2-1',
			group: 'rostrum-order',
			prompt: { code: 'prompt-seating', params: { standard: 'office-standard', count: 4, honour: 'right' } },
		});
		const source = readFileSync(new URL('../../content/source/standards.txt', import.meta.url), 'utf8');
		expect(source).toContain(question.explanation.quote);
		expect(generatedQuestionSchema.safeParse(question).success).toBe(true);
	});
});

describe('quiz messages', () => {
	const codes = new Set(Object.keys(quizMessages));

	it('names every kind and every prompt the generators use', () => {
		for (const kind of ['single', 'multiple', 'true-false', 'ordering', 'timing', 'seating']) {
			expect(codes.has(`kind-${kind}`), kind).toBe(true);
		}
		const prompts = [orderingQuestion(secretaries)!, ...orderingQuestions(sectioned), timingQuestion(avTest)!, seatingQuestion(3)].map(
			(q) => q.prompt.code,
		);
		for (const code of prompts) expect(codes.has(code), code).toBe(true);
	});

	it('has every placeholder a generated prompt needs', () => {
		for (const question of [orderingQuestions(sectioned)[0]!, seatingQuestion(3)]) {
			const template: string = quizMessages[question.prompt.code as keyof typeof quizMessages];
			for (const name of Object.keys(question.prompt.params)) expect(template).toContain(`{${name}}`);
		}
		// A timing question's own wording names the standard; the general fallback also the rule's label.
		expect(quizMessages['prompt-timing-av-test']).toContain('{standard}');
		for (const code of ['prompt-timing-start', 'prompt-timing-end'] as const) {
			expect(quizMessages[code]).toContain('{standard}');
			expect(quizMessages[code]).toContain('{label}');
		}
	});

	it('spells every code a timing option or seating honour refers to', () => {
		for (const unit of ['min', 'h', 'day', 'workday'] as const) {
			for (const from of ['start', 'end'] as const) {
				const parts = timingOptionCodes({ offset: -1, unit, from });
				for (const code of [parts.code, parts.from, parts.unit]) expect(codes.has(code), code).toBe(true);
			}
		}
		expect(codes.has('honour-left') && codes.has('honour-right')).toBe(true);
	});

	it('states the scoring rules the page shows, and the score line', () => {
		expect(quizMessages['scoring-rules']).toContain('排序題');
		expect(quizMessages['score']).toBe('得分 {score}/{max}');
		expect(quizMessages['retry-missed']).toContain('重做錯題');
		expect(quizMessages['retry-missed']).toContain('不計成績');
		expect(quizMessages['redo-whole']).toContain('重做整組');
		expect(quizMessages['view-clause']).toBe('查看條文');
	});
});
