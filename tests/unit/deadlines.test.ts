import { readFileSync } from 'node:fs';
import { dayKind } from '../../src/lib/workdays';
import { describe, expect, it } from 'vitest';
import {
	DeadlineInputError,
	MAX_MEETING_DAYS,
	meetingDeadlines,
	rulesOfStandards,
	type Deadline,
	type Meeting,
	type PointDeadline,
	type RecurringDeadline,
	type WindowDeadline,
} from '../../src/lib/deadlines';
import { deadlinesMessages } from '../../src/i18n/messages/deadlines';
import type { RuleInput } from '../../src/schemas/rule';
import { deadlineRules } from '../../src/data/deadlineRules';

const ruleLabels: Record<string, string> = Object.fromEntries(deadlineRules.map((rule) => [rule.id, rule.label]));

const source = readFileSync(new URL('../../content/source/standards.txt', import.meta.url), 'utf8');

const byRule = (deadlines: Deadline[]) => Object.fromEntries(deadlines.map((deadline) => [deadline.rule, deadline]));
const point = (deadlines: Deadline[], rule: string) => byRule(deadlines)[rule] as PointDeadline;

function inputErrorOf(meeting: Meeting): DeadlineInputError {
	try {
		meetingDeadlines(meeting);
	} catch (error) {
		expect(error).toBeInstanceOf(DeadlineInputError);
		return error as DeadlineInputError;
	}
	throw new Error('no error thrown');
}

describe('an ordinary Wednesday meeting (2026-11-25 09:00–11:00)', () => {
	const deadlines = meetingDeadlines({ start: '2026-11-25T09:00', end: '2026-11-25T11:00' });
	const all = byRule(deadlines);

	it('gives every rule exactly once', () => {
		expect(deadlines.map((deadline) => deadline.rule).sort()).toEqual(Object.keys(ruleLabels).sort());
	});

	it('counts the minute and hour rules back from the start', () => {
		expect(point(deadlines, 'av-test').due).toBe('2026-11-25T07:00');
		expect(point(deadlines, 'av-retest').due).toBe('2026-11-25T08:50');
		expect(point(deadlines, 'staff-arrive').due).toBe('2026-11-25T08:30');
		expect(point(deadlines, 'chase-absent').due).toBe('2026-11-25T08:55');
		expect(point(deadlines, 'recorder-ready').due).toBe('2026-11-25T08:30');
	});

	it('gives room-check as a window 15 to 10 minutes before', () => {
		const window = all['room-check'] as WindowDeadline;
		expect(window.kind).toBe('window');
		expect([window.from, window.due]).toEqual(['2026-11-25T08:45', '2026-11-25T08:50']);
	});

	it('gives day rules as dates', () => {
		expect(point(deadlines, 'catering-confirm').due).toBe('2026-11-23');
		expect(point(deadlines, 'minutes-draft-2wd').due).toBe('2026-11-27');
		expect(point(deadlines, 'resolution-notice-2wd').due).toBe('2026-11-27');
	});

	it('counts the after-meeting hours from the end', () => {
		expect(point(deadlines, 'transcript-24h').due).toBe('2026-11-26T11:00');
		expect(point(deadlines, 'minutes-48h').due).toBe('2026-11-27T11:00');
	});

	it('sends next week’s notice by the previous Friday 16:00', () => {
		expect(point(deadlines, 'notice-next-week').due).toBe('2026-11-20T16:00');
	});

	it('has no warnings and nothing provisional', () => {
		expect(deadlines.flatMap((deadline) => deadline.warnings)).toEqual([]);
		expect(deadlines.some((deadline) => deadline.provisional)).toBe(false);
	});

	it('lists them in the order they fall due, with their phase', () => {
		expect(deadlines.map((deadline) => deadline.rule)).toEqual([
			'notice-next-week',
			'catering-confirm',
			'av-test',
			'recorder-ready',
			'staff-arrive',
			'room-check',
			'av-retest',
			'chase-absent',
			'tea-refill',
			'podium-refill',
			'transcript-24h',
			'minutes-draft-2wd',
			'resolution-notice-2wd',
			'minutes-48h',
		]);
		expect(all['av-test']!.phase).toBe('before');
		expect(all['podium-refill']!.phase).toBe('during');
		expect(all['minutes-48h']!.phase).toBe('after');
	});

	it('carries each rule’s source with its verbatim quote', () => {
		for (const deadline of deadlines) {
			expect(source).toContain(deadline.source.quote);
			for (const ref of deadline.seeAlso) expect(source).toContain(ref.quote);
		}
		expect(all['av-retest']!.source).toEqual({
			standard: 'office-standard',
			anchor: 's4-3-3-4',
			quote: '會場內音響、話筒、燈具等應提前2小時調試,會前10分鐘重試,確保正常使用。',
		});
		expect(all['tea-refill']!.seeAlso.map((ref) => ref.anchor)).toEqual(['flow-receive-superiors']);
	});
});

