import { afterEach, describe, expect, it } from 'vitest';
import { meetingSchema, meetingsStateSchema } from '../../../src/schemas/meeting';
import { exportedMeetingSchema } from '../../../src/schemas/meetingExport';
import { progressStateSchema } from '../../../src/schemas/progress';
import { quizHistorySchema } from '../../../src/schemas/quizHistory';
import { seatingPlansStateSchema } from '../../../src/schemas/seatingPlan';
import { TIMESTAMP_MARGIN_MS } from '../../../src/schemas/timestamp';
import { trainingStateSchema } from '../../../src/schemas/training';
import { createMeetingsStore, MEETINGS_KEY } from '../../../src/stores/meetings';
import { mergeMeetings } from '../../../src/stores/meetingsState';
import { createProgressStore, PROGRESS_KEY } from '../../../src/stores/progress';
import { flowProgress } from '../../../src/stores/progressState';
import { unsavedSiteData } from '../../../src/stores/siteData';
import { storageStatus } from '../../../src/stores/storageStatus';
import type { Meeting } from '../../../src/schemas/meeting';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

/*
 * Issue #16: stored data is not trusted input (a sub-path deployment shares
 * localStorage with every app on the host), storage may be full, and two tabs
 * may hold the same meeting. Each case here failed before the fix.
 */

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
	delete (Object.prototype as Record<string, unknown>).polluted;
});

function openTab(tab: FakeTab, clock: { now: number }) {
	const progress = createProgressStore({ environment: tab, now: () => clock.now });
	const meetings = createMeetingsStore({ environment: tab, now: () => clock.now, progress });
	unsubscribers.push(
		meetings.$meetings.listen(() => {}),
		progress.$progress.listen(() => {}),
	);
	return { meetings, progress };
}

const NOW = Date.now();

const meeting = (extra: Partial<Meeting> = {}): Meeting => ({
	id: 'm-aaaaaaaa',
	name: '區委常委會',
	flowId: 'standing-committee',
	start: '2026-12-01T09:00',
	end: '2026-12-01T11:30',
	place: '',
	notes: '',
	expected: 0,
	archived: false,
	createdAt: 1,
	updatedAt: 2,
	...extra,
});

const envelope = (data: unknown, version = 1) => JSON.stringify({ version, data });

describe('timestamps', () => {
	const huge = [2 ** 53, 1e300, NOW + 2 * TIMESTAMP_MARGIN_MS, 1.5, -1];

	it.each(huge)('%s is refused by every stored and imported schema', (at) => {
		expect(meetingSchema.safeParse(meeting({ updatedAt: at })).success).toBe(false);
		expect(exportedMeetingSchema.safeParse({ ...meeting({ updatedAt: at }), ticked: [] }).success).toBe(false);
		expect(meetingsStateSchema.safeParse({ meetings: {}, deleted: { 'm-aaaaaaaa': at }, lastExport: null }).success).toBe(false);
		expect(progressStateSchema.safeParse({ runs: { practice: { f: { s: { done: true, at } } } }, deletedRuns: {} }).success).toBe(false);
		expect(trainingStateSchema.safeParse({ read: { 'county-meetings': { done: true, at, on: '2026-01-01T09:00' } } }).success).toBe(false);
		expect(quizHistorySchema.safeParse({ attempts: [], clearedAt: at }).success).toBe(false);
		expect(seatingPlansStateSchema.safeParse({ plans: {}, deleted: { 'plan-a': at } }).success).toBe(false);
	});

	it('a time a little ahead of this clock (another computer’s) is accepted', () => {
		expect(meetingSchema.safeParse(meeting({ updatedAt: NOW + 60 * 60 * 1000 })).success).toBe(true);
	});

	it('two tabs on a meeting stored with updatedAt 2^53 do not write back and forth', () => {
		const browser = new FakeBrowser();
		browser.items.set(
			MEETINGS_KEY,
			envelope({ meetings: { 'm-aaaaaaaa': meeting({ updatedAt: 2 ** 53 }) }, deleted: {}, lastExport: null }),
		);
		const clock = { now: NOW };
		const a = openTab(browser.tab(), clock);
		const b = openTab(browser.tab(), clock);
		a.meetings.updateMeeting('m-aaaaaaaa', { notes: 'A' });
		b.meetings.updateMeeting('m-aaaaaaaa', { notes: 'B' });
		expect(browser.deliver(20)).toBeLessThan(20);
		expect(browser.writes).toBeLessThan(20);
		// The value cannot be trusted to be outranked by an edit: it is kept aside with a notice.
		expect(storageStatus.get()[MEETINGS_KEY]?.code).toBe('invalid');
	});

	it('two tabs holding different copies with the same updatedAt converge (ties go by content)', () => {
		const browser = new FakeBrowser();
		const at = NOW + 1000;
		const clock = { now: NOW };
		const a = openTab(browser.tab(), clock);
		const b = openTab(browser.tab(), clock);
		a.meetings.$meetings.set({ meetings: { 'm-aaaaaaaa': meeting({ updatedAt: at, notes: 'A' }) }, deleted: {}, lastExport: null });
		b.meetings.$meetings.set({ meetings: { 'm-aaaaaaaa': meeting({ updatedAt: at, notes: 'B' }) }, deleted: {}, lastExport: null });
		expect(browser.deliver(20)).toBeLessThan(20);
		expect(a.meetings.$meetings.get()).toEqual(b.meetings.$meetings.get());
	});

	it('mergeMeetings keeps the same copy whatever the argument order', () => {
		const left = { meetings: { 'm-aaaaaaaa': meeting({ updatedAt: 5, notes: 'left' }) }, deleted: {}, lastExport: null };
		const right = { meetings: { 'm-aaaaaaaa': meeting({ updatedAt: 5, notes: 'right' }) }, deleted: {}, lastExport: null };
		expect(mergeMeetings(left, right)).toEqual(mergeMeetings(right, left));
	});
});

