import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressState } from '../../../src/schemas/progress';
import { PROGRESS_KEY, PROGRESS_VERSION, createProgressStore, orphanedProgress, type ProgressStore } from '../../../src/stores/progress';
import { discardStored, storageStatus } from '../../../src/stores/storageStatus';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

/**
 * The progress store end to end: two tabs sharing one fake localStorage,
 * each with its own clock, storage events delivered by `browser.deliver()`.
 */
const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function openTab(tab: FakeTab, clock: { now: number }): ProgressStore {
	const store = createProgressStore({ environment: tab, now: () => clock.now });
	unsubscribers.push(store.$progress.listen(() => {}));
	return store;
}

const stored = (browser: FakeBrowser): { version: number; data: ProgressState } => JSON.parse(browser.raw(PROGRESS_KEY)!);
const done = (store: ProgressStore, runId: string, flowId: string) =>
	Object.entries(store.$progress.get().runs[runId]?.[flowId] ?? {})
		.filter(([, mark]) => mark.done)
		.map(([key]) => key)
		.sort();

describe('the store', () => {
	it('lives under huiwu:v1:progress at data version 2', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 42 });
		tab.setStep('practice', 'plenary', 's1', true);
		expect(PROGRESS_KEY).toBe('huiwu:v1:progress');
		expect(PROGRESS_VERSION).toBe(2);
		expect(stored(browser)).toEqual({
			version: PROGRESS_VERSION,
			data: { runs: { practice: { plenary: { s1: { done: true, at: 42 } } } }, deletedRuns: {} },
		});
	});

	it('setSteps ticks a step with all its sub-items, and unticks them together', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 1 });
		tab.setSteps('practice', 'plenary', ['s2', 's2/a', 's2/b'], true);
		expect(done(tab, 'practice', 'plenary')).toEqual(['s2', 's2/a', 's2/b']);
		tab.setSteps('practice', 'plenary', ['s2', 's2/a', 's2/b'], false);
		expect(done(tab, 'practice', 'plenary')).toEqual([]);
	});

	it('keeps runs apart: a meeting run does not touch practice ticks', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 1 });
		tab.setStep('practice', 'plenary', 's1', true);
		tab.setStep('meeting-2026-03', 'plenary', 's2', true);
		expect(done(tab, 'practice', 'plenary')).toEqual(['s1']);
		expect(done(tab, 'meeting-2026-03', 'plenary')).toEqual(['s2']);
	});

	it('does not write when an action changes nothing', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 1 });
		tab.setStep('practice', 'plenary', 's1', true);
		const writes = browser.writes;
		tab.setStep('practice', 'plenary', 's1', true);
		tab.setStep('practice', 'plenary', 's9', false);
		expect(browser.writes).toBe(writes);
	});
});