describe('recurring rules during a 2-hour meeting', () => {
	const all = byRule(meetingDeadlines({ start: '2026-11-25T09:00', end: '2026-11-25T11:00' }));

	it('refills the podium every 15 minutes (the shorter end of 15–20)', () => {
		const podium = all['podium-refill'] as RecurringDeadline;
		expect(podium.kind).toBe('recurring');
		expect(podium.every).toEqual({ min: 15, max: 20, unit: 'min' });
		expect(podium.times).toEqual([
			'2026-11-25T09:15',
			'2026-11-25T09:30',
			'2026-11-25T09:45',
			'2026-11-25T10:00',
			'2026-11-25T10:15',
			'2026-11-25T10:30',
			'2026-11-25T10:45',
		]);
		expect('due' in podium).toBe(false);
	});

	it('pours tea every 10 minutes (the shorter end of 10–15)', () => {
		const tea = all['tea-refill'] as RecurringDeadline;
		expect(tea.times).toHaveLength(11);
		expect(tea.times[0]).toBe('2026-11-25T09:10');
		expect(tea.times.at(-1)).toBe('2026-11-25T10:50');
	});

	it('has no occurrence in a meeting shorter than the interval', () => {
		const short = byRule(meetingDeadlines({ start: '2026-11-25T09:00', end: '2026-11-25T09:10' }));
		expect((short['podium-refill'] as RecurringDeadline).times).toEqual([]);
		expect((short['tea-refill'] as RecurringDeadline).times).toEqual([]);
	});

	it('does not invent sessions through the night of a multi-day meeting', () => {
		const long = byRule(meetingDeadlines({ start: '2026-11-25T09:00', end: '2026-11-26T17:00' }));
		const podium = long['podium-refill'] as RecurringDeadline;
		expect(podium.times).toEqual([]);
		expect(podium.warnings).toEqual([{ code: 'recurring-multi-day', params: { every: 15 } }]);
	});
});