describe('a full storage', () => {
	it('an import that does not fit changes neither meetings nor ticks, and says so', () => {
		const browser = new FakeBrowser();
		const clock = { now: NOW };
		const { meetings, progress } = openTab(browser.tab(), clock);
		progress.setStep('practice', 'standing-committee', 'meeting-notice', true);
		const ticksBefore = browser.raw(PROGRESS_KEY);
		browser.fullFor.add(PROGRESS_KEY);
		const result = meetings.importMeetings([{ ...meeting(), ticked: ['meeting-notice'] }]);
		expect(result).toEqual({ ok: false, code: 'quota' });
		expect(browser.raw(MEETINGS_KEY)).toBeNull();
		expect(browser.raw(PROGRESS_KEY)).toBe(ticksBefore);
		// Nothing is shown that storage does not hold.
		expect(meetings.$meetings.get().meetings['m-aaaaaaaa']).toBeUndefined();
		expect([...flowProgress(progress.$progress.get(), 'm-aaaaaaaa', 'standing-committee')]).toEqual([]);
	});

	it('importing 1000 meetings twice with “keep both” into a full storage lists what storage holds', () => {
		const browser = new FakeBrowser();
		const clock = { now: NOW };
		const { meetings } = openTab(browser.tab(), clock);
		const batch = (prefix: string) =>
			Array.from({ length: 1000 }, (_, i) => ({ ...meeting({ id: `m-${prefix}${String(i).padStart(6, '0')}` }), ticked: [] }));
		expect(meetings.importMeetings(batch('a')).ok).toBe(true);
		browser.full = true;
		expect(meetings.importMeetings(batch('b')).ok).toBe(false);
		expect(Object.keys(meetings.$meetings.get().meetings)).toHaveLength(1000);
		expect(Object.keys(JSON.parse(browser.raw(MEETINGS_KEY)!).data.meetings)).toHaveLength(1000);
	});

	it('an import next to a meetings value of a newer release writes nothing, not even ticks', () => {
		const browser = new FakeBrowser();
		const newer = envelope({ whatever: true }, 2);
		browser.items.set(MEETINGS_KEY, newer);
		const { meetings } = openTab(browser.tab(), { now: NOW });
		const result = meetings.importMeetings([{ ...meeting(), ticked: ['meeting-notice'] }]);
		expect(result).toEqual({ ok: false, code: 'blocked' });
		expect(browser.raw(MEETINGS_KEY)).toBe(newer);
		expect(browser.raw(PROGRESS_KEY)).toBeNull();
	});

	it('a change storage refused is not reported saved, and can be exported as a file', () => {
		const browser = new FakeBrowser();
		const { meetings } = openTab(browser.tab(), { now: NOW });
		browser.full = true;
		meetings.createMeeting({ name: '全會', flowId: 'standing-committee', start: '', end: '', place: '', notes: '', expected: 0 });
		expect(meetings.$meetings.isSaved()).toBe(false);
		const unsaved = unsavedSiteData('2026-11-30T00:00:00.000Z');
		expect(unsaved.format).toBe('huiwu-handbook/site-data');
		const kept = unsaved.storage[MEETINGS_KEY] as { version: number; data: { meetings: Record<string, Meeting> } };
		expect(Object.values(kept.data.meetings).map((m) => m.name)).toEqual(['全會']);
	});

	it('a write storage silently dropped is not reported saved (read back)', () => {
		const browser = new FakeBrowser();
		const { meetings } = openTab(browser.tab(), { now: NOW });
		browser.dropsWritesTo.add(MEETINGS_KEY);
		meetings.createMeeting({ name: '全會', flowId: 'standing-committee', start: '', end: '', place: '', notes: '', expected: 0 });
		expect(meetings.$meetings.isSaved()).toBe(false);
		expect(storageStatus.get()[MEETINGS_KEY]).toMatchObject({ code: 'quota', unsaved: true });
	});

	it('changes a full storage refused are written when the page is left after space was freed', () => {
		const browser = new FakeBrowser();
		const tab = browser.tab();
		const { meetings } = openTab(tab, { now: NOW });
		browser.full = true;
		meetings.createMeeting({ name: '全會', flowId: 'standing-committee', start: '', end: '', place: '', notes: '', expected: 0 });
		expect(browser.raw(MEETINGS_KEY)).toBeNull();
		browser.full = false;
		tab.events.dispatchEvent(new Event('pagehide'));
		expect(meetings.$meetings.isSaved()).toBe(true);
		expect(browser.raw(MEETINGS_KEY)).toContain('全會');
	});
});

