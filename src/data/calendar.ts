import type { CalendarYear } from '~/schemas/calendar';

/*
 * China's official working-day calendar: one file per year in content/calendar/ (the
 * State Council's notice), adding next year's notice is adding a file. Bundled as
 * plain JSON because browser islands compute deadlines with it; the same files are
 * validated against `calendarYearSchema` by the `calendar` collection at every build
 * (src/content.config.ts) and by tests/unit/calendar.test.ts, so a bad file fails
 * the build rather than shipping.
 */
const calendarFiles = import.meta.glob<CalendarYear>('../../content/calendar/*.json', {
	eager: true,
	import: 'default',
});

/** The covered years' data, oldest first. */
export const officialCalendars: readonly CalendarYear[] = Object.values(calendarFiles).sort((a, b) => a.year - b.year);
