import { describe, expect, it } from 'vitest';
import { meetingDeadlines } from '../../src/lib/deadlines';
import {
	calendarWithLocalYears,
	calendarYearProblems,
	parseCalendarFile,
	parseDateList,
	usableLocalYears,
	yearsOfDeadlines,
} from '../../src/lib/localCalendar';
import { dayKind } from '../../src/lib/workdays';
import { officialCalendars } from '../../src/data/calendar';
import { localCalendarStateSchema, type LocalHolidayPeriod } from '../../src/schemas/localCalendar';
import { EMPTY_LOCAL_CALENDAR, mergeLocalCalendar } from '../../src/stores/localCalendar';
import { withYear, withoutYear } from '../../src/stores/localCalendarState';

// An arrangement for 2027 as an office might type it from the notice (dates for the test, not the real notice).
const spring2027: LocalHolidayPeriod[] = [
	{ name: '元旦', start: '2027-01-01', end: '2027-01-03', workdays: [] },
	{ name: '春節', start: '2027-02-06', end: '2027-02-12', workdays: ['2027-02-14', '2027-02-20'] },
];

describe('checking an entered year', () => {
	it('accepts a sound arrangement', () => {
		expect(calendarYearProblems(2027, spring2027)).toEqual([]);
	});

	it('lets 元旦 reach back into December of the year before', () => {
		expect(calendarYearProblems(2027, [{ name: '元旦', start: '2026-12-31', end: '2027-01-02', workdays: ['2026-12-27'] }])).toEqual([]);
	});

	it.each([
		['no period at all', [], 'no-holidays'],
		['an impossible date', [{ name: '春節', start: '2027-02-30', end: '2027-03-01', workdays: [] }], 'invalid-date'],
		['a date of another year', [{ name: '國慶節', start: '2028-10-01', end: '2028-10-07', workdays: [] }], 'outside-year'],
		['an end before its start', [{ name: '國慶節', start: '2027-10-07', end: '2027-10-01', workdays: [] }], 'start-after-end'],
		[
			'two periods sharing a day',
			[
				{ name: '中秋節', start: '2027-09-15', end: '2027-09-17', workdays: [] },
				{ name: '國慶節', start: '2027-09-17', end: '2027-09-20', workdays: [] },
			],
			'holidays-overlap',
		],
		['a day both off and working', [{ name: '春節', start: '2027-02-06', end: '2027-02-14', workdays: ['2027-02-13'] }], 'off-and-working'],
		[
			'a 調休 day on a weekday',
			[{ name: '春節', start: '2027-02-06', end: '2027-02-12', workdays: ['2027-02-15'] }],
			'workday-not-weekend',
		],
		['a nameless period', [{ name: ' ', start: '2027-02-06', end: '2027-02-12', workdays: [] }], 'name-missing'],
	] as const)('refuses %s', (_, holidays, code) => {
		expect(calendarYearProblems(2027, holidays as unknown as LocalHolidayPeriod[]).map((problem) => problem.code)).toContain(code);
	});

	it('names the row and the date of a problem', () => {
		expect(
			calendarYearProblems(2027, [spring2027[0]!, { name: '春節', start: '2027-02-06', end: '2027-02-12', workdays: ['2027-02-15'] }]),
		).toEqual([{ code: 'workday-not-weekend', params: { row: 2, date: '2027-02-15' } }]);
	});
});

describe('reading a file', () => {
	it('reads the format of content/calendar, ignoring the notice', () => {
		const text = JSON.stringify({ year: 2027, notice: { title: 'x' }, holidays: spring2027 });
		expect(parseCalendarFile(text)).toEqual({ ok: true, year: 2027, holidays: spring2027 });
	});

	it.each([
		['not JSON', '{', 'not-json'],
		['another program’s JSON', '{"meetings":[]}', 'wrong-shape'],
		['a year that is text', '{"year":"2027","holidays":[]}', 'wrong-shape'],
		['a period without dates', '{"year":2027,"holidays":[{"name":"春節"}]}', 'wrong-shape'],
		['null', 'null', 'wrong-shape'],
	])('refuses %s', (_, text, code) => {
		expect(parseCalendarFile(text)).toEqual({ ok: false, code });
	});

	it('splits typed 調休 days on commas, 、 and spaces', () => {
		expect(parseDateList('2027-02-14, 2027-02-20、2027-02-21 ')).toEqual(['2027-02-14', '2027-02-20', '2027-02-21']);
	});
});

