/*
 * Calendar arithmetic on wall-clock strings, with no calendar data: dates are
 * `YYYY-MM-DD`, date-times `YYYY-MM-DDTHH:mm`, and all arithmetic runs on integer
 * day numbers (days since 1970-01-01), so no result depends on the runtime's time zone.
 * Working days (which need the official holiday data) are in ./workdays.
 */

export type DateErrorCode = 'invalid-date' | 'invalid-date-time' | 'invalid-workday-count';

export class DateInputError extends Error {
	readonly code: DateErrorCode;
	readonly params: { value: string };
	constructor(code: DateErrorCode, value: unknown) {
		super(`${code}: ${String(value)}`);
		this.name = 'DateInputError';
		this.code = code;
		this.params = { value: String(value) };
	}
}

// ---- civil calendar on integers (proleptic Gregorian; H. Hinnant's algorithms) ----

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 24 * 60;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
	return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** days since 1970-01-01 → [year, month, day] */
export function civilFromDays(days: number): [number, number, number] {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return [era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day];
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` → days since 1970-01-01; throws `invalid-date` for anything else (2026-02-30, "abc"). */
export function dayNumber(date: string): number {
	const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
	if (!match) throw new DateInputError('invalid-date', date);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		throw new DateInputError('invalid-date', date);
	}
	return daysFromCivil(year, month, day);
}

/** days since 1970-01-01 → `YYYY-MM-DD` */
export function dateFromDayNumber(days: number): string {
	const [year, month, day] = civilFromDays(days);
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isValidDate(date: string): boolean {
	try {
		dayNumber(date);
		return true;
	} catch {
		return false;
	}
}

export const addDays = (date: string, days: number): string => dateFromDayNumber(dayNumber(date) + days);

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(date: string): number {
	return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** `YYYY-MM-DDTHH:mm` → minutes since 1970-01-01T00:00 (wall clock, no zone). */
export function minuteNumber(dateTime: string): number {
	const match = typeof dateTime === 'string' ? DATE_TIME_PATTERN.exec(dateTime) : null;
	if (!match || !isValidDate(match[1]!)) throw new DateInputError('invalid-date-time', dateTime);
	const [hours, minutes] = [Number(match[2]), Number(match[3])];
	if (hours > 23 || minutes > 59) throw new DateInputError('invalid-date-time', dateTime);
	return dayNumber(match[1]!) * MINUTES_PER_DAY + hours * 60 + minutes;
}

export function dateTimeFromMinuteNumber(minutes: number): string {
	const days = Math.floor(minutes / MINUTES_PER_DAY);
	const inDay = minutes - days * MINUTES_PER_DAY;
	return `${dateFromDayNumber(days)}T${pad(Math.floor(inDay / 60), 2)}:${pad(inDay % 60, 2)}`;
}

export const addMinutes = (dateTime: string, minutes: number): string => dateTimeFromMinuteNumber(minuteNumber(dateTime) + minutes);
