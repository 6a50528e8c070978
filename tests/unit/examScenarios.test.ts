import { describe, expect, it } from 'vitest';
import { missingItemScenario, noticeScenario, rostrumScenario, type NoticeWeek, type ScenarioFlow } from '../../src/lib/examScenarios';
import { rostrumOrder } from '../../src/lib/seating';

const weeks: NoticeWeek[] = [
	{ meeting: '2025-10-13', friday: '2025-10-03', holiday: '國慶節、中秋節', lastWorkday: '2025-09-30' },
	{ meeting: '2025-05-06', friday: '2025-05-02', holiday: '勞動節', lastWorkday: '2025-04-30' },
];

describe('the notice deadline of a week with a holiday', () => {
	it('keys the last working day before the holiday Friday, among the usual mistakes', () => {
		for (let i = 0; i < 200; i++) {
			const scenario = noticeScenario(weeks, `s${i}`)!;
			const right = scenario.options.filter((o) => o.correct);
			expect(right).toHaveLength(1);
			expect(right[0]!.value).toBe(scenario.params.lastWorkday);
			expect(scenario.options.map((o) => o.value)).toContain(scenario.params.friday);
			expect(new Set(scenario.options.map((o) => o.value)).size).toBe(scenario.options.length);
		}
		expect(noticeScenario(weeks, 'a')).toEqual(noticeScenario(weeks, 'a'));
		expect(noticeScenario([], 'a')).toBeUndefined();
	});
});

describe('seven names on the rostrum', () => {
	it('answers with rostrumOrder and gives seven different names', () => {
		const scenario = rostrumScenario('x', 10);
		expect(scenario.answer).toEqual(rostrumOrder(7, 'left'));
		expect(new Set(scenario.names).size).toBe(7);
		expect(rostrumScenario('x', 10)).toEqual(scenario);
		expect(rostrumScenario('y', 10).names).not.toEqual(scenario.names);
	});
});

describe('the missing item of a checklist', () => {
	const flows: ScenarioFlow[] = [
		{ id: 'a', title: 'A', steps: ['通知', '準備', '會務', '記錄', '紀要'].map((label, i) => ({ id: `a${i}`, label })) },
		{ id: 'b', title: 'B', steps: ['通知', '踩點', '彩排', '簽到'].map((label, i) => ({ id: `b${i}`, label })) },
	];
	it('leaves out one step and offers it among steps the flow does not have', () => {
		for (let i = 0; i < 100; i++) {
			const scenario = missingItemScenario(flows, `s${i}`)!;
			const flow = flows.find((f) => f.id === scenario.flow)!;
			const right = scenario.options.find((o) => o.correct)!;
			expect(scenario.shown).not.toContain(right.value);
			expect(scenario.shown.length).toBe(flow.steps.length - 1);
			const own = new Set(flow.steps.map((s) => s.label));
			for (const option of scenario.options.filter((o) => !o.correct)) expect(own.has(option.value)).toBe(false);
		}
	});
});