describe('minutes-48h on a day off', () => {
	it('warns when 48 hours end on a weekend, naming the working days around it', () => {
		// Thursday afternoon + 48 h = Saturday afternoon
		const minutes = point(meetingDeadlines({ start: '2026-11-26T14:00', end: '2026-11-26T16:00' }), 'minutes-48h');
		expect(minutes.due).toBe('2026-11-28T16:00');
		expect(minutes.warnings).toEqual([
			{ code: 'due-on-weekend', params: { date: '2026-11-28', previousWorkday: '2026-11-27', nextWorkday: '2026-11-30' } },
		]);
		expect(minutes.provisional).toBe(false);
	});

	it('warns when they end in a holiday, naming it', () => {
		const deadlines = meetingDeadlines({ start: '2026-09-29T09:00', end: '2026-09-29T11:00' });
		const minutes = point(deadlines, 'minutes-48h');
		expect(minutes.due).toBe('2026-10-01T11:00');
		expect(minutes.warnings).toEqual([
			{
				code: 'due-on-holiday',
				params: { date: '2026-10-01', holiday: '國慶節', previousWorkday: '2026-09-30', nextWorkday: '2026-10-08' },
			},
		]);
		// the working-day rules jump the holiday instead
		expect(point(deadlines, 'minutes-draft-2wd').due).toBe('2026-10-08');
	});

	it('does not warn on an adjusted working Saturday', () => {
		const minutes = point(meetingDeadlines({ start: '2026-10-08T09:00', end: '2026-10-08T10:00' }), 'minutes-48h');
		expect(minutes.due).toBe('2026-10-10T10:00');
		expect(minutes.warnings).toEqual([]);
	});

	it('gives transcript-24h the same check: the moment stays, the warning names the next working day', () => {
		const transcript = point(meetingDeadlines({ start: '2026-11-27T14:00', end: '2026-11-27T16:00' }), 'transcript-24h');
		expect(transcript.due).toBe('2026-11-28T16:00');
		expect(transcript.warnings).toEqual([
			{ code: 'due-on-weekend', params: { date: '2026-11-28', previousWorkday: '2026-11-27', nextWorkday: '2026-11-30' } },
		]);
	});
});

describe('notice-next-week', () => {
	const notice = (start: string) => point(meetingDeadlines({ start, end: `${start.slice(0, 10)}T23:00` }), 'notice-next-week');

	it('takes the Friday of the previous Monday–Sunday week', () => {
		expect(notice('2026-11-30T09:00').due).toBe('2026-11-27T16:00'); // Monday
		expect(notice('2026-12-04T09:00').due).toBe('2026-11-27T16:00'); // Friday
		expect(notice('2026-12-06T09:00').due).toBe('2026-11-27T16:00'); // Sunday
	});

	it('moves to 9/30 when that Friday is in 國慶, and says from which day and why', () => {
		const result = notice('2026-10-09T09:00');
		expect(result.due).toBe('2026-09-30T16:00');
		expect(result.warnings).toEqual([
			{ code: 'moved-to-previous-workday', params: { from: '2026-10-02', date: '2026-09-30', reason: 'holiday', holiday: '國慶節' } },
		]);
		expect(result.provisional).toBe(false);
	});

	it('moves to the adjusted Saturday 2/14 when the Friday is in 春節', () => {
		const result = notice('2026-02-24T09:00');
		expect(result.due).toBe('2026-02-14T16:00');
		expect(result.warnings[0]).toMatchObject({ code: 'moved-to-previous-workday', params: { from: '2026-02-20', holiday: '春節' } });
	});

	// Every 2026 week whose previous Friday is a holiday: the notice is due on the last working day before it.
	it.each([
		['元旦', '2026-01-05T09:00', '2026-01-02', '2025-12-31'],
		['春節', '2026-02-24T09:00', '2026-02-20', '2026-02-14'],
		['勞動節', '2026-05-06T09:00', '2026-05-01', '2026-04-30'],
		['端午節', '2026-06-22T09:00', '2026-06-19', '2026-06-18'],
		['中秋節', '2026-09-28T09:00', '2026-09-25', '2026-09-24'],
		['國慶節', '2026-10-09T09:00', '2026-10-02', '2026-09-30'],
	])('after %s: a meeting at %s has its notice due on %s → %s 16:00', (holiday, start, friday, due) => {
		const result = notice(start);
		expect(result.due).toBe(`${due}T16:00`);
		expect(result.due < start).toBe(true);
		expect(result.warnings).toEqual([
			{ code: 'moved-to-previous-workday', params: { from: friday, date: due, reason: 'holiday', holiday } },
		]);
	});

	it('never moves a notice due before the meeting to a later day', () => {
		for (let day = 0; day < 365; day++) {
			const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
			const result = notice(`${date}T09:00`);
			expect(result.due < `${date}T09:00`).toBe(true);
			expect(['workday', 'adjusted-workday']).toContain(dayKind(result.due.slice(0, 10)).kind);
		}
	});
});

