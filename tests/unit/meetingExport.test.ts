import { describe, expect, it } from 'vitest';
import {
	buildExport,
	duplicateIds,
	importConflicts,
	needsBackupReminder,
	parseImport,
	planImport,
	resolveDuplicates,
} from '../../src/lib/meetingExport';
import { meetingInputProblem } from '../../src/lib/meetingInput';
import type { Meeting } from '../../src/schemas/meeting';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../../src/schemas/meetingExport';
import type { Participant } from '../../src/schemas/participant';
import { blankParticipant } from '../../src/lib/participants';

const person = (id: string, name: string, extra: Partial<Participant> = {}): Participant => ({ ...blankParticipant(name), id, ...extra });

const meeting = (id: string, extra: Partial<Meeting> = {}): Meeting => ({
	id,
	name: '區委常委會',
	flowId: 'standing-committee',
	start: '2026-12-01T09:00',
	end: '2026-12-01T11:30',
	place: '第一會議室',
	notes: '',
	expected: 25,
	archived: false,
	createdAt: 1,
	updatedAt: 2,
	...extra,
});
const flows = new Set(['standing-committee', 'on-site']);
const file = (data: unknown) => JSON.stringify(data);
const exported = (meetings: Meeting[], ticked: string[] = ['meeting-notice']) =>
	buildExport(meetings, () => ticked, 'keys-0000abcd', '2026-11-27T04:00:00.000Z');

describe('the export format', () => {
	it('names itself, its version and the flow data version, and carries ticks per meeting', () => {
		const data = exported([meeting('m-aaaaaaaa')]);
		expect(data.format).toBe(EXPORT_FORMAT);
		expect(data.formatVersion).toBe(EXPORT_FORMAT_VERSION);
		expect(data.flowDataVersion).toBe('keys-0000abcd');
		expect(data.meetings[0]).toMatchObject({ id: 'm-aaaaaaaa', name: '區委常委會', ticked: ['meeting-notice'] });
	});

	it('round-trips through JSON and the import check', () => {
		const data = exported([meeting('m-aaaaaaaa'), meeting('m-bbbbbbbb', { flowId: 'on-site', name: '現場會' })]);
		const result = parseImport(file(data), flows, 'keys-0000abcd');
		expect(result).toEqual({ ok: true, meetings: data.meetings, flowDataChanged: false, duplicates: [] });
	});

	it('notes when the checklists have changed since the export', () => {
		const result = parseImport(file(exported([meeting('m-aaaaaaaa')])), flows, 'keys-ffff0000');
		expect(result.ok && result.flowDataChanged).toBe(true);
	});
});

describe('the people of a meeting', () => {
	const people = [
		person('p-aaaaaa01', '張三', { unit: '區政府', title: '區長', rostrum: true }),
		person('p-aaaaaa02', '李四', { attendance: 'leave', reason: '出差', takenBy: '王秘書' }),
		person('p-aaaaaa03', '王五', { attendance: 'signed-in', signedInAt: '2026-12-01T08:50' }),
	];
	const withPeople = () =>
		buildExport(
			[meeting('m-aaaaaaaa'), meeting('m-bbbbbbbb')],
			() => [],
			'keys-0000abcd',
			'2026-11-27T04:00:00.000Z',
			(id) => (id === 'm-aaaaaaaa' ? people : []),
		);

	it('travel with their meeting, in order, attendance and all', () => {
		const result = parseImport(file(withPeople()), flows, 'keys-0000abcd');
		expect(result.ok && result.meetings.map((m) => m.participants)).toEqual([people, []]);
	});

	it('a version 1 file (no people) still imports', () => {
		const { participants: _none, ...old } = exported([meeting('m-aaaaaaaa')]).meetings[0]!;
		const result = parseImport(file({ ...exported([]), formatVersion: 1, meetings: [old] }), flows, 'keys-0000abcd');
		expect(result.ok && result.meetings[0]!.participants).toBeUndefined();
	});

	it('one bad person refuses the whole file', () => {
		const data = withPeople();
		const bad = {
			...data,
			meetings: [
				{ ...data.meetings[0], participants: [...people, { ...people[0], id: 'p-bbbbbb01', attendance: 'maybe' }] },
				data.meetings[1],
			],
		};
		const result = parseImport(file(bad), flows, 'keys-0000abcd');
		expect(!result.ok && result.code).toBe('invalid');
		expect(!result.ok && result.params.path).toBe('meetings.0.participants.3.attendance');
	});

	it('the same person id twice in a meeting is refused', () => {
		const data = withPeople();
		const bad = { ...data, meetings: [{ ...data.meetings[0], participants: [...people, people[0]] }] };
		expect(parseImport(file(bad), flows, 'keys-0000abcd')).toMatchObject({ ok: false, code: 'invalid' });
	});
});