describe('two tabs', () => {
	it('both keep their ticks when they tick different steps at the same time', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), { now: 100 });
		a.setStep('practice', 'plenary', 's1', true);
		b.setStep('practice', 'plenary', 's2', true);
		browser.deliver();
		expect(done(a, 'practice', 'plenary')).toEqual(['s1', 's2']);
		expect(done(b, 'practice', 'plenary')).toEqual(['s1', 's2']);
		expect(stored(browser).data).toEqual(a.$progress.get());
	});

	it('even when neither saw the other’s event before writing (both read storage first)', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), { now: 100 });
		a.setStep('practice', 'plenary', 's1', true);
		b.setStep('practice', 'plenary', 's2', true);
		a.setStep('practice', 'plenary', 's3', true);
		browser.deliver();
		expect(done(a, 'practice', 'plenary')).toEqual(['s1', 's2', 's3']);
		expect(done(b, 'practice', 'plenary')).toEqual(['s1', 's2', 's3']);
	});

	it('the later change to the same step wins', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		a.setStep('practice', 'plenary', 's1', true);
		browser.deliver();
		clockB.now = 200;
		b.setStep('practice', 'plenary', 's1', false);
		browser.deliver();
		expect(done(a, 'practice', 'plenary')).toEqual([]);
		expect(a.$progress.get().runs.practice?.plenary?.s1).toEqual({ done: false, at: 200 });
	});

	it('a stale tab cannot resurrect ticks a reset cleared', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const stale = openTab(browser.tab(), { now: 50 });
		a.setSteps('practice', 'plenary', ['s1', 's2'], true);
		browser.deliver();
		clockA.now = 300;
		expect(a.resetFlow('practice', 'plenary')).not.toBeNull();
		// The stale tab acts before the reset's event reaches it: its write merges
		// with what is stored (the tombstones), so the cleared ticks stay cleared.
		stale.setStep('practice', 'plenary', 's3', true);
		browser.deliver();
		expect(done(a, 'practice', 'plenary')).toEqual(['s3']);
		expect(done(stale, 'practice', 'plenary')).toEqual(['s3']);
	});

	it('a reset also clears a tick another tab made just before it (reset reads storage first)', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), { now: 150 });
		b.setStep('practice', 'plenary', 's9', true);
		clockA.now = 300;
		a.resetFlow('practice', 'plenary');
		browser.deliver();
		expect(done(a, 'practice', 'plenary')).toEqual([]);
		expect(done(b, 'practice', 'plenary')).toEqual([]);
	});

	it('a tick made after the reset survives it', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		a.setSteps('practice', 'plenary', ['s1', 's2'], true);
		browser.deliver();
		clockA.now = 300;
		a.resetFlow('practice', 'plenary');
		clockB.now = 400;
		b.setStep('practice', 'plenary', 's1', true);
		browser.deliver();
		expect(done(a, 'practice', 'plenary')).toEqual(['s1']);
		expect(done(b, 'practice', 'plenary')).toEqual(['s1']);
	});

	it('undo of a reset reaches the other tab', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), { now: 100 });
		a.setSteps('practice', 'plenary', ['s1', 's2'], true);
		clockA.now = 200;
		const token = a.resetFlow('practice', 'plenary');
		browser.deliver();
		expect(done(b, 'practice', 'plenary')).toEqual([]);
		clockA.now = 210;
		a.undoReset(token!);
		browser.deliver();
		expect(done(b, 'practice', 'plenary')).toEqual(['s1', 's2']);
	});

	it('a deleted run stays deleted in a tab that still had it', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), { now: 100 });
		a.setStep('meeting-1', 'plenary', 's1', true);
		a.setStep('practice', 'plenary', 's1', true);
		browser.deliver();
		clockA.now = 200;
		a.deleteRun('meeting-1');
		browser.deliver();
		expect(b.$progress.get().runs['meeting-1']).toBeUndefined();
		expect(done(b, 'practice', 'plenary')).toEqual(['s1']);
	});

	it('settle: after the exchange no tab writes again', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), { now: 101 });
		const c = openTab(browser.tab(), { now: 102 });
		a.setStep('practice', 'plenary', 's1', true);
		b.setStep('practice', 'plenary', 's2', true);
		c.setStep('practice', 'on-site', 's1', true);
		browser.deliver();
		const writes = browser.writes;
		expect(browser.deliver()).toBe(0);
		expect(browser.writes).toBe(writes);
		expect(b.$progress.get()).toEqual(a.$progress.get());
		expect(c.$progress.get()).toEqual(a.$progress.get());
	});
});

describe('orphaned progress', () => {
	it('is kept, reported, and discarded only by the action, in every tab', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), { now: 100 });
		a.setSteps('practice', 'plenary', ['s1', 'retired-step'], true);
		browser.deliver();
		const flows = [{ id: 'plenary', keys: ['s1', 's2'] }];
		expect(orphanedProgress(b.$progress.get(), flows).count).toBe(1);
		b.setStep('practice', 'plenary', 's2', true);
		expect(orphanedProgress(b.$progress.get(), flows).count).toBe(1);

		clockA.now = 200;
		expect(a.discardOrphans(flows)).toBe(1);
		browser.deliver();
		expect(orphanedProgress(a.$progress.get(), flows).count).toBe(0);
		expect(orphanedProgress(b.$progress.get(), flows).count).toBe(0);
		expect(done(b, 'practice', 'plenary')).toEqual(['s1', 's2']);
	});
});

