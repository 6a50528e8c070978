import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../../src/data/deadlineRules';
import { meetingDeadlines } from '../../src/lib/deadlines';
import { currentDue, dueStatus, pressingDue, stepDueTimes, wallClockInChina, type StepDue } from '../../src/lib/stepDue';
import { DateInputError } from '../../src/lib/civilDate';
import { flowSchema, type Flow } from '../../src/schemas/flow';

const flow = (id: string): Flow =>
	flowSchema.parse(parse(readFileSync(new URL(`../../content/flows/${id}.yaml`, import.meta.url), 'utf8')));

// Wednesday before 國慶節 2026 (10-01 to 10-07 off, Saturday 10-10 worked).
const beforeNationalDay = meetingDeadlines({ start: '2026-09-30T09:00', end: '2026-09-30T11:00' });

describe('stepDueTimes', () => {
	it('puts each rule of 第五篇 at its step, with the working days counted across 國慶節', () => {
		const dues = stepDueTimes(flow('school-procedure'), beforeNationalDay);
		expect(Object.fromEntries(dues)).toMatchObject({
			'draft-publish-notice': [{ rule: 'notice-next-week', due: '2026-09-24T16:00', provisional: false }],
			'prepare-and-check-room': [{ rule: 'room-check', from: '2026-09-30T08:45', due: '2026-09-30T08:50', provisional: false }],
			'take-record/special-tools': [{ rule: 'recorder-ready', due: '2026-09-30T08:30', provisional: false }],
			'draft-minutes': [{ rule: 'minutes-draft-2wd', due: '2026-10-09', provisional: false }],
			'draft-resolution-notice': [{ rule: 'resolution-notice-2wd', due: '2026-10-09', provisional: false }],
		});
	});

	it('keys a rule on an item as stepId/itemId, and gives an item both of its rules in due order', () => {
		const dues = stepDueTimes(flow('office-standard'), beforeNationalDay);
		expect(dues.get('venue-layout/av-check')).toMatchObject([
			{ rule: 'av-test', due: '2026-09-30T07:00', provisional: false },
			{ rule: 'av-retest', due: '2026-09-30T08:50', provisional: false },
		]);
		expect(dues.get('lodging-catering/place-and-menu')).toMatchObject([
			{ rule: 'catering-confirm', due: '2026-09-28', provisional: false },
		]);
		expect(dues.has('venue-layout')).toBe(false);
		expect(dues.has('lodging-catering')).toBe(false);
		expect(dues.get('staff-arrive-early/arrive-early')).toMatchObject([
			{ rule: 'staff-arrive', due: '2026-09-30T08:30', provisional: false },
		]);
	});

	it('gives a repeated rule its times during the meeting', () => {
		const dues = stepDueTimes(flow('standard-process-2017'), beforeNationalDay);
		const podium = dues.get('podium-water-refill')![0]!;
		expect(podium).toMatchObject({ rule: 'podium-refill', provisional: false });
		expect('times' in podium && podium.times).toEqual([
			'2026-09-30T09:15',
			'2026-09-30T09:30',
			'2026-09-30T09:45',
			'2026-09-30T10:00',
			'2026-09-30T10:15',
			'2026-09-30T10:30',
			'2026-09-30T10:45',
		]);
		expect(dues.get('meeting-minutes')).toMatchObject([{ rule: 'minutes-48h', due: '2026-10-02T11:00', provisional: false }]);
	});

	it('leaves out rules missing from the deadlines (their standard switched off)', () => {
		const withoutSchool = meetingDeadlines(
			{ start: '2026-09-30T09:00', end: '2026-09-30T11:00' },
			deadlineRules.filter((rule) => rule.source.standard !== 'school-procedure'),
		);
		expect(stepDueTimes(flow('school-procedure'), withoutSchool).size).toBe(0);
		const office = flow('office-standard');
		expect([...stepDueTimes(office, withoutSchool).keys()]).toEqual([...stepDueTimes(office, beforeNationalDay).keys()]);
		expect(stepDueTimes(office, withoutSchool).size).toBe(4);
	});

	it('marks a due in a year without official calendar data provisional', () => {
		const dues = stepDueTimes(flow('school-procedure'), meetingDeadlines({ start: '2027-03-03T09:00', end: '2027-03-03T11:00' }));
		expect(dues.get('draft-minutes')).toMatchObject([{ rule: 'minutes-draft-2wd', due: '2027-03-05', provisional: true }]);
		expect(dues.get('take-record/special-tools')![0]!.provisional).toBe(false);
	});

	it('carries the warnings of a moved due', () => {
		const dues = stepDueTimes(flow('school-procedure'), beforeNationalDay);
		expect(dues.get('draft-publish-notice')![0]!.warnings).toEqual([
			{ code: 'moved-to-previous-workday', params: { from: '2026-09-25', date: '2026-09-24', reason: 'holiday', holiday: '中秋節' } },
		]);
	});

	it('gives a session rule one entry per session: the 2-hour test and the 10-minute retest of both days', () => {
		const twoDays = meetingDeadlines({
			sessions: [
				{ start: '2026-11-25T09:00', end: '2026-11-25T11:00' },
				{ start: '2026-11-26T09:00', end: '2026-11-26T11:00' },
			],
		});
		const av = stepDueTimes(flow('office-standard'), twoDays).get('venue-layout/av-check')!;
		expect(av.map((due) => ['due' in due ? due.due : '', due.session])).toEqual([
			['2026-11-25T07:00', 0],
			['2026-11-25T08:50', 0],
			['2026-11-26T07:00', 1],
			['2026-11-26T08:50', 1],
		]);
		const refills = stepDueTimes(flow('standard-process-2017'), twoDays).get('podium-water-refill')!;
		expect(refills.map((due) => ('times' in due ? due.times.length : 0))).toEqual([7, 7]);
	});

	it('returns nothing for a flow without timed rules', () => {
		expect(stepDueTimes(flow('party-congress'), beforeNationalDay).size).toBe(0);
	});
});