describe('using an entered year', () => {
	const calendar = calendarWithLocalYears(officialCalendars, [{ year: 2027, holidays: spring2027 }]);

	it('covers the year, marks its days as entered locally, and leaves official years alone', () => {
		expect(dayKind('2027-02-08', calendar)).toEqual({ kind: 'holiday', covered: true, holiday: '春節', local: true });
		expect(dayKind('2027-02-14', calendar)).toMatchObject({ kind: 'adjusted-workday', local: true });
		expect(dayKind('2026-10-01', calendar)).toEqual({ kind: 'holiday', covered: true, holiday: '國慶節' });
	});

	it('makes a 2027 result firm instead of provisional, and moves the notice off the entered holiday', () => {
		const meeting = { start: '2027-02-16T09:00', end: '2027-02-16T11:00' };
		const guessed = meetingDeadlines(meeting);
		const entered = meetingDeadlines(meeting, undefined, calendar);
		const notice = (deadlines: typeof guessed) => deadlines.find((deadline) => deadline.rule === 'notice-next-week')!;
		// The previous Friday, 02-12, is a plain working day to the guess, and 春節 in the entered arrangement.
		expect(notice(guessed)).toMatchObject({ due: '2027-02-12T16:00', provisional: true, warnings: [] });
		expect(notice(entered)).toMatchObject({
			due: '2027-02-05T16:00',
			provisional: false,
			warnings: [{ code: 'moved-to-previous-workday', params: { from: '2027-02-12', holiday: '春節' } }],
		});
		expect(entered.some((deadline) => deadline.provisional)).toBe(false);
		const minutes = entered.find((deadline) => deadline.rule === 'minutes-draft-2wd')!;
		expect(minutes).toMatchObject({ due: '2027-02-18' });
		expect(yearsOfDeadlines(entered)).toEqual([2027]);
	});

	it('sets a year aside once the site ships official data for it', () => {
		const local = [
			{ year: 2026, holidays: spring2027, at: 1, removed: false },
			{ year: 2027, holidays: spring2027, at: 1, removed: false },
			{ year: 2028, holidays: [], at: 2, removed: true },
		];
		const { used, setAside } = usableLocalYears(local, [2025, 2026]);
		expect(used.map((entry) => entry.year)).toEqual([2027]);
		expect(setAside.map((entry) => entry.year)).toEqual([2026]);
	});
});

describe('the store’s state', () => {
	const a = withYear(EMPTY_LOCAL_CALENDAR, 2027, spring2027, 1000);
	const b = withYear(EMPTY_LOCAL_CALENDAR, 2027, spring2027.slice(0, 1), 1000);

	it('merges two tabs the same way in either order, even on a tie', () => {
		expect(mergeLocalCalendar(a, b)).toEqual(mergeLocalCalendar(b, a));
		expect(mergeLocalCalendar(a, a)).toEqual(a);
	});

	it('keeps a removal over an older entry', () => {
		const removed = withoutYear(a, 2027, 2000);
		expect(mergeLocalCalendar(a, removed).years['2027']!.removed).toBe(true);
	});

	it('takes only four-digit years as keys: __proto__ never reaches the state', () => {
		const hostile = JSON.parse('{"years":{"__proto__":{"year":2027,"holidays":[],"at":1,"removed":false}}}');
		const parsed = localCalendarStateSchema.safeParse(hostile);
		expect(parsed.success && Object.keys(parsed.data.years)).toEqual([]);
		expect(({} as Record<string, unknown>).year).toBeUndefined();
		expect(localCalendarStateSchema.safeParse({ years: { abc: a.years['2027'] } }).success).toBe(false);
		expect(localCalendarStateSchema.safeParse({ years: { '2027': a.years['2027'] } }).success).toBe(true);
	});
});
