/**
 * The learner's wall clock at an instant, `YYYY-MM-DDTHH:mm`. Saved as a string when
 * something happens (a standard ticked 已讀, a quiz finished), so the learning record
 * prints the date the learner saw, whatever zone the record is printed in later.
 */
export function localWallClock(instant: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return (
		`${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
		`T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
	);
}

/** The date part of a wall-clock string (`2026-03-05T09:07` → `2026-03-05`). */
export function wallClockDate(wallClock: string): string {
	return wallClock.slice(0, 10);
}

/**
 * Whether `value` is a real wall-clock date-time `YYYY-MM-DDTHH:mm`, as a
 * `datetime-local` input gives it: a real calendar day (leap years included),
 * hours 00–23, minutes 00–59. `9999-99-99T99:99` matches the pattern but is not one.
 */
export function isWallClockDateTime(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	return day >= 1 && day <= days;
}
