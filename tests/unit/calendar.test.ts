import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarYearSchema } from '../../src/schemas/calendar';
import { officialCalendars } from '../../src/data/calendar';
import { addDays, dayNumber } from '../../src/lib/civilDate';
import { dayKind } from '../../src/lib/workdays';

const calendarDir = new URL('../../content/calendar/', import.meta.url);
const calendarFiles = readdirSync(calendarDir).filter((name) => name.endsWith('.json'));
const readCalendar = (name: string): unknown => JSON.parse(readFileSync(new URL(name, calendarDir), 'utf8'));

type Official = 'holiday' | 'adjusted-workday' | undefined;

// The two packages' bundled data, read from disk: holiday-calendar's own API would fetch it over the network.
const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));

function chineseDaysData(year: number): Map<string, Official> | undefined {
	const file = join(packageDir('chinese-days'), 'dist', 'years', `${year}.json`);
	let data: { holidays: Record<string, string>; workdays: Record<string, string> };
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
	const days = new Map<string, Official>();
	for (const date of Object.keys(data.holidays)) days.set(date, 'holiday');
	for (const date of Object.keys(data.workdays)) days.set(date, 'adjusted-workday');
	return days;
}

function holidayCalendarData(year: number): Map<string, Official> | undefined {
	const file = join(packageDir('holiday-calendar'), 'data', 'CN', `${year}.json`);
	let data: { dates: { date: string; type: string }[] };
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
	const days = new Map<string, Official>();
	for (const { date, type } of data.dates) {
		if (type === 'public_holiday') days.set(date, 'holiday');
		else if (type === 'transfer_workday') days.set(date, 'adjusted-workday');
		else throw new Error(`holiday-calendar: unknown type ${type} on ${date}`);
	}
	return days;
}

function ownKind(date: string): Official {
	const { kind } = dayKind(date);
	return kind === 'holiday' || kind === 'adjusted-workday' ? kind : undefined;
}

describe('calendar data files', () => {
	it('has one file per year, 2025 and 2026 at least', () => {
		expect(calendarFiles).toEqual(expect.arrayContaining(['2025.json', '2026.json']));
	});

	it.each(calendarFiles)('%s is valid and names its own year', (name) => {
		const calendar = calendarYearSchema.parse(readCalendar(name));
		expect(`${calendar.year}.json`).toBe(name);
		expect(calendar.notice.title).toContain(`${calendar.year}年部分節假日安排的通知`);
	});

	it('cites the 2026 notice with its 調休 days as published', () => {
		const calendar = calendarYearSchema.parse(readCalendar('2026.json'));
		expect(calendar.notice.issued).toBe('2025-11-04');
		expect(calendar.notice.url).toMatch(/^https:\/\/www\.gov\.cn\//);
		const workdays = calendar.holidays.flatMap((period) => period.workdays).sort();
		expect(workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
		const days = calendar.holidays.reduce((sum, period) => sum + dayNumber(period.end) - dayNumber(period.start) + 1, 0);
		// 3 + 9 + 3 + 5 + 3 + 3 + 7
		expect(days).toBe(33);
	});

	it('is what workdays.ts loaded', () => {
		expect(officialCalendars.map((calendar) => `${calendar.year}.json`)).toEqual([...calendarFiles].sort());
		for (const calendar of officialCalendars) expect(calendarYearSchema.safeParse(calendar).success).toBe(true);
	});
});

describe('calendar schema rejects broken data', () => {
	// Untyped on purpose: each test breaks the data in a way its type would forbid.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const valid = () => structuredClone(readCalendar('2026.json')) as Record<string, any>;

	it('accepts the unmodified file', () => {
		expect(calendarYearSchema.safeParse(valid()).success).toBe(true);
	});

	it('rejects an impossible date', () => {
		const data = valid();
		data.holidays[1].end = '2026-02-30';
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});

	it('rejects a period that ends before it starts', () => {
		const data = valid();
		data.holidays[0].start = '2026-01-05';
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});

	it('rejects a 調休 working day that is not a weekend day', () => {
		const data = valid();
		data.holidays[3].workdays = ['2026-05-08'];
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});

	it('rejects a working day inside a holiday period', () => {
		const data = valid();
		data.holidays[6].workdays = ['2026-10-03'];
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});

	it('rejects overlapping periods', () => {
		const data = valid();
		data.holidays[5].end = '2026-10-01';
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});

	it('rejects dates from another year', () => {
		const data = valid();
		data.holidays[0] = { name: '元旦', start: '2027-01-01', end: '2027-01-01', workdays: [] };
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});

	it('rejects a notice without a source URL', () => {
		const data = valid();
		data.notice.url = 'gov.cn';
		expect(calendarYearSchema.safeParse(data).success).toBe(false);
	});
});

describe('cross-check against chinese-days and holiday-calendar, day by day', () => {
	it.each(officialCalendars.map((calendar) => calendar.year))('%i agrees with both packages on every day', (year) => {
		const sources = { 'chinese-days': chineseDaysData(year), 'holiday-calendar': holidayCalendarData(year) };
		for (const [name, data] of Object.entries(sources)) {
			// A new year needs packages that know it: update them (npm update chinese-days holiday-calendar).
			expect(data, `${name} has no data for ${year}`).toBeDefined();
		}
		const disagreements: string[] = [];
		for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
			const ours = ownKind(date);
			for (const [name, data] of Object.entries(sources)) {
				const theirs = data!.get(date);
				if (theirs !== ours) disagreements.push(`${date}: ours ${ours ?? 'ordinary'}, ${name} ${theirs ?? 'ordinary'}`);
			}
		}
		expect(disagreements).toEqual([]);
	});
});
