import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, parseImport } from '../../../src/lib/meetingExport';
import type { Meeting } from '../../../src/schemas/meeting';
import { createDocumentsStore, DOCUMENTS_KEY, liveEntries, typedFields } from '../../../src/stores/documents';
import { createMeetingsStore } from '../../../src/stores/meetings';
import { createProgressStore } from '../../../src/stores/progress';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

/** The documents store (huiwu:v1:documents): typed fields, the call log and the resolution notices, across tabs and through the meeting export. */
const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

let counter = 0;
function openTab(tab: FakeTab, clock: { now: number }) {
	const store = createDocumentsStore({ environment: tab, now: () => clock.now, newId: (prefix) => `${prefix}-id${++counter}x` });
	unsubscribers.push(store.$documents.listen(() => {}));
	return store;
}
const M = 'm-aaaaaaaa';

describe('documents store', () => {
	it('keeps typed fields, calls and notices in a versioned envelope', () => {
		const browser = new FakeBrowser();
		const store = openTab(browser.tab(), { now: 10 });
		store.setField(M, 'plan.security', '民警兩名');
		const call = store.addCall(M, { callee: '張委員', receiver: '小劉', answeredAt: '2026-11-28T10:05', relayedBy: '小劉', reply: '' });
		store.addResolution(M, { unit: '教育局', matter: '安全檢查', deadline: '2026-12-04', progress: '', feedbackOn: '', closed: false });
		const second = store.addResolution(M, { unit: '財政局', matter: '撥款', deadline: '', progress: '', feedbackOn: '', closed: false });
		store.removeCall(M, call);
		const stored = JSON.parse(browser.raw(DOCUMENTS_KEY)!);
		expect(stored.version).toBe(2);
		expect(stored.data.deleted).toEqual({});
		const documents = stored.data.meetings[M];
		expect(typedFields(documents)).toEqual({ 'plan.security': '民警兩名' });
		expect(liveEntries(documents.calls)).toEqual([]);
		expect(documents.resolutions[second].number).toBe(2);
	});

	it('merges two tabs entry by entry: the later change wins, a removal is not undone', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		const id = a.addResolution(M, { unit: '教育局', matter: '', deadline: '', progress: '', feedbackOn: '', closed: false });
		browser.deliver();
		clockA.now = 200;
		a.setField(M, 'minutes.decisions', '一、同意');
		clockB.now = 300;
		b.updateResolution(M, id, { progress: '已辦結', feedbackOn: '2026-12-03', closed: true });
		b.setField(M, 'plan.place', '第二會議室');
		browser.deliver();
		for (const store of [a, b]) {
			const documents = store.$documents.get().meetings[M]!;
			expect(typedFields(documents)).toEqual({ 'minutes.decisions': '一、同意', 'plan.place': '第二會議室' });
			expect(documents.resolutions[id]).toMatchObject({ closed: true, progress: '已辦結' });
		}
	});
});

describe('data versions', () => {
	it('reads version 1 (before drops were recorded) with everything typed kept', () => {
		const browser = new FakeBrowser();
		const v1 = { fields: { 'plan.place': { value: '第二會議室', at: 5 } }, calls: {}, resolutions: {} };
		browser.writeFromElsewhere(DOCUMENTS_KEY, JSON.stringify({ version: 1, data: { meetings: { [M]: v1 } } }));
		const store = openTab(browser.tab(), { now: 10 });
		expect(store.$documents.get()).toEqual({ meetings: { [M]: v1 }, deleted: {} });
		store.setField(M, 'notice.contact', '0571-1234567');
		expect(JSON.parse(browser.raw(DOCUMENTS_KEY)!).version).toBe(2);
	});
});

describe('meeting export and import carry the documents', () => {
	const meeting: Meeting = {
		id: M,
		name: '區委常委會',
		flowId: 'standing-committee',
		start: '2026-12-01T09:00',
		end: '2026-12-01T11:30',
		place: '第一會議室',
		notes: '',
		expected: 0,
		archived: false,
		createdAt: 1,
		updatedAt: 2,
	};

	it('round-trips what was typed, and refuses the whole file when a document entry is bad', () => {
		const source = openTab(new FakeBrowser().tab(), { now: 5 });
		source.setField(M, 'notice.contact', '0571-1234567');
		source.addCall(M, { callee: '王書記', receiver: '王書記', answeredAt: '', relayedBy: '', reply: '出席' });
		const file = buildExport(
			[meeting],
			() => [],
			'keys-1',
			'2026-11-30T00:00:00Z',
			() => [],
			source.exportFor,
		);
		const parsed = parseImport(JSON.stringify(file), new Set(['standing-committee']), 'keys-1');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;

		const tab = new FakeBrowser().tab();
		const documents = openTab(tab, { now: 9 });
		const progress = createProgressStore({ environment: tab });
		const meetings = createMeetingsStore({ environment: tab, progress, documents });
		unsubscribers.push(
			meetings.$meetings.listen(() => {}),
			progress.$progress.listen(() => {}),
		);
		meetings.importMeetings(parsed.meetings);
		expect(typedFields(documents.$documents.get().meetings[M]!)).toEqual({ 'notice.contact': '0571-1234567' });
		expect(liveEntries(documents.$documents.get().meetings[M]!.calls)).toHaveLength(1);

		const bad = JSON.parse(JSON.stringify(file));
		bad.meetings[0].documents.calls = { 'call-id1x': { callee: 1 } };
		const refused = parseImport(JSON.stringify(bad), new Set(['standing-committee']), 'keys-1');
		expect(refused).toMatchObject({ ok: false, code: 'invalid' });
	});

	it('bring back the documents of a meeting whose documents were dropped, in every tab', () => {
		const source = openTab(new FakeBrowser().tab(), { now: 5 });
		source.setField(M, 'notice.contact', '0571-1234567');
		const file = buildExport(
			[meeting],
			() => [],
			'keys-1',
			'2026-11-30T00:00:00Z',
			() => [],
			source.exportFor,
		);
		const parsed = parseImport(JSON.stringify(file), new Set(['standing-committee']), 'keys-1');
		if (!parsed.ok) throw new Error('file refused');

		const browser = new FakeBrowser();
		const clock = { now: 5 };
		const documents = openTab(browser.tab(), clock);
		const other = openTab(browser.tab(), clock);
		documents.setField(M, 'notice.contact', '0571-1234567');
		clock.now = 100;
		documents.dropMeeting(M);
		browser.deliver();
		expect(other.$documents.get().meetings[M]).toBeUndefined();
		const tab = browser.tab();
		const progress = createProgressStore({ environment: tab });
		const meetings = createMeetingsStore({ environment: tab, documents, progress });
		unsubscribers.push(
			meetings.$meetings.listen(() => {}),
			progress.$progress.listen(() => {}),
		);
		clock.now = 200;
		expect(meetings.importMeetings(parsed.meetings).ok).toBe(true);
		browser.deliver();
		for (const tab of [documents, other]) {
			expect(typedFields(tab.$documents.get().meetings[M]!)).toEqual({ 'notice.contact': '0571-1234567' });
		}
	});

	it('still reads files made before documents existed', () => {
		const file = buildExport([meeting], () => [], 'keys-1', '2026-11-30T00:00:00Z');
		expect(file.meetings[0]).not.toHaveProperty('documents');
		expect(parseImport(JSON.stringify(file), new Set(['standing-committee']), 'keys-1').ok).toBe(true);
	});
});
