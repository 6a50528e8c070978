import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../../src/data/deadlineRules';
import { ruleTiming } from '../../src/lib/ruleTiming';

const timingOf = (id: string) => ruleTiming(deadlineRules.find((rule) => rule.id === id)!.compute);

describe('ruleTiming states each rule as the standard does', () => {
	it('before the start: 會前 2 小時, 10 分鐘, 2 天', () => {
		expect(timingOf('av-test')).toEqual({ code: 'before-start', amount: 2, unit: 'h' });
		expect(timingOf('av-retest')).toEqual({ code: 'before-start', amount: 10, unit: 'min' });
		expect(timingOf('catering-confirm')).toEqual({ code: 'before-start', amount: 2, unit: 'day' });
	});

	it('after the end: 48 小時, 2 個工作日', () => {
		expect(timingOf('minutes-48h')).toEqual({ code: 'after-end', amount: 48, unit: 'h' });
		expect(timingOf('minutes-draft-2wd')).toEqual({ code: 'after-end', amount: 2, unit: 'workday' });
	});

	it('a window before the start: 會議開始前 10—15 分鐘進場, earlier bound first', () => {
		expect(timingOf('room-check')).toEqual({ code: 'window-before-start', from: 15, to: 10, unit: 'min' });
	});

	it('repeated during the meeting, and the previous week’s Friday', () => {
		expect(timingOf('tea-refill')).toEqual({ code: 'every', min: 10, max: 15 });
		expect(timingOf('notice-next-week')).toEqual({ code: 'previous-week', weekday: 5, time: '16:00' });
	});

	it('covers offsets after the start and before the end too', () => {
		expect(ruleTiming({ kind: 'offset', due: { from: 'start', offset: 30, unit: 'min' } })).toEqual({
			code: 'after-start',
			amount: 30,
			unit: 'min',
		});
		expect(ruleTiming({ kind: 'offset', due: { from: 'end', offset: -1, unit: 'h' } })).toEqual({
			code: 'before-end',
			amount: 1,
			unit: 'h',
		});
		expect(ruleTiming({ kind: 'window', from: { from: 'end', offset: 0, unit: 'h' }, due: { from: 'end', offset: 2, unit: 'h' } })).toEqual(
			{ code: 'after-end', amount: 2, unit: 'h' },
		);
	});

	it('has a timing for every rule in content/rules', () => {
		for (const rule of deadlineRules) expect(ruleTiming(rule.compute).code).toMatch(/^[a-z-]+$/);
	});
});
