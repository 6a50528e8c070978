import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialCalendars } from '../../src/data/calendar';
import { addDays, DateInputError, dateFromDayNumber, dayNumber, minuteNumber, weekday } from '../../src/lib/civilDate';
import { addWorkdays, dayKind, nextWorkday, previousWorkday } from '../../src/lib/workdays';

function codeOf(action: () => unknown): string | undefined {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(DateInputError);
		return (error as DateInputError).code;
	}
	return undefined;
}

describe('date strings', () => {
	it('round-trips day numbers, with 1970-01-01 as day 0', () => {
		expect(dayNumber('1970-01-01')).toBe(0);
		for (const date of ['2024-02-29', '2026-02-14', '2026-12-31', '2027-01-01', '2000-03-01']) {
			expect(dateFromDayNumber(dayNumber(date))).toBe(date);
		}
	});

	it('rejects impossible dates with the code invalid-date', () => {
		for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', 'abc', '2026-2-3', '', '2026-02-14T09:00']) {
			expect(codeOf(() => dayNumber(bad))).toBe('invalid-date');
		}
		expect(codeOf(() => addWorkdays('2026-02-30', 1))).toBe('invalid-date');
		expect(codeOf(() => dayKind('abc'))).toBe('invalid-date');
	});

	it('knows the weekday (ISO, Monday = 1)', () => {
		expect(weekday('2026-02-14')).toBe(6);
		expect(weekday('2026-02-15')).toBe(7);
		expect(weekday('2026-11-27')).toBe(5);
		expect(weekday('1970-01-01')).toBe(4);
	});

	it('adds calendar days across months, leap days and years', () => {
		expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
	});

	it('does minute arithmetic on wall-clock date-times', () => {
		expect(minuteNumber('1970-01-02T00:00')).toBe(1440);
		for (const bad of ['2026-11-27T24:00', '2026-11-27T09:60', '2026-02-30T09:00', '2026-11-27 09:00', '2026-11-27']) {
			expect(codeOf(() => minuteNumber(bad))).toBe('invalid-date-time');
		}
	});
});

describe('dayKind', () => {
	it('names each kind of day in a covered year', () => {
		expect(dayKind('2026-03-10')).toEqual({ kind: 'workday', covered: true });
		expect(dayKind('2026-03-07')).toEqual({ kind: 'weekend', covered: true });
		expect(dayKind('2026-02-17')).toEqual({ kind: 'holiday', covered: true, holiday: '春節' });
		expect(dayKind('2026-02-14')).toEqual({ kind: 'adjusted-workday', covered: true, holiday: '春節' });
	});

	it('counts a weekend day inside a holiday period as a holiday', () => {
		expect(weekday('2026-02-21')).toBe(6);
		expect(dayKind('2026-02-21').kind).toBe('holiday');
		expect(dayKind('2026-10-04').kind).toBe('holiday');
	});

	it('treats the 調休 weekend days of 2026 as working days', () => {
		for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
			expect(weekday(date)).toBeGreaterThanOrEqual(6);
			expect(dayKind(date).kind).toBe('adjusted-workday');
		}
	});

	it('guesses Monday–Friday in a year without data and says so', () => {
		// 2027-01-01 will surely be a holiday, but no notice says so yet
		expect(dayKind('2027-01-01')).toEqual({ kind: 'workday', covered: false });
		expect(dayKind('2027-01-02')).toEqual({ kind: 'weekend', covered: false });
	});
});

describe('addWorkdays across 春節 2026 (2/15–2/23 off; 2/14 and 2/28 worked)', () => {
	it('lands on the adjusted Saturday 2/14', () => {
		expect(addWorkdays('2026-02-13', 1)).toEqual({ date: '2026-02-14', provisional: false });
	});

	it('jumps the whole holiday', () => {
		expect(addWorkdays('2026-02-14', 1)).toEqual({ date: '2026-02-24', provisional: false });
		expect(addWorkdays('2026-02-13', 2)).toEqual({ date: '2026-02-24', provisional: false });
		expect(addWorkdays('2026-02-16', 1)).toEqual({ date: '2026-02-24', provisional: false });
	});

	it('counts the adjusted Saturday 2/28', () => {
		expect(addWorkdays('2026-02-27', 1).date).toBe('2026-02-28');
		expect(addWorkdays('2026-02-26', 3).date).toBe('2026-03-02');
	});
});

