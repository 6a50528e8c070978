import { timestampSchema } from './timestamp';
import { z } from './zodMini';

/*
 * A year's holiday arrangement entered by an office itself (store
 * `huiwu:v1:local-calendar`), for a year whose State Council notice the site
 * does not ship yet. Same shape as content/calendar/<year>.json's periods;
 * checked in full by `calendarYearProblems` (src/lib/localCalendar.ts).
 */

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const localHolidayPeriodSchema = z.object({
	/** the holiday as the notice names it, e.g. 春節 */
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
	start: isoDate,
	end: isoDate,
	/** weekend days the notice turns into working days (上班) */
	workdays: z.array(isoDate).check(z.maxLength(10)),
});
export type LocalHolidayPeriod = z.infer<typeof localHolidayPeriodSchema>;

/** Years an office may enter: the site's calendar arithmetic is meant for the years around now. */
export const LOCAL_YEAR_MIN = 2000;
export const LOCAL_YEAR_MAX = 2100;

export const localCalendarYearSchema = z.object({
	year: z.int().check(z.minimum(LOCAL_YEAR_MIN), z.maximum(LOCAL_YEAR_MAX)),
	holidays: z.array(localHolidayPeriodSchema).check(z.maxLength(20)),
	/** when it was entered or removed (ms since the epoch; last writer wins across tabs) */
	at: timestampSchema,
	/** a removed year is a tombstone, so a stale tab cannot bring it back */
	removed: z.boolean(),
});
export type LocalCalendarYear = z.infer<typeof localCalendarYearSchema>;

/** Data version 1 of the local calendar store: year (four digits) → its arrangement. */
export const localCalendarStateSchema = z.object({
	years: z.record(z.string().check(z.regex(/^\d{4}$/)), localCalendarYearSchema),
});
export type LocalCalendarState = z.infer<typeof localCalendarStateSchema>;