describe('migration through the store', () => {
	it('reads a version 0 value as practice ticks and rewrites it at the current version on the next change', () => {
		const browser = new FakeBrowser();
		const v0 = JSON.stringify({ version: 0, data: { 'plenary/s1': true, 'plenary/s2/a': true } });
		browser.items.set(PROGRESS_KEY, v0);
		const tab = openTab(browser.tab(), { now: 500 });
		expect(done(tab, 'practice', 'plenary')).toEqual(['s1', 's2/a']);
		expect(browser.raw(PROGRESS_KEY)).toBe(v0);
		tab.setStep('practice', 'plenary', 's3', true);
		expect(stored(browser)).toEqual({
			version: 2,
			data: {
				runs: { practice: { plenary: { s1: { done: true, at: 0 }, 's2/a': { done: true, at: 0 }, s3: { done: true, at: 500 } } } },
				deletedRuns: {},
			},
		});
	});

	it('keeps a tick saved at version 1 ticked at version 2, where its key moved (issue #17) and where it did not', () => {
		const browser = new FakeBrowser();
		// Saved before the checklists were completed: 第二篇 四(三)'s items sat in steps of their own,
		// 會議簽到 was a step, and a meeting run had the 第五篇 record step ticked and 1 reset.
		const v1 = JSON.stringify({
			version: 1,
			data: {
				runs: {
					practice: {
						'office-standard': {
							'venue-requirements/av-check': { done: true, at: 10 },
							'sign-in': { done: true, at: 11 },
							'submit-plan': { done: true, at: 12 },
							press: { done: false, at: 13 },
						},
						'party-congress': { 'organize-preparation/working-groups': { done: true, at: 14 } },
					},
					'm-abc': { 'school-procedure': { 'record-contents': { done: true, at: 15 } } },
				},
				deletedRuns: { 'm-old': 3 },
			},
		});
		browser.items.set(PROGRESS_KEY, v1);
		const tab = openTab(browser.tab(), { now: 500 });
		expect(done(tab, 'practice', 'office-standard')).toEqual([
			'staff-arrive-early/chase-absent',
			'staff-arrive-early/report-attendance',
			'staff-arrive-early/sign-in-in-person',
			'submit-plan',
			'venue-layout/av-check',
		]);
		expect(done(tab, 'practice', 'party-congress')).toEqual(['organize-preparation/working-groups']);
		expect(done(tab, 'm-abc', 'school-procedure')).toEqual(['record-contents/record-continuity']);
		const marks = tab.$progress.get().runs.practice!['office-standard']!;
		// Timestamps and tombstones travel with the key, so merging with other tabs still works.
		expect(marks['venue-layout/av-check']).toEqual({ done: true, at: 10 });
		expect(marks['press/press-coverage']).toEqual({ done: false, at: 13 });
		expect(marks['venue-requirements/av-check']).toBeUndefined();
		expect(tab.$progress.get().deletedRuns).toEqual({ 'm-old': 3 });
		// Read, not written: the stored value is rewritten at version 2 with the next change.
		expect(browser.raw(PROGRESS_KEY)).toBe(v1);
		tab.setStep('practice', 'plenary', 's1', true);
		expect(stored(browser).version).toBe(2);
		expect(stored(browser).data.runs.practice!['office-standard']!['venue-layout/av-check']).toEqual({ done: true, at: 10 });
	});

	it('reports invalid for a version 0 value it cannot place, and leaves it as it is', () => {
		const browser = new FakeBrowser();
		const v0 = JSON.stringify({ version: 0, data: { 'no-slash': true } });
		browser.items.set(PROGRESS_KEY, v0);
		const tab = openTab(browser.tab(), { now: 1 });
		tab.setStep('practice', 'plenary', 's1', true);
		expect(storageStatus.get()[PROGRESS_KEY]).toMatchObject({ code: 'invalid', storedVersion: 0, unsaved: true });
		expect(browser.raw(PROGRESS_KEY)).toBe(v0);
	});
});

describe('failure modes', () => {
	it('corrupt stored progress: ticks work in memory, the raw value stays until discardStored(PROGRESS_KEY)', () => {
		const browser = new FakeBrowser();
		const corrupt = '{"version":1,"data":{"runs":';
		browser.items.set(PROGRESS_KEY, corrupt);
		const tab = openTab(browser.tab(), { now: 1 });
		tab.setStep('practice', 'plenary', 's1', true);
		expect(done(tab, 'practice', 'plenary')).toEqual(['s1']);
		expect(storageStatus.get()[PROGRESS_KEY]?.code).toBe('corrupt');
		expect(browser.raw(PROGRESS_KEY)).toBe(corrupt);
		expect(discardStored(PROGRESS_KEY)).toBe(true);
		expect(stored(browser).data.runs.practice?.plenary?.s1).toEqual({ done: true, at: 1 });
	});

	it('storage unavailable: ticks work in memory', () => {
		const browser = new FakeBrowser();
		browser.denyAccess = true;
		const tab = openTab(browser.tab(), { now: 1 });
		tab.setStep('practice', 'plenary', 's1', true);
		expect(done(tab, 'practice', 'plenary')).toEqual(['s1']);
		expect(storageStatus.get()[PROGRESS_KEY]?.code).toBe('unavailable');
	});
});

describe('on the server', () => {
	it('the default store is empty and its actions work in memory', async () => {
		const { $progress, setStep, resetFlow } = await import('../../../src/stores/progress');
		expect($progress.get()).toEqual({ runs: {}, deletedRuns: {} });
		setStep('practice', 'plenary', 's1', true);
		expect($progress.get().runs.practice?.plenary?.s1?.done).toBe(true);
		expect(resetFlow('practice', 'plenary')).not.toBeNull();
	});
});
