import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, parseImport } from '../../../src/lib/meetingExport';
import { createDocumentsStore, DOCUMENTS_KEY, typedFields } from '../../../src/stores/documents';
import { mergeDocuments } from '../../../src/stores/documentsState';
import { blankParticipant } from '../../../src/lib/participants';
import { createParticipantsStore, PARTICIPANTS_KEY } from '../../../src/stores/participants';
import { createMeetingsStore, MEETINGS_KEY, newMeetingId } from '../../../src/stores/meetings';
import { mergeMeetings, sortedMeetings } from '../../../src/stores/meetingsState';
import { createProgressStore } from '../../../src/stores/progress';
import { flowProgress } from '../../../src/stores/progressState';
import type { MeetingInput } from '../../../src/schemas/meeting';
import { meetingSchema } from '../../../src/schemas/meeting';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function openTab(tab: FakeTab, clock: { now: number }) {
	const progress = createProgressStore({ environment: tab, now: () => clock.now });
	const participants = createParticipantsStore({ environment: tab, now: () => clock.now });
	const documents = createDocumentsStore({ environment: tab, now: () => clock.now });
	const meetings = createMeetingsStore({
		environment: tab,
		now: () => clock.now,
		progress,
		participants,
		documents,
	});
	unsubscribers.push(
		meetings.$meetings.listen(() => {}),
		progress.$progress.listen(() => {}),
		participants.$participants.listen(() => {}),
		documents.$documents.listen(() => {}),
	);
	return { meetings, progress, participants, documents };
}

const input = (name: string, start = '2026-12-01T09:00'): MeetingInput => ({
	name,
	flowId: 'standing-committee',
	start,
	end: '',
	place: '',
	notes: '',
	expected: 0,
});

describe('meetings of one flow', () => {
	it('keep their ticks apart, and apart from the practice run', () => {
		const browser = new FakeBrowser();
		const clock = { now: 1000 };
		const { meetings, progress } = openTab(browser.tab(), clock);
		const tuesday = meetings.createMeeting(input('常委會(週二)'));
		const thursday = meetings.createMeeting(input('常委會(週四)'));
		progress.setStep(tuesday, 'standing-committee', 'meeting-notice', true);
		const state = progress.$progress.get();
		expect([...flowProgress(state, tuesday, 'standing-committee')]).toEqual(['meeting-notice']);
		expect([...flowProgress(state, thursday, 'standing-committee')]).toEqual([]);
		expect([...flowProgress(state, 'practice', 'standing-committee')]).toEqual([]);
	});

	it('are listed by date, archived ones last', () => {
		const { meetings } = openTab(new FakeBrowser().tab(), { now: 1 });
		const late = meetings.createMeeting(input('後', '2026-12-05T09:00'));
		const early = meetings.createMeeting(input('前', '2026-12-01T09:00'));
		const undated = meetings.createMeeting(input('未定', ''));
		const old = meetings.createMeeting(input('舊', '2026-01-01T09:00'));
		meetings.setArchived(old, true);
		expect(sortedMeetings(meetings.$meetings.get()).map((m) => m.id)).toEqual([early, late, undated, old]);
	});
});

describe('duplicating a meeting', () => {
	it('starts the next one: same flow and place, no dates, no ticks', () => {
		const clock = { now: 1 };
		const { meetings, progress } = openTab(new FakeBrowser().tab(), clock);
		const first = meetings.createMeeting({ ...input('現場會'), flowId: 'on-site', place: '新區工地' });
		progress.setStep(first, 'on-site', 'meeting-notice', true);
		const copy = meetings.duplicateMeeting(first, '(複製)')!;
		const made = meetings.$meetings.get().meetings[copy]!;
		expect(made).toMatchObject({ name: '現場會(複製)', flowId: 'on-site', place: '新區工地', start: '', end: '' });
		expect([...flowProgress(progress.$progress.get(), copy, 'on-site')]).toEqual([]);
	});
});