describe('catering-confirm (提前2天確定就餐)', () => {
	const catering = (start: string) => point(meetingDeadlines({ start, end: `${start.slice(0, 10)}T23:00` }), 'catering-confirm');

	it('moves off 國慶 to the last working day before it', () => {
		expect(catering('2026-10-09T09:00')).toMatchObject({
			due: '2026-09-30',
			warnings: [{ code: 'moved-to-previous-workday', params: { from: '2026-10-07', date: '2026-09-30', reason: 'holiday' } }],
		});
	});

	it('moves off 春節 to the adjusted Saturday', () => {
		expect(catering('2026-02-24T09:00').due).toBe('2026-02-14');
	});

	it('moves off a weekend to the Friday', () => {
		expect(catering('2026-11-30T09:00')).toMatchObject({
			due: '2026-11-27',
			warnings: [{ code: 'moved-to-previous-workday', params: { from: '2026-11-28', reason: 'weekend' } }],
		});
	});

	it('never lands on a non-working day in 2026', () => {
		for (let day = 2; day < 365; day++) {
			const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
			const due = catering(`${date}T09:00`).due;
			expect(['workday', 'adjusted-workday']).toContain(dayKind(due).kind);
		}
	});
});

describe('provisional results in years without calendar data', () => {
	it('marks the calendar-dependent rules of a meeting in 2027, and only those', () => {
		const all = byRule(meetingDeadlines({ start: '2027-01-06T09:00', end: '2027-01-06T11:00' }));
		// the previous Friday is 2027-01-01: no notice yet, so no warning either, but a guess
		expect(point(Object.values(all), 'notice-next-week').due).toBe('2027-01-01T16:00');
		expect(all['notice-next-week']!.warnings).toEqual([]);
		expect(all['notice-next-week']!.provisional).toBe(true);
		expect(all['minutes-draft-2wd']!.provisional).toBe(true);
		expect(all['minutes-48h']!.provisional).toBe(true);
		// 就餐 and 錄音整理 are checked against the calendar now: a guess too
		expect(all['catering-confirm']!.provisional).toBe(true);
		expect(all['transcript-24h']!.provisional).toBe(true);
		expect(all['av-test']!.provisional).toBe(false);
		expect(all['tea-refill']!.provisional).toBe(false);
	});

	it('marks a count that crosses from 2026 into 2027', () => {
		const all = byRule(meetingDeadlines({ start: '2026-12-30T09:00', end: '2026-12-30T11:00' }));
		expect(point(Object.values(all), 'minutes-draft-2wd')).toMatchObject({ due: '2027-01-01', provisional: true });
		expect(all['minutes-48h']).toMatchObject({ due: '2027-01-01T11:00', provisional: true, warnings: [] });
		expect(all['notice-next-week']!.provisional).toBe(false);
	});

	it('keeps a count that ends on 2026-12-31 official', () => {
		const all = byRule(meetingDeadlines({ start: '2026-12-29T09:00', end: '2026-12-29T11:00' }));
		expect(all['minutes-draft-2wd']).toMatchObject({ due: '2026-12-31', provisional: false });
	});
});

describe('invalid meetings', () => {
	it('rejects an impossible start', () => {
		const error = inputErrorOf({ start: '2026-02-30T09:00', end: '2026-03-01T11:00' });
		expect(error.code).toBe('invalid-start');
		expect(error.params).toEqual({ value: '2026-02-30T09:00', session: 1 });
	});

	it('rejects an end that is not a date-time', () => {
		expect(inputErrorOf({ start: '2026-11-25T09:00', end: 'abc' }).code).toBe('invalid-end');
		expect(inputErrorOf({ start: '2026-11-25T09:00', end: '2026-11-25T24:00' }).code).toBe('invalid-end');
	});

	it('rejects an end before, or at, the start', () => {
		expect(inputErrorOf({ start: '2026-11-25T09:00', end: '2026-11-25T08:59' }).code).toBe('end-not-after-start');
		expect(inputErrorOf({ start: '2026-11-25T09:00', end: '2026-11-25T09:00' }).code).toBe('end-not-after-start');
	});

	it('rejects a meeting longer than seven days, and accepts exactly seven', () => {
		const error = inputErrorOf({ start: '2026-11-25T09:00', end: '2026-12-02T09:01' });
		expect(error.code).toBe('meeting-too-long');
		expect(error.params).toEqual({ maxDays: MAX_MEETING_DAYS });
		expect(meetingDeadlines({ start: '2026-11-25T09:00', end: '2026-12-02T09:00' })).toHaveLength(14);
	});
});

