import type { LocalHolidayPeriod } from '../schemas/localCalendar';
import { dayNumber, isValidDate, weekday } from './civilDate';
import type { Deadline } from './deadlines';
import { workCalendar, type CalendarYearDays, type WorkCalendar } from './workdays';

/*
 * Checks a year's holiday arrangement entered by hand or from a file, the way
 * tests/unit/calendar.test.ts checks the official files: every date real and in
 * that year (元旦 may reach back into December), no day both off and working,
 * 調休 days on weekends. Returns codes; the page words them.
 */

export type CalendarProblemCode =
	| 'no-holidays'
	| 'name-missing'
	| 'invalid-date'
	| 'outside-year'
	| 'start-after-end'
	| 'holidays-overlap'
	| 'off-and-working'
	| 'workday-not-weekend';

export interface CalendarProblem {
	code: CalendarProblemCode;
	/** 1-based row of the period it concerns, and the date when there is one */
	params: { row?: number; date?: string; year?: number };
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export function calendarYearProblems(year: number, holidays: readonly LocalHolidayPeriod[]): CalendarProblem[] {
	const problems: CalendarProblem[] = [];
	if (holidays.length === 0) problems.push({ code: 'no-holidays', params: { year } });
	// A notice may reach back into the previous year (元旦 from 12-30, 上班 on 12-29), never forward.
	const inYear = (date: string) => yearOf(date) === year || (yearOf(date) === year - 1 && date.slice(5) >= '12-01');
	const off = new Map<number, number>();
	holidays.forEach((period, index) => {
		const row = index + 1;
		if (!period.name.trim()) problems.push({ code: 'name-missing', params: { row } });
		const dates = [period.start, period.end, ...period.workdays];
		const bad = dates.find((date) => !isValidDate(date));
		if (bad !== undefined) {
			problems.push({ code: 'invalid-date', params: { row, date: bad } });
			return;
		}
		const outside = dates.find((date) => !inYear(date));
		if (outside) problems.push({ code: 'outside-year', params: { row, date: outside, year } });
		if (period.start > period.end) {
			problems.push({ code: 'start-after-end', params: { row } });
			return;
		}
		for (let day = dayNumber(period.start); day <= dayNumber(period.end); day++) {
			if (off.has(day)) {
				problems.push({ code: 'holidays-overlap', params: { row } });
				break;
			}
			off.set(day, row);
		}
	});
	const working = new Set<string>();
	holidays.forEach((period, index) => {
		for (const date of period.workdays) {
			if (!isValidDate(date)) continue;
			if (off.has(dayNumber(date)) || working.has(date)) problems.push({ code: 'off-and-working', params: { row: index + 1, date } });
			else if (weekday(date) < 6) problems.push({ code: 'workday-not-weekend', params: { row: index + 1, date } });
			working.add(date);
		}
	});
	return problems;
}

export type CalendarFileResult =
	{ ok: true; year: number; holidays: LocalHolidayPeriod[] } | { ok: false; code: 'not-json' | 'wrong-shape' };

/**
 * Reads a small file in the format of content/calendar/<year>.json
 * (`{ "year": 2027, "holidays": [{ "name", "start", "end", "workdays" }] }`;
 * other fields such as `notice` are ignored). The content is checked separately.
 */
export function parseCalendarFile(text: string): CalendarFileResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, code: 'not-json' };
	}
	if (typeof data !== 'object' || data === null) return { ok: false, code: 'wrong-shape' };
	const { year, holidays } = data as { year?: unknown; holidays?: unknown };
	if (typeof year !== 'number' || !Number.isInteger(year) || !Array.isArray(holidays) || holidays.length > 20) {
		return { ok: false, code: 'wrong-shape' };
	}
	const periods: LocalHolidayPeriod[] = [];
	for (const entry of holidays as unknown[]) {
		if (typeof entry !== 'object' || entry === null) return { ok: false, code: 'wrong-shape' };
		const { name, start, end, workdays = [] } = entry as Record<string, unknown>;
		const strings = (value: unknown): value is string[] =>
			Array.isArray(value) && value.length <= 10 && value.every((item) => typeof item === 'string');
		if (typeof name !== 'string' || typeof start !== 'string' || typeof end !== 'string' || !strings(workdays)) {
			return { ok: false, code: 'wrong-shape' };
		}
		periods.push({ name: name.trim().slice(0, 40), start, end, workdays });
	}
	return { ok: true, year, holidays: periods };
}

/** `2027-02-14, 2027-02-20` (commas, 、 or spaces) → the dates as typed, for checking. */
export const parseDateList = (text: string): string[] => text.split(/[\s,,、;;]+/).filter(Boolean);

/**
 * The years an office entered that the site does not cover itself: official
 * data always wins, and a locally entered year is set aside once it ships.
 */
export function usableLocalYears<T extends { year: number; removed: boolean }>(
	local: readonly T[],
	officialYears: readonly number[],
): { used: T[]; setAside: T[] } {
	const official = new Set(officialYears);
	const live = local.filter((entry) => !entry.removed).sort((a, b) => a.year - b.year);
	return { used: live.filter((entry) => !official.has(entry.year)), setAside: live.filter((entry) => official.has(entry.year)) };
}

/** The official years with the usable local ones added, their days marked `local`. */
export function calendarWithLocalYears(official: readonly CalendarYearDays[], local: readonly CalendarYearDays[]): WorkCalendar {
	return workCalendar([...official, ...local], { localYears: local.map((entry) => entry.year) });
}

/** Every year a set of deadlines reaches (their days, windows and repetitions). */
export function yearsOfDeadlines(deadlines: readonly Deadline[]): number[] {
	const dates = deadlines.flatMap((deadline) =>
		deadline.kind === 'recurring' ? deadline.times : deadline.kind === 'window' ? [deadline.from, deadline.due] : [deadline.due],
	);
	return [...new Set(dates.map(yearOf))].sort((a, b) => a - b);
}