describe('deleting a meeting', () => {
	it('can be undone with its ticks, and its ticks go only when purged', () => {
		const clock = { now: 10 };
		const { meetings, progress } = openTab(new FakeBrowser().tab(), clock);
		const id = meetings.createMeeting(input('黨政聯席會'));
		progress.setStep(id, 'standing-committee', 'meeting-notice', true);
		clock.now = 20;
		const removed = meetings.deleteMeeting(id)!;
		expect(meetings.$meetings.get().meetings[id]).toBeUndefined();
		clock.now = 30;
		meetings.undoDelete(removed);
		expect(meetings.$meetings.get().meetings[id]?.name).toBe('黨政聯席會');
		expect([...flowProgress(progress.$progress.get(), id, 'standing-committee')]).toEqual(['meeting-notice']);
		clock.now = 40;
		meetings.deleteMeeting(id);
		meetings.purgeDeleted();
		expect(progress.$progress.get().runs[id]).toBeUndefined();
	});

	it('keeps its people and documents for 復原, and drops them with the meeting for good in every tab', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 10 };
		const clockB = { now: 10 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		const id = a.meetings.createMeeting(input('區委常委會'));
		const other = a.meetings.createMeeting(input('黨政聯席會'));
		a.participants.addParticipants(id, [blankParticipant('王書記')]);
		a.documents.setField(id, 'minutes.decisions', '一、同意');
		a.documents.addCall(id, { callee: '張委員', receiver: '小劉', answeredAt: '', relayedBy: '', reply: '' });
		a.documents.addResolution(id, { unit: '教育局', matter: '', deadline: '', progress: '', feedbackOn: '', closed: false });
		a.documents.setField(other, 'plan.place', '第二會議室');
		browser.deliver();

		clockA.now = 20;
		const removed = a.meetings.deleteMeeting(id)!;
		clockA.now = 30;
		a.meetings.undoDelete(removed);
		// 復原 brings back the meeting with everything kept for it.
		expect(typedFields(a.documents.$documents.get().meetings[id]!)).toEqual({ 'minutes.decisions': '一、同意' });
		expect(a.participants.participants(id).map((p) => p.name)).toEqual(['王書記']);

		clockA.now = 40;
		a.meetings.deleteMeeting(id);
		a.meetings.purgeDeleted();
		browser.deliver();
		for (const tab of [a, b]) {
			expect(tab.documents.$documents.get().meetings[id]).toBeUndefined();
			expect(tab.participants.participants(id)).toEqual([]);
			// Another meeting's documents are untouched.
			expect(typedFields(tab.documents.$documents.get().meetings[other]!)).toEqual({ 'plan.place': '第二會議室' });
		}
		expect(JSON.parse(browser.raw(DOCUMENTS_KEY)!).data.meetings[id]).toBeUndefined();
		expect(JSON.parse(browser.raw(PARTICIPANTS_KEY)!).data.lists[id]).toBeUndefined();

		// A tab that missed the drop still holds the old copy and writes again: the drop holds.
		const stale = openTab(new FakeBrowser().tab(), { now: 35 });
		stale.documents.setField(id, 'minutes.decisions', '一、同意');
		const merged = mergeDocuments(stale.documents.$documents.get(), a.documents.$documents.get());
		expect(merged.meetings[id]).toBeUndefined();
		// Typing after the drop (a later change) is not lost.
		const later = openTab(new FakeBrowser().tab(), { now: 50 });
		later.documents.setField(id, 'notice.contact', '0571-1234567');
		expect(typedFields(mergeDocuments(a.documents.$documents.get(), later.documents.$documents.get()).meetings[id]!)).toEqual({
			'notice.contact': '0571-1234567',
		});
	});
});

describe('two tabs', () => {
	it('merge meetings made in each, and a deletion is not undone by a stale tab', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		const one = a.meetings.createMeeting(input('甲'));
		browser.deliver();
		clockB.now = 150;
		const two = b.meetings.createMeeting(input('乙'));
		browser.deliver();
		expect(Object.keys(a.meetings.$meetings.get().meetings).sort()).toEqual([one, two].sort());
		clockA.now = 200;
		a.meetings.deleteMeeting(one);
		browser.deliver();
		expect(b.meetings.$meetings.get().meetings[one]).toBeUndefined();
		expect(JSON.parse(browser.raw(MEETINGS_KEY)!).data.meetings[one]).toBeUndefined();
	});

	it('merge is commutative and idempotent', () => {
		const base = { meetings: {}, deleted: {}, lastExport: null };
		const m = (id: string, updatedAt: number) =>
			meetingSchema.parse({ ...input(id.slice(2)), id, archived: false, createdAt: 1, updatedAt });
		const left = { ...base, meetings: { 'm-aaaaaa': m('m-aaaaaa', 5) }, lastExport: 3 };
		const right = { ...base, meetings: { 'm-aaaaaa': m('m-aaaaaa', 9), 'm-bbbbbb': m('m-bbbbbb', 2) }, deleted: { 'm-bbbbbb': 4 } };
		expect(mergeMeetings(left, right)).toEqual(mergeMeetings(right, left));
		expect(mergeMeetings(left, mergeMeetings(left, right))).toEqual(mergeMeetings(left, right));
		expect(Object.keys(mergeMeetings(left, right).meetings)).toEqual(['m-aaaaaa']);
		expect(mergeMeetings(left, right).meetings['m-aaaaaa']!.updatedAt).toBe(9);
	});
});

