import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { formatPoints, promptText, rightAnswerText, setName, timingOptionText, type StandardNames } from '../../src/i18n/quizText';
import { seatingQuestion, timingQuestion } from '../../src/lib/quizGenerators';
import type { MultipleQuestion, OrderingQuestion } from '../../src/schemas/quiz';

const standards = {
	'county-meetings': { part: '第一篇', title: '縣人民政府辦公室會務工作交流材料' },
	'office-standard': { part: '第二篇', title: '辦公室會務工作規范' },
	'district-committee': { part: '第三篇', title: '區委辦公室會務工作規范' },
	'standard-process-2017': { part: '第四篇', title: '辦公室會務工作標準流程(2017版)' },
	'school-procedure': { part: '第五篇', title: '學校辦公室會務工作程序' },
} satisfies StandardNames;

const avTest = timingQuestion({
	id: 'av-test',
	label: '音響、話筒、燈具調試',
	source: { standard: 'office-standard', anchor: 's4-3-3-4', quote: 'q' },
	compute: { kind: 'offset', due: { from: 'start', offset: -2, unit: 'h' } },
})!;

describe('question text', () => {
	it('asks a timing question in its own natural wording, naming the standard by its part', () => {
		expect(promptText(avTest, quizMessages, standards)).toBe('依第二篇,會場音響、話筒、燈具應在會議開始前多久調試?');
	});

	it('falls back to a general wording for a rule without its own', () => {
		const newRule = timingQuestion({
			id: 'new-rule',
			label: '會議材料送審',
			source: { standard: 'school-procedure', anchor: 's1', quote: 'q' },
			compute: { kind: 'offset', due: { from: 'start', offset: -1, unit: 'day' } },
		})!;
		expect(promptText(newRule, quizMessages, standards)).toBe('依第五篇,「會議材料送審」應在會議開始前多久?');
	});

	it('spells out the honour rule of a seating question', () => {
		expect(promptText(seatingQuestion(5, 'left'), quizMessages, standards)).toContain('以左為上');
	});

	it('reads timing options as times before the start or within a span after the end', () => {
		expect(timingOptionText({ offset: -2, unit: 'h', from: 'start' }, quizMessages)).toBe('會議開始前 2 小時');
		expect(timingOptionText({ offset: 2, unit: 'workday', from: 'end' }, quizMessages)).toBe('會議結束後 2 個工作日內');
	});
});

describe('the right answer spelled out', () => {
	it('for each kind', () => {
		const multiple: MultipleQuestion = {
			id: 'm',
			group: 'm',
			standard: 'county-meetings',
			anchor: 's3',
			kind: 'multiple',
			difficulty: 1,
			prompt: 'p',
			explanation: { quote: 'q' },
			options: [
				{ id: 'a', text: '會議席卡', correct: true },
				{ id: 'b', text: '就餐桌卡', correct: true },
				{ id: 'c', text: '車輛通行證' },
			],
		};
		const ordering: OrderingQuestion = {
			id: 'o',
			group: 'o',
			standard: 'district-committee',
			anchor: 'flow-secretaries',
			kind: 'ordering',
			difficulty: 1,
			prompt: { code: 'prompt-ordering', params: { title: 't' } },
			explanation: {},
			items: [
				{ id: 'y', label: '會議記錄' },
				{ id: 'x', label: '會議通知' },
			],
			answer: ['x', 'y'],
		};
		expect(rightAnswerText(multiple, quizMessages)).toBe('會議席卡、就餐桌卡');
		expect(rightAnswerText(ordering, quizMessages)).toBe('會議通知 → 會議記錄');
		expect(rightAnswerText(avTest, quizMessages)).toBe('會議開始前 2 小時');
		expect(rightAnswerText(seatingQuestion(3, 'left'), quizMessages)).toBe('第 1 座 3 號、第 2 座 1 號、第 3 座 2 號');
	});
});

describe('names and numbers', () => {
	it('names a quiz', () => {
		expect(setName('office-standard', quizMessages, standards, 3)).toBe('第二篇《辦公室會務工作規范》');
		expect(setName('mixed', quizMessages, standards, 3)).toContain('3 題');
	});

	it('shows partial credit with at most two decimals', () => {
		expect(formatPoints(9)).toBe('9');
		expect(formatPoints(8 + 2 / 3)).toBe('8.67');
		expect(formatPoints(0.5)).toBe('0.5');
	});
});
