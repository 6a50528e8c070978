import { z } from './zod';
import { dayNumber, isValidDate, weekday } from '../lib/civilDate';

/*
 * One file per year in content/calendar/: the State Council notice that set the
 * year's holidays, and each holiday period with its 調休 working weekend days,
 * exactly as the notice lists them.
 */

const isoDate = z.iso.date();

const yearOfDate = (date: string) => Number(date.slice(0, 4));

export const holidayPeriodSchema = z
	.object({
		/** the holiday as the notice names it, e.g. 春節 or 國慶節、中秋節 */
		name: z.string().min(1),
		/** first and last day off, inclusive; weekend days in between are part of the period */
		start: isoDate,
		end: isoDate,
		/** weekend days the notice turns into working days (上班) for this holiday */
		workdays: z.array(isoDate),
	})
	.refine((period) => period.start <= period.end, { message: 'start must not be after end', path: ['end'] })
	.refine((period) => period.workdays.every((date) => !isValidDate(date) || weekday(date) >= 6), {
		message: '調休 working days are always Saturdays or Sundays',
		path: ['workdays'],
	});

export const calendarYearSchema = z
	.object({
		year: z.number().int().min(1999).max(9999),
		notice: z.object({
			/** 國務院辦公廳關於YYYY年部分節假日安排的通知 */
			title: z.string().min(1),
			/** e.g. 國辦發明電〔2024〕12號 */
			documentNumber: z.string().min(1).optional(),
			/** the date the notice was issued */
			issued: isoDate,
			/** where the notice is published (kept as text; the site never fetches it) */
			url: z.url(),
		}),
		holidays: z.array(holidayPeriodSchema).min(1),
	})
	.superRefine((calendar, context) => {
		// zod runs refinements even after a field failed; the date checks below need real dates
		const dates = calendar.holidays.flatMap((period) => [period.start, period.end, ...period.workdays]);
		if (!dates.every(isValidDate)) return;
		// A notice may reach back into the previous year (元旦 from 12-30, 上班 on 12-29), never forward.
		const inRange = (date: string) => yearOfDate(date) === calendar.year || yearOfDate(date) === calendar.year - 1;
		const holidayDays = new Set<number>();
		calendar.holidays.forEach((period, index) => {
			if (!inRange(period.start) || yearOfDate(period.end) !== calendar.year) {
				context.addIssue({ code: 'custom', message: `period outside ${calendar.year}`, path: ['holidays', index] });
			}
			if (period.start > period.end) return;
			for (let day = dayNumber(period.start); day <= dayNumber(period.end); day++) {
				if (holidayDays.has(day)) {
					context.addIssue({ code: 'custom', message: 'holiday periods overlap', path: ['holidays', index] });
				}
				holidayDays.add(day);
			}
		});
		const workdays = new Set<string>();
		calendar.holidays.forEach((period, index) => {
			for (const date of period.workdays) {
				if (!inRange(date)) {
					context.addIssue({ code: 'custom', message: `${date} outside ${calendar.year}`, path: ['holidays', index, 'workdays'] });
				}
				if (holidayDays.has(dayNumber(date)) || workdays.has(date)) {
					context.addIssue({
						code: 'custom',
						message: `${date} is listed twice or as both holiday and working day`,
						path: ['holidays', index, 'workdays'],
					});
				}
				workdays.add(date);
			}
		});
	});

export type HolidayPeriod = z.infer<typeof holidayPeriodSchema>;
export type CalendarYear = z.infer<typeof calendarYearSchema>;