describe('import', () => {
	it('writes meetings and replaces their ticks', () => {
		const clock = { now: 1 };
		const { meetings, progress } = openTab(new FakeBrowser().tab(), clock);
		const id = meetings.createMeeting(input('常委會'));
		progress.setStep(id, 'standing-committee', 'conference-room', true);
		const meeting = meetings.$meetings.get().meetings[id]!;
		clock.now = 5;
		meetings.importMeetings([{ ...meeting, name: '常委會(匯入)', ticked: ['meeting-notice'] }]);
		expect(meetings.$meetings.get().meetings[id]?.name).toBe('常委會(匯入)');
		expect([...flowProgress(progress.$progress.get(), id, 'standing-committee')]).toEqual(['meeting-notice']);
	});

	it('reads the ticks of a backup written before the checklists were completed through the key moves', () => {
		const clock = { now: 1 };
		const { meetings, progress } = openTab(new FakeBrowser().tab(), clock);
		const id = meetings.createMeeting({ ...input('校務會議'), flowId: 'school-procedure' });
		const meeting = meetings.$meetings.get().meetings[id]!;
		meetings.importMeetings([{ ...meeting, ticked: ['record-contents', 'collect-classified'] }]);
		expect([...flowProgress(progress.$progress.get(), id, 'school-procedure')].sort()).toEqual([
			'collect-classified',
			'record-contents/record-continuity',
		]);
	});

	it('records the last export for the reminder', () => {
		const clock = { now: 77 };
		const { meetings } = openTab(new FakeBrowser().tab(), clock);
		meetings.markExported();
		expect(meetings.$meetings.get().lastExport).toBe(77);
	});
});

describe('meeting ids', () => {
	it('are random, ASCII and valid for the schema', () => {
		const ids = new Set(Array.from({ length: 200 }, newMeetingId));
		expect(ids.size).toBe(200);
		for (const id of ids) expect(id).toMatch(/^m-[a-z0-9]{6,32}$/);
	});
});

describe('a meeting that runs several flows', () => {
	it('records 負責人 and who ticked a step; export and import carry every flow’s ticks', () => {
		const clock = { now: 10 };
		const here = openTab(new FakeBrowser().tab(), clock);
		const id = here.meetings.createMeeting({ ...input('黨代會'), extraFlowIds: ['on-site'] });
		here.meetings.setOperator(' 王秘書 ');
		here.meetings.setOwner(id, 'standing-committee', 'meeting-notice', '李科長');
		here.progress.setStep(id, 'on-site', 'meeting-notice', true);
		here.meetings.recordTick(id, 'on-site', ['meeting-notice'], true);
		const meeting = here.meetings.$meetings.get().meetings[id]!;
		expect(meeting.owners).toEqual({ 'standing-committee/meeting-notice': '李科長' });
		expect(meeting.tickedBy).toEqual({ 'on-site/meeting-notice': '王秘書' });
		here.meetings.recordTick(id, 'on-site', ['meeting-notice'], false);
		expect(here.meetings.$meetings.get().meetings[id]!.tickedBy).toEqual({});
		here.meetings.recordTick(id, 'on-site', ['meeting-notice'], true);

		const file = JSON.stringify(
			buildExport(
				Object.values(here.meetings.$meetings.get().meetings),
				here.meetings.tickedKeys,
				'v',
				'now',
				here.meetings.participantsOf,
			),
		);
		const result = parseImport(file, new Set(['standing-committee', 'on-site']), 'v');
		expect(result.ok && result.meetings[0]!.extraTicked).toEqual({ 'on-site': ['meeting-notice'] });
		expect(parseImport(file, new Set(['standing-committee']), 'v')).toMatchObject({
			ok: false,
			code: 'unknown-flow',
			params: { flowId: 'on-site' },
		});
		const there = openTab(new FakeBrowser().tab(), { now: 50 });
		there.meetings.importMeetings(result.ok ? result.meetings : []);
		expect([...flowProgress(there.progress.$progress.get(), id, 'on-site')]).toEqual(['meeting-notice']);
		expect(there.meetings.$meetings.get().meetings[id]).toMatchObject({ extraFlowIds: ['on-site'], owners: meeting.owners });
	});
});
