import { afterEach, describe, expect, it } from 'vitest';
import type { TrainingState } from '../../../src/schemas/training';
import {
	countsAsRead,
	createTrainingStore,
	isOpened,
	isRead,
	mergeTraining,
	TRAINING_KEY,
	TRAINING_VERSION,
	type TrainingStore,
} from '../../../src/stores/training';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function openTab(tab: FakeTab, clock: { now: number; wall?: string }): TrainingStore {
	const store = createTrainingStore({ environment: tab, now: () => clock.now, wallClock: () => clock.wall ?? '2026-03-05T09:07' });
	unsubscribers.push(store.$training.listen(() => {}));
	return store;
}

describe('the store', () => {
	it('keeps a 已讀 tick with its wall clock under huiwu:v1:training', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 42 });
		tab.setRead('office-standard', true);
		expect(TRAINING_KEY).toBe('huiwu:v1:training');
		expect(JSON.parse(browser.raw(TRAINING_KEY)!)).toEqual({
			version: TRAINING_VERSION,
			data: { read: { 'office-standard': { done: true, at: 42, on: '2026-03-05T09:07' } }, opened: {} },
		});
	});

	it('records that a standard was opened and scrolled, and only that makes a tick count', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 42 });
		tab.setRead('office-standard', true);
		expect(countsAsRead(tab.$training.get(), 'office-standard')).toBe(false);
		tab.markOpened('office-standard');
		expect(isOpened(tab.$training.get(), 'office-standard')).toBe(true);
		expect(countsAsRead(tab.$training.get(), 'office-standard')).toBe(true);
		tab.clearReading();
		expect(isOpened(tab.$training.get(), 'office-standard')).toBe(false);
	});

	it('migrates version 1 (ticks only): ticks kept, nothing opened yet', () => {
		const browser = new FakeBrowser();
		const v1 = { read: { 'school-procedure': { done: true, at: 3, on: '2026-01-02T08:00' } } };
		browser.items.set(TRAINING_KEY, JSON.stringify({ version: 1, data: v1 }));
		const tab = openTab(browser.tab(), { now: 10 });
		expect(tab.$training.get()).toEqual({ ...v1, opened: {} });
		expect(isRead(tab.$training.get(), 'school-procedure')).toBe(true);
		expect(countsAsRead(tab.$training.get(), 'school-procedure')).toBe(false);
		tab.markOpened('school-procedure');
		expect(JSON.parse(browser.raw(TRAINING_KEY)!).version).toBe(2);
	});

	it('keeps the date of the first tick when ticked again, and does not write', () => {
		const browser = new FakeBrowser();
		const clock = { now: 1, wall: '2026-03-05T09:07' };
		const tab = openTab(browser.tab(), clock);
		tab.setRead('office-standard', true);
		const writes = browser.writes;
		clock.wall = '2026-04-01T10:00';
		tab.setRead('office-standard', true);
		expect(browser.writes).toBe(writes);
		expect(tab.$training.get().read['office-standard']?.on).toBe('2026-03-05T09:07');
	});

	it('a new store reads what an earlier visit saved', () => {
		const browser = new FakeBrowser();
		openTab(browser.tab(), { now: 1 }).setRead('school-procedure', true);
		const later = openTab(browser.tab(), { now: 2 });
		expect(isRead(later.$training.get(), 'school-procedure')).toBe(true);
	});
});

describe('two tabs', () => {
	it('keep both ticks made at once, and the later change to one standard wins', () => {
		const browser = new FakeBrowser();
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), clockB);
		a.setRead('office-standard', true);
		b.setRead('county-meetings', true);
		browser.deliver();
		expect(isRead(a.$training.get(), 'county-meetings')).toBe(true);
		expect(isRead(b.$training.get(), 'office-standard')).toBe(true);
		clockB.now = 200;
		b.setRead('office-standard', false);
		browser.deliver();
		expect(isRead(a.$training.get(), 'office-standard')).toBe(false);
	});

	it('a clear unticks everything in every tab, also what a stale tab still shows ticked', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const stale = openTab(browser.tab(), { now: 50 });
		a.setRead('office-standard', true);
		a.setRead('school-procedure', true);
		browser.deliver();
		clockA.now = 300;
		a.clearReading();
		// The stale tab ticks another standard before the clear's event reaches it: it reads
		// storage first, so its write keeps the clear's tombstones.
		stale.setRead('district-committee', true);
		browser.deliver();
		for (const tab of [a, stale]) {
			expect(isRead(tab.$training.get(), 'office-standard')).toBe(false);
			expect(isRead(tab.$training.get(), 'school-procedure')).toBe(false);
			expect(isRead(tab.$training.get(), 'district-committee')).toBe(true);
		}
	});
});

describe('merging', () => {
	const mark = (done: boolean, at: number, on = '2026-03-05T09:07') => ({ done, at, on });
	it('is commutative and idempotent; a tie goes to the tick', () => {
		const x: TrainingState = {
			read: { 'office-standard': mark(true, 5), 'county-meetings': mark(false, 9) },
			opened: { 'office-standard': mark(true, 2) },
		};
		const y: TrainingState = {
			read: { 'office-standard': mark(false, 5), 'school-procedure': mark(true, 1) },
			opened: { 'office-standard': mark(false, 3) },
		};
		expect(mergeTraining(x, y)).toEqual(mergeTraining(y, x));
		expect(mergeTraining(x, x)).toEqual(x);
		expect(mergeTraining(x, y).read['office-standard']).toEqual(mark(true, 5));
		expect(mergeTraining(x, y).opened['office-standard']).toEqual(mark(false, 3));
	});
});