describe('hostile stored values', () => {
	it.each(['__proto__/polluted', '__proto__/hasOwnProperty', 'constructor/x', 'plenary/__proto__'])(
		'a version-0 progress key %s ends in the invalid notice, and no object changes',
		(path) => {
			const browser = new FakeBrowser();
			const raw = envelope({ [path]: true }, 0);
			browser.items.set(PROGRESS_KEY, raw);
			const progress = createProgressStore({ environment: browser.tab(), now: () => NOW });
			unsubscribers.push(progress.$progress.listen(() => {}));
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			expect(Object.prototype.hasOwnProperty).toBe(Object.hasOwnProperty);
			expect(typeof {}.hasOwnProperty).toBe('function');
			expect(storageStatus.get()[PROGRESS_KEY]?.code).toBe('invalid');
			expect(browser.raw(PROGRESS_KEY)).toBe(raw);
		},
	);

	it.each(['__proto__', 'constructor', 'prototype'])('the schemas refuse %s as a key', (key) => {
		const data = JSON.parse(`{"runs":{"${key}":{"plenary":{"s1":{"done":true,"at":1}}}},"deletedRuns":{}}`);
		const checked = progressStateSchema.safeParse(data);
		// Either refused, or (zod drops an own "__proto__" key) not carried into the data.
		expect(checked.success && Object.hasOwn(checked.data.runs, key)).toBe(false);
		if (key !== '__proto__') expect(checked.success).toBe(false);
		expect(seatingPlansStateSchema.safeParse({ plans: {}, deleted: { [key]: 1 } }).success).toBe(key === '__proto__' ? true : false);
	});

	it('a store reads its data into prototype-free maps', () => {
		const browser = new FakeBrowser();
		browser.items.set(PROGRESS_KEY, envelope({ runs: { practice: { plenary: { s1: { done: true, at: 1 } } } }, deletedRuns: {} }));
		const progress = createProgressStore({ environment: browser.tab(), now: () => NOW });
		unsubscribers.push(progress.$progress.listen(() => {}));
		const { runs } = progress.$progress.get();
		expect(Object.getPrototypeOf(runs)).toBeNull();
		expect(runs.constructor).toBeUndefined();
		expect(runs.practice?.plenary?.s1).toEqual({ done: true, at: 1 });
	});
});