describe('addWorkdays across 國慶 2026 (10/1–10/7 off; 9/20 and 10/10 worked)', () => {
	it('jumps the holiday from 9/30', () => {
		expect(addWorkdays('2026-09-30', 1).date).toBe('2026-10-08');
		expect(addWorkdays('2026-09-30', 2)).toEqual({ date: '2026-10-09', provisional: false });
	});

	it('counts Saturday 10/10 and Sunday 9/20', () => {
		expect(addWorkdays('2026-10-09', 1).date).toBe('2026-10-10');
		expect(addWorkdays('2026-09-18', 1).date).toBe('2026-09-20');
	});

	it('skips 中秋 9/25–9/27 just before', () => {
		expect(addWorkdays('2026-09-24', 1).date).toBe('2026-09-28');
	});
});

describe('addWorkdays across 勞動節 2026 (5/1–5/5 off; 5/9 worked)', () => {
	it('jumps the holiday and counts Saturday 5/9', () => {
		expect(addWorkdays('2026-04-30', 1).date).toBe('2026-05-06');
		expect(addWorkdays('2026-05-08', 1).date).toBe('2026-05-09');
		expect(addWorkdays('2026-05-08', 2).date).toBe('2026-05-11');
	});
});

describe('addWorkdays in ordinary weeks and its edges', () => {
	it('skips a plain weekend', () => {
		expect(addWorkdays('2026-11-27', 1).date).toBe('2026-11-30');
		expect(addWorkdays('2026-11-28', 1).date).toBe('2026-11-30');
	});

	it('returns the date itself for n = 0, without judging it', () => {
		expect(addWorkdays('2026-02-15', 0)).toEqual({ date: '2026-02-15', provisional: false });
		expect(addWorkdays('2027-06-01', 0)).toEqual({ date: '2027-06-01', provisional: false });
	});

	it('counts backwards for negative n', () => {
		expect(addWorkdays('2026-10-08', -1).date).toBe('2026-09-30');
		expect(previousWorkday('2026-10-02')).toEqual({ date: '2026-09-30', provisional: false });
		expect(previousWorkday('2026-02-20').date).toBe('2026-02-14');
		expect(nextWorkday('2026-10-02').date).toBe('2026-10-08');
	});

	it('rejects a count that is not an integer', () => {
		expect(codeOf(() => addWorkdays('2026-11-27', 1.5))).toBe('invalid-workday-count');
		expect(codeOf(() => addWorkdays('2026-11-27', Number.NaN))).toBe('invalid-workday-count');
	});
});

describe('provisional results in years without official data', () => {
	it('marks a count that crosses into 2027', () => {
		// 12/31, then 2027-01-01 (a guess), 01-04, 01-05, 01-06
		expect(addWorkdays('2026-12-30', 5)).toEqual({ date: '2027-01-06', provisional: true });
	});

	it('does not mark a count that stays inside 2026', () => {
		expect(addWorkdays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
	});

	it('marks any count inside 2027', () => {
		expect(addWorkdays('2027-03-05', 1)).toEqual({ date: '2027-03-08', provisional: true });
	});

	it('marks a backward count that reaches back before the data', () => {
		// 2025-01-01 is 元旦; the day before it lies in 2024, which has no file
		expect(addWorkdays('2025-01-02', -1)).toEqual({ date: '2024-12-31', provisional: true });
	});
});

describe('calendar files are picked up automatically', () => {
	it('covers exactly the years that have a file in content/calendar', () => {
		const files = readdirSync(new URL('../../content/calendar/', import.meta.url))
			.filter((name) => name.endsWith('.json'))
			.map((name) => Number(name.replace('.json', '')))
			.sort((a, b) => a - b);
		expect(files).toEqual(expect.arrayContaining([2025, 2026]));
		expect(officialCalendars.map((calendar) => calendar.year)).toEqual(files);
	});
});