describe('a bad import file is refused whole, with a code', () => {
	const valid = exported([meeting('m-aaaaaaaa')]);
	it.each([
		['not JSON', '{"format": "huiwu', 'not-json'],
		['JSON of another program', file({ name: 'something else' }), 'not-an-export'],
		['a JSON list', file([1, 2]), 'not-an-export'],
		['a newer format', file({ ...valid, formatVersion: EXPORT_FORMAT_VERSION + 1 }), 'newer-format'],
		['a meeting missing its name', file({ ...valid, meetings: [{ ...valid.meetings[0], name: '' }] }), 'invalid'],
		['an impossible date-time string', file({ ...valid, meetings: [{ ...valid.meetings[0], start: 'tomorrow' }] }), 'invalid'],
		['ticks that are not a list', file({ ...valid, meetings: [{ ...valid.meetings[0], ticked: 'all' }] }), 'invalid'],
		['a flow this site does not have', file({ ...valid, meetings: [{ ...valid.meetings[0], flowId: 'no-such-flow' }] }), 'unknown-flow'],
		['no meetings', file({ ...valid, meetings: [] }), 'empty'],
	])('%s', (_name, text, code) => {
		const result = parseImport(text, flows, 'keys-0000abcd');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.code).toBe(code);
	});

	it('says which field is wrong', () => {
		const bad = file({ ...valid, meetings: [{ ...valid.meetings[0], expected: -1 }] });
		const result = parseImport(bad, flows, 'keys-0000abcd');
		expect(!result.ok && result.params.path).toBe('meetings.0.expected');
	});
});

describe('importing a meeting that already exists', () => {
	const imported = exported([meeting('m-aaaaaaaa'), meeting('m-cccccccc')]).meetings;
	const existing = new Set(['m-aaaaaaaa']);

	it('asks only about the meetings that exist', () => {
		expect(importConflicts(imported, existing)).toEqual(['m-aaaaaaaa']);
	});

	it('replace keeps the id; keep-both gives the copy a new id', () => {
		const ids = ['m-newid0001'];
		expect(planImport(imported, existing, { 'm-aaaaaaaa': 'replace' }, () => ids[0]!).map((m) => m.id)).toEqual([
			'm-aaaaaaaa',
			'm-cccccccc',
		]);
		expect(planImport(imported, existing, { 'm-aaaaaaaa': 'keep-both' }, () => ids[0]!).map((m) => m.id)).toEqual([
			'm-newid0001',
			'm-cccccccc',
		]);
	});
});

describe('an import is checked like the form', () => {
	const valid = exported([meeting('m-aaaaaaaa')]);
	const withDates = (start: string, end: string) => file({ ...valid, meetings: [{ ...valid.meetings[0], start, end }] });

	it.each([
		['9999-99-99T99:99', '2026-12-01T11:30'],
		['2026-02-30T09:00', ''],
		['2026-12-01T24:00', ''],
	])('refuses the date-time %s that the form cannot produce', (start, end) => {
		expect(meetingInputProblem({ name: 'x', start, end, expected: 0 })).toBe('invalid-date');
		const result = parseImport(withDates(start, end), flows, 'keys-0000abcd');
		expect(result.ok).toBe(false);
	});

	it('refuses an end before the start, naming the meeting', () => {
		const result = parseImport(withDates('2026-12-01T11:30', '2026-12-01T09:00'), flows, 'keys-0000abcd');
		expect(result).toEqual({ ok: false, code: 'invalid-meeting', params: { name: '區委常委會', problem: 'end-before-start' } });
	});

	it('takes a leap day', () => {
		expect(parseImport(withDates('2028-02-29T09:00', '2028-02-29T10:00'), flows, 'keys-0000abcd').ok).toBe(true);
	});
});

describe('a file holding the same meeting twice', () => {
	const first = { ...meeting('m-aaaaaaaa', { name: '第一份' }), ticked: ['meeting-notice'] };
	const second = { ...meeting('m-aaaaaaaa', { name: '第二份' }), ticked: ['conference-room'] };
	const other = { ...meeting('m-cccccccc'), ticked: [] };
	const text = file({ ...exported([]), meetings: [first, other, second] });

	it('is reported before anything is written', () => {
		const result = parseImport(text, flows, 'keys-0000abcd');
		expect(result.ok && result.duplicates).toEqual(['m-aaaaaaaa']);
		expect(duplicateIds([other])).toEqual([]);
	});

	it('keeps every copy, each with its own ticks, when the person chooses so', () => {
		const kept = resolveDuplicates([first, other, second], { 'm-aaaaaaaa': 'keep-all' }, () => 'm-newid0001');
		expect(kept.map((m) => [m.id, m.name, m.ticked])).toEqual([
			['m-aaaaaaaa', '第一份', ['meeting-notice']],
			['m-cccccccc', '區委常委會', []],
			['m-newid0001', '第二份', ['conference-room']],
		]);
	});

	it('keeps only the copy the person chose', () => {
		const kept = resolveDuplicates([first, other, second], { 'm-aaaaaaaa': 0 }, () => 'm-newid0001');
		expect(kept.map((m) => m.name)).toEqual(['第一份', '區委常委會']);
	});
});

describe('the backup reminder', () => {
	const day = 24 * 60 * 60 * 1000;
	it('shows when nothing was ever exported, or the last export is over 30 days old', () => {
		expect(needsBackupReminder(null, 100 * day, true)).toBe(true);
		expect(needsBackupReminder(60 * day, 100 * day, true)).toBe(true);
		expect(needsBackupReminder(80 * day, 100 * day, true)).toBe(false);
	});
	it('stays quiet with no meetings to lose', () => {
		expect(needsBackupReminder(null, 100 * day, false)).toBe(false);
	});
});
