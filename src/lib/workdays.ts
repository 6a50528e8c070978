import { officialCalendars } from '../data/calendar';
import type { CalendarYear } from '../schemas/calendar';
import { civilFromDays, dateFromDayNumber, DateInputError, dayNumber } from './civilDate';

/*
 * Working days in mainland China: Monday–Friday, except the holidays the State
 * Council announces each year, plus the weekend days it turns into working days
 * (調休). A `WorkCalendar` is built from the years' data (`workCalendar(years)`);
 * the functions below take one as their last argument and default to the official
 * data (src/data/calendar.ts). Plain date arithmetic is in ./civilDate.
 */

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

export interface DayKindResult {
	kind: DayKind;
	/** false when the year has no official data and `kind` is the plain Monday–Friday guess */
	covered: boolean;
	/** the holiday period a 'holiday' or 'adjusted-workday' belongs to, as the notice names it */
	holiday?: string;
	/** the year's arrangement was entered by the office itself, not shipped as official data */
	local?: boolean;
}

export interface WorkdayResult {
	date: string;
	/** true when a day that had to be judged lies in a year without official data */
	provisional: boolean;
}

export interface WorkCalendar {
	/** what kind of day a day number (days since 1970-01-01) is */
	kindOfDay(day: number): DayKindResult;
}

/** A year's arrangement as the calendar needs it: the official files give more (the notice). */
export type CalendarYearDays = Pick<CalendarYear, 'year' | 'holidays'>;

/**
 * A working-day calendar from the given years' holiday notices; `localYears`
 * marks the years an office entered itself (their days say `local`).
 */
export function workCalendar(calendars: readonly CalendarYearDays[], options: { localYears?: readonly number[] } = {}): WorkCalendar {
	const coveredYearSet = new Set(calendars.map((calendar) => calendar.year));
	const localYearSet = new Set(options.localYears ?? []);
	const specialDays = new Map<number, { kind: 'holiday' | 'adjusted-workday'; holiday: string }>();
	for (const calendar of calendars) {
		for (const period of calendar.holidays) {
			for (let day = dayNumber(period.start); day <= dayNumber(period.end); day++) {
				specialDays.set(day, { kind: 'holiday', holiday: period.name });
			}
			for (const workday of period.workdays) {
				specialDays.set(dayNumber(workday), { kind: 'adjusted-workday', holiday: period.name });
			}
		}
	}
	return {
		kindOfDay(day) {
			const year = civilFromDays(day)[0];
			const covered = coveredYearSet.has(year);
			const local = localYearSet.has(year) ? { local: true } : {};
			const special = specialDays.get(day);
			if (special) return { kind: special.kind, covered, holiday: special.holiday, ...local };
			const isoWeekday = ((((day + 3) % 7) + 7) % 7) + 1;
			return { kind: isoWeekday >= 6 ? 'weekend' : 'workday', covered, ...local };
		},
	};
}

/** The calendar of the State Council's notices in content/calendar/. */
export const officialWorkCalendar: WorkCalendar = workCalendar(officialCalendars);

/** What kind of day `date` is; a weekend day inside a holiday period is a 'holiday'. */
export const dayKind = (date: string, calendar: WorkCalendar = officialWorkCalendar): DayKindResult => calendar.kindOfDay(dayNumber(date));

/**
 * The n-th working day after `date` (before it for negative n); the start day itself
 * is not counted and n = 0 returns `date` unjudged.
 */
export function addWorkdays(date: string, n: number, calendar: WorkCalendar = officialWorkCalendar): WorkdayResult {
	let day = dayNumber(date);
	if (!Number.isSafeInteger(n)) throw new DateInputError('invalid-workday-count', n);
	const step = n < 0 ? -1 : 1;
	let remaining = Math.abs(n);
	let provisional = false;
	while (remaining > 0) {
		day += step;
		const { kind, covered } = calendar.kindOfDay(day);
		if (!covered) provisional = true;
		if (kind === 'workday' || kind === 'adjusted-workday') remaining--;
	}
	return { date: dateFromDayNumber(day), provisional };
}

/** The last working day strictly before `date`. */
export const previousWorkday = (date: string, calendar: WorkCalendar = officialWorkCalendar): WorkdayResult =>
	addWorkdays(date, -1, calendar);

/** The first working day strictly after `date`. */
export const nextWorkday = (date: string, calendar: WorkCalendar = officialWorkCalendar): WorkdayResult => addWorkdays(date, 1, calendar);