describe('dueStatus', () => {
	it('is done when ticked, whatever the time', () => {
		expect(dueStatus('2026-09-30T07:00', '2026-10-20T09:00', true)).toBe('done');
		expect(dueStatus('2026-10-09', '2026-09-01T09:00', true)).toBe('done');
	});

	it('for a date-time: due soon in the last 24 hours, overdue after its minute', () => {
		const due = '2026-09-30T07:00';
		expect(dueStatus(due, '2026-09-29T07:00', false)).toBe('later');
		expect(dueStatus(due, '2026-09-29T07:01', false)).toBe('due-soon');
		expect(dueStatus(due, '2026-09-30T07:00', false)).toBe('due-soon');
		expect(dueStatus(due, '2026-09-30T07:01', false)).toBe('overdue');
	});

	it('for a date: due until the end of that day (草擬紀要 by 2026-10-09, after 國慶節)', () => {
		const due = '2026-10-09';
		expect(dueStatus(due, '2026-10-01T10:00', false)).toBe('later');
		expect(dueStatus(due, '2026-10-08T23:59', false)).toBe('later');
		expect(dueStatus(due, '2026-10-09T00:00', false)).toBe('due-soon');
		expect(dueStatus(due, '2026-10-09T23:59', false)).toBe('due-soon');
		expect(dueStatus(due, '2026-10-10T00:00', false)).toBe('overdue');
	});

	it('counts across month and year ends', () => {
		expect(dueStatus('2027-01-01T08:00', '2026-12-31T09:00', false)).toBe('due-soon');
		expect(dueStatus('2026-12-31', '2027-01-01T00:00', false)).toBe('overdue');
	});

	it('rejects an impossible time instead of guessing', () => {
		expect(() => dueStatus('2026-02-30', '2026-02-01T09:00', false)).toThrow(DateInputError);
		expect(() => dueStatus('2026-09-30T07:00', '2026-09-30 07:00', false)).toThrow(DateInputError);
	});
});

describe('the due that matters now', () => {
	const podium: StepDue = {
		rule: 'podium-refill',
		times: ['2026-09-30T09:15', '2026-09-30T09:30'],
		every: { min: 15, max: 20 },
		provisional: false,
		warnings: [],
	};

	it('is the next repetition of a repeated rule, or its last once all have passed', () => {
		expect(currentDue(podium, '2026-09-30T08:00')).toBe('2026-09-30T09:15');
		expect(currentDue(podium, '2026-09-30T09:16')).toBe('2026-09-30T09:30');
		expect(currentDue(podium, '2026-09-30T10:00')).toBe('2026-09-30T09:30');
		expect(
			currentDue({ rule: 'tea-refill', times: [], every: { min: 10, max: 15 }, provisional: false, warnings: [] }, '2026-09-30T10:00'),
		).toBeUndefined();
	});

	it('is the first passed due of a step governed by two rules, else the earliest to come', () => {
		const avCheck: StepDue[] = [
			{ rule: 'av-test', due: '2026-09-30T07:00', provisional: false, warnings: [] },
			{ rule: 'av-retest', due: '2026-09-30T08:50', provisional: false, warnings: [] },
		];
		expect(pressingDue(avCheck, '2026-09-30T06:00')).toEqual({ rule: 'av-test', due: '2026-09-30T07:00', provisional: false });
		expect(pressingDue(avCheck, '2026-09-30T07:30')).toEqual({ rule: 'av-test', due: '2026-09-30T07:00', provisional: false });
		expect(pressingDue([], '2026-09-30T07:30')).toBeUndefined();
	});
});

describe('wallClockInChina', () => {
	// Runs under TZ=Asia/Shanghai and TZ=America/Los_Angeles: the answer must not change.
	it('gives China’s wall clock whatever zone the runtime is in', () => {
		expect(wallClockInChina(new Date(Date.UTC(2026, 8, 30, 23, 30)))).toBe('2026-10-01T07:30');
		expect(wallClockInChina(new Date(Date.UTC(2026, 11, 31, 16, 0)))).toBe('2027-01-01T00:00');
		expect(wallClockInChina(new Date('2026-03-08T09:59:59Z'))).toBe('2026-03-08T17:59');
	});

	it('feeds dueStatus: 23:30 UTC on 09-30 is already the morning of 國慶節 in China', () => {
		const now = wallClockInChina(new Date(Date.UTC(2026, 8, 30, 23, 30)));
		expect(dueStatus('2026-09-30T11:00', now, false)).toBe('overdue');
		expect(dueStatus('2026-10-02T11:00', now, false)).toBe('later');
	});
});
