import type { LocalCalendarState, LocalCalendarYear, LocalHolidayPeriod } from '../schemas/localCalendar';
import { canonicalJson } from './canonicalJson';

/** Pure transitions and merge of the locally entered holiday arrangements: one entry per year, last writer wins. */

export const EMPTY_LOCAL_CALENDAR: LocalCalendarState = Object.freeze({ years: Object.freeze({}) });

/** The later entry wins; on a tie the larger serialisation, so argument order never matters. */
function laterYear(a: LocalCalendarYear, b: LocalCalendarYear): LocalCalendarYear {
	if (a.at !== b.at) return a.at > b.at ? a : b;
	return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

export function mergeLocalCalendar(a: LocalCalendarState, b: LocalCalendarState): LocalCalendarState {
	const years: Record<string, LocalCalendarYear> = Object.create(null);
	for (const key of [...new Set([...Object.keys(a.years), ...Object.keys(b.years)])].sort()) {
		const x = a.years[key];
		const y = b.years[key];
		years[key] = x && y ? laterYear(x, y) : (x ?? y)!;
	}
	return { years: { ...years } };
}

/** Enters (or replaces) a year's arrangement. */
export function withYear(state: LocalCalendarState, year: number, holidays: LocalHolidayPeriod[], now: number): LocalCalendarState {
	const current = state.years[String(year)];
	const at = current ? Math.max(now, current.at + 1) : now;
	return { years: { ...state.years, [String(year)]: { year, holidays, at, removed: false } } };
}

/** Removes a year (a tombstone, so other tabs drop it too). */
export function withoutYear(state: LocalCalendarState, year: number, now: number): LocalCalendarState {
	const current = state.years[String(year)];
	if (!current || current.removed) return state;
	return { years: { ...state.years, [String(year)]: { year, holidays: [], at: Math.max(now, current.at + 1), removed: true } } };
}
