import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../../src/data/deadlineRules';
import { meetingDeadlines } from '../../src/lib/deadlines';
import { addWorkdays, dayKind, officialWorkCalendar, workCalendar } from '../../src/lib/workdays';
import type { CalendarYear } from '../../src/schemas/calendar';

/** The working-day logic takes its calendar as data; the official one is only the default. */
const invented: CalendarYear = {
	year: 2031,
	notice: { title: '國務院辦公廳關於2031年部分節假日安排的通知', issued: '2030-11-01', url: 'https://example.org/2031' },
	// Wednesday 2031-03-05 off, Saturday 2031-03-08 worked instead.
	holidays: [{ name: '測試假期', start: '2031-03-05', end: '2031-03-05', workdays: ['2031-03-08'] }],
};

describe('a calendar passed as data', () => {
	const calendar = workCalendar([invented]);

	it('judges days by the given notice, and the year counts as covered', () => {
		expect(dayKind('2031-03-05', calendar)).toEqual({ kind: 'holiday', covered: true, holiday: '測試假期' });
		expect(dayKind('2031-03-08', calendar)).toEqual({ kind: 'adjusted-workday', covered: true, holiday: '測試假期' });
		expect(dayKind('2031-03-05')).toEqual({ kind: 'workday', covered: false });
	});

	it('counts working days with it, and the official calendar stays the default', () => {
		// Tue 03-04 + 1: Wed is off → Thu 03-06
		expect(addWorkdays('2031-03-04', 1, calendar)).toEqual({ date: '2031-03-06', provisional: false });
		expect(addWorkdays('2031-03-04', 1)).toEqual({ date: '2031-03-05', provisional: true });
		expect(addWorkdays('2031-03-04', 1, officialWorkCalendar)).toEqual(addWorkdays('2031-03-04', 1));
	});

	it('feeds meetingDeadlines, which takes rules and calendar as arguments', () => {
		const meeting = { start: '2031-03-10T09:00', end: '2031-03-10T11:00' };
		const withOfficial = meetingDeadlines(meeting);
		expect(meetingDeadlines(meeting, deadlineRules)).toEqual(withOfficial);
		const withInvented = meetingDeadlines(meeting, deadlineRules, calendar);
		// the same rules (their order may differ: a due moved off an invented holiday falls earlier)
		expect(withInvented.map((deadline) => deadline.rule).sort()).toEqual(withOfficial.map((deadline) => deadline.rule).sort());
		expect(withInvented.every((deadline) => !deadline.provisional)).toBe(true);
		expect(withOfficial.some((deadline) => deadline.provisional)).toBe(true);
		const one = deadlineRules.slice(0, 1);
		expect(meetingDeadlines(meeting, one, calendar).map((deadline) => deadline.rule)).toEqual([one[0]!.id]);
	});
});
