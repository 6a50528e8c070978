import { describe, expect, it } from 'vitest';
import { examQuestions, type ExamSources } from '../../src/components/training/examPaper';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { promptText, type StandardNames } from '../../src/i18n/quizText';
import { scoreAnswer } from '../../src/lib/quiz';
import { quizQuestions } from '../../src/lib/quizSets';
import { rostrumOrder } from '../../src/lib/seating';
import { questionBank } from '../support/quizBank';

const bank = questionBank();
const standards = {
	'county-meetings': { part: '第一篇', title: 'a' },
	'office-standard': { part: '第二篇', title: 'b' },
	'district-committee': { part: '第三篇', title: 'c' },
	'standard-process-2017': { part: '第四篇', title: 'd' },
	'school-procedure': { part: '第五篇', title: 'e' },
} satisfies StandardNames;
const sources: ExamSources = {
	noticeWeeks: [{ meeting: '2025-10-13', friday: '2025-10-03', holiday: '國慶節、中秋節', lastWorkday: '2025-09-30' }],
	noticeRule: { standard: 'school-procedure', anchor: 's2-1', quote: '下周會議通知一般應于上周五下午4點前發出。' },
	flows: [
		{
			id: 'on-site',
			title: '現場會流程',
			standard: 'district-committee',
			anchor: 'flow-on-site',
			steps: ['擬定活動方案', '會議通知', '現場會場地布置', '落實車輛、踩點', '會務'].map((label, i) => ({ id: `s${i}`, label })),
		},
		{
			id: 'other',
			title: 'x',
			standard: 'district-committee',
			anchor: 'flow-plenary',
			steps: ['會議籌備', '彩排', '簽到', '倒水'].map((label, i) => ({ id: `o${i}`, label })),
		},
	],
};

describe('the exam paper', () => {
	it('asks the quiz of the set and seed, then the three scenario questions', () => {
		const { questions, scenarios } = examQuestions(bank, 'mixed', 'exam-1', sources, quizMessages, standards);
		expect(scenarios).toBe(3);
		expect(questions.slice(0, -3)).toEqual(quizQuestions(bank, 'mixed', 'exam-1'));
		const [notice, rostrum, missing] = questions.slice(-3);
		expect(promptText(notice!, quizMessages, standards)).toContain('2025-10-13(週一)');
		expect(notice!.kind === 'single' && notice!.options.find((o) => o.correct)?.text).toBe('2025-09-30(週二)');
		expect(rostrum!.kind === 'seating' && rostrum!.answer).toEqual(rostrumOrder(7, 'left'));
		expect(promptText(rostrum!, quizMessages, standards)).toMatch(/^依第二篇,主席臺一排 7 個座位.*7 號/);
		expect(scoreAnswer(rostrum!, rostrumOrder(7, 'left')).correct).toBe(true);
		expect(missing!.kind).toBe('single');
	});

	it('is the same paper for the same seed', () => {
		const a = examQuestions(bank, 'school-procedure', 'abc', sources, quizMessages, standards);
		expect(examQuestions(bank, 'school-procedure', 'abc', sources, quizMessages, standards)).toEqual(a);
	});
});