describe('message dictionary', () => {
	const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

	it('has a Chinese message for every input error code', () => {
		for (const code of [
			'invalid-start',
			'invalid-end',
			'end-not-after-start',
			'meeting-too-long',
			'no-sessions',
			'sessions-overlap',
		] as const) {
			expect(deadlinesMessages[code]).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('fills every placeholder of each warning the deadlines produce', () => {
		const meetings: Meeting[] = [
			{ start: '2026-10-08T09:00', end: '2026-10-08T10:00' },
			{ start: '2026-10-09T09:00', end: '2026-10-09T10:00' },
			{ start: '2026-09-29T09:00', end: '2026-09-29T11:00' },
			{ start: '2026-11-30T09:00', end: '2026-11-30T10:00' },
			{ start: '2026-11-26T14:00', end: '2026-11-26T16:00' },
			{ start: '2026-11-25T09:00', end: '2026-11-26T17:00' },
		];
		const warnings = meetings.flatMap((meeting) => meetingDeadlines(meeting).flatMap((deadline) => deadline.warnings));
		expect(new Set(warnings.map((warning) => warning.code))).toEqual(
			new Set(['due-on-holiday', 'due-on-weekend', 'recurring-multi-day', 'moved-to-previous-workday']),
		);
		for (const warning of warnings) {
			const code =
				warning.code === 'moved-to-previous-workday'
					? (`${warning.code}.${warning.params.reason}` as keyof typeof deadlinesMessages)
					: warning.code;
			for (const name of placeholders(deadlinesMessages[code])) expect(warning.params).toHaveProperty(name);
		}
	});
});

describe('rules are data', () => {
	it('computes a new rule from its data alone', () => {
		const rules: RuleInput[] = [
			{
				id: 'report-back',
				label: '試用規則',
				source: { standard: 'school-procedure', anchor: 's4-2', quote: '承辦秘書應及時了解會議決議執行通知單的落實情況' },
				compute: { kind: 'offset', due: { from: 'start', offset: -3, unit: 'workday' } },
			},
		];
		const [deadline] = meetingDeadlines({ start: '2026-02-25T09:00', end: '2026-02-25T10:00' }, rules);
		// three working days before Wednesday 2/25: 2/24, then 春節, then 2/14 and 2/13
		expect(deadline).toMatchObject({ rule: 'report-back', kind: 'point', due: '2026-02-13', phase: 'before' });
	});
});

describe('sessions', () => {
	const twoDays = {
		sessions: [
			{ start: '2026-11-26T09:00', end: '2026-11-26T11:30' },
			{ start: '2026-11-25T14:30', end: '2026-11-25T17:00' },
		],
	};
	const deadlines = meetingDeadlines(twoDays);
	const ofRule = (rule: string) => deadlines.filter((deadline) => deadline.rule === rule);

	it.each(['av-test', 'av-retest', 'staff-arrive', 'chase-absent', 'room-check', 'recorder-ready', 'tea-refill', 'podium-refill'])(
		'applies the session rule %s to every session, in time order',
		(rule) => {
			const each = ofRule(rule);
			expect(each.map((deadline) => deadline.session)).toEqual([0, 1]);
		},
	);

	it('counts session rules from each session’s own start', () => {
		expect(ofRule('av-test').map((deadline) => (deadline as PointDeadline).due)).toEqual(['2026-11-25T12:30', '2026-11-26T07:00']);
		expect(ofRule('staff-arrive').map((deadline) => (deadline as PointDeadline).due)).toEqual(['2026-11-25T14:00', '2026-11-26T08:30']);
	});

	it('gives refills within each session, none through the night', () => {
		const [first, second] = ofRule('tea-refill') as RecurringDeadline[];
		expect(first!.times[0]).toBe('2026-11-25T14:40');
		expect(first!.times.at(-1)).toBe('2026-11-25T16:50');
		expect(second!.times).toHaveLength(14);
		expect(second!.warnings).toEqual([]);
	});

	it('counts meeting rules from the first start and the last end', () => {
		expect(ofRule('notice-next-week')).toHaveLength(1);
		expect((ofRule('notice-next-week')[0] as PointDeadline).due).toBe('2026-11-20T16:00');
		expect((ofRule('catering-confirm')[0] as PointDeadline).due).toBe('2026-11-23');
		expect((ofRule('transcript-24h')[0] as PointDeadline).due).toBe('2026-11-27T11:30');
		expect((ofRule('minutes-draft-2wd')[0] as PointDeadline).due).toBe('2026-11-30');
		expect(ofRule('minutes-48h')[0]!.session).toBeUndefined();
	});

	it('treats a single start and end as one session', () => {
		const single = meetingDeadlines({ start: '2026-11-25T09:00', end: '2026-11-25T11:00' });
		const asSessions = meetingDeadlines({ sessions: [{ start: '2026-11-25T09:00', end: '2026-11-25T11:00' }] });
		expect(asSessions).toEqual(single);
	});

	it('rejects overlapping sessions, an empty list and a bad session with its number', () => {
		expect(
			inputErrorOf({
				sessions: [
					{ start: '2026-11-25T09:00', end: '2026-11-25T11:00' },
					{ start: '2026-11-25T10:30', end: '2026-11-25T12:00' },
				],
			}).code,
		).toBe('sessions-overlap');
		expect(inputErrorOf({ sessions: [] }).code).toBe('no-sessions');
		const bad = inputErrorOf({
			sessions: [
				{ start: '2026-11-25T09:00', end: '2026-11-25T11:00' },
				{ start: '2026-11-26T09:00', end: '2026-11-26T08:00' },
			],
		});
		expect(bad).toMatchObject({ code: 'end-not-after-start', params: { session: 2 } });
	});

	it('holds the seven-day limit across sessions', () => {
		expect(
			inputErrorOf({
				sessions: [
					{ start: '2026-11-20T09:00', end: '2026-11-20T11:00' },
					{ start: '2026-11-30T09:00', end: '2026-11-30T11:00' },
				],
			}).code,
		).toBe('meeting-too-long');
	});
});

describe('the meeting’s own standards', () => {
	it('keeps only the rules stated (or restated) by the given standards', () => {
		const rules = (standards: string[]) =>
			rulesOfStandards(deadlineRules, standards)
				.map((rule) => rule.id)
				.sort();
		expect(rules(['school-procedure'])).toEqual(
			['minutes-draft-2wd', 'notice-next-week', 'recorder-ready', 'resolution-notice-2wd', 'room-check'].sort(),
		);
		expect(rules(['standard-process-2017'])).not.toContain('tea-refill');
		expect(rules(['standard-process-2017'])).not.toContain('notice-next-week');
		expect(rules(['district-committee'])).toEqual(['tea-refill']);
		expect(rules([])).toEqual([]);
	});

	it('gives a 第五篇 meeting only 第五篇 deadlines', () => {
		const deadlines = meetingDeadlines(
			{ start: '2026-11-25T09:00', end: '2026-11-25T11:00' },
			rulesOfStandards(deadlineRules, ['school-procedure']),
		);
		expect(new Set(deadlines.map((deadline) => deadline.source.standard))).toEqual(new Set(['school-procedure']));
	});
});
