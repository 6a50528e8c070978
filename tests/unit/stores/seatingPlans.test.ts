import { afterEach, describe, expect, it } from 'vitest';
import type { SavedSeatingPlan, SeatingPlansState } from '../../../src/schemas/seatingPlan';
import { seatingPlansStateSchema } from '../../../src/schemas/seatingPlan';
import {
	SEATING_PLANS_KEY,
	SEATING_PLANS_VERSION,
	createSeatingPlansStore,
	mergeSeatingPlans,
	sortedPlans,
	type SeatingPlanDraft,
	type SeatingPlansStore,
} from '../../../src/stores/seatingPlans';
import { randomId } from '../../../src/lib/randomId';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

/** The seating-plans store end to end: tabs sharing one fake localStorage, each with its own clock. */
const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

let idCounter = 0;
function openTab(tab: FakeTab, clock: { now: number }): SeatingPlansStore {
	const store = createSeatingPlansStore({ environment: tab, now: () => clock.now, newId: () => `plan-${++idCounter}` });
	unsubscribers.push(store.$seatingPlans.listen(() => {}));
	return store;
}

const plan = (fields: Partial<SeatingPlanDraft> = {}): SeatingPlanDraft => ({
	name: '全區經濟工作會議',
	count: 3,
	perRow: 11,
	honour: 'left',
	view: 'audience',
	people: [{ name: '張三', title: '區委書記' }, { name: '李四' }, { name: '王五' }],
	...fields,
});

const stored = (browser: FakeBrowser): { version: number; data: SeatingPlansState } => JSON.parse(browser.raw(SEATING_PLANS_KEY)!);
const names = (store: SeatingPlansStore) => sortedPlans(store.$seatingPlans.get()).map((p) => p.name);

describe('the store', () => {
	it('lives under huiwu:v1:seating-plans at data version 1, schema-valid', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 42 });
		const id = tab.savePlan(
			plan({
				overrides: [
					{ rank: 1, row: 0, seat: 2 },
					{ rank: 2, row: 0, seat: 1 },
				],
				meetingName: '會議',
				meetingDate: '2026-03-02',
			}),
		);
		expect(SEATING_PLANS_KEY).toBe('huiwu:v1:seating-plans');
		const { version, data } = stored(browser);
		expect(version).toBe(SEATING_PLANS_VERSION);
		expect(seatingPlansStateSchema.safeParse(data).success).toBe(true);
		expect(data.plans[id]).toMatchObject({ id, name: '全區經濟工作會議', updatedAt: 42, count: 3 });
		expect(data.deleted).toEqual({});
	});

	it('keeps several named plans, newest first, and updates one by its id', () => {
		const browser = new FakeBrowser();
		const clock = { now: 1 };
		const tab = openTab(browser.tab(), clock);
		const first = tab.savePlan(plan({ name: '常委會' }));
		clock.now = 2;
		tab.savePlan(plan({ name: '全會' }));
		expect(names(tab)).toEqual(['全會', '常委會']);
		clock.now = 3;
		expect(tab.savePlan(plan({ id: first, name: '常委會(改)' }))).toBe(first);
		expect(names(tab)).toEqual(['常委會(改)', '全會']);
	});

	it('deletes a plan and brings it back with restorePlan', () => {
		const browser = new FakeBrowser();
		const clock = { now: 10 };
		const tab = openTab(browser.tab(), clock);
		const id = tab.savePlan(plan());
		clock.now = 20;
		const deleted = tab.deletePlan(id);
		expect(deleted?.id).toBe(id);
		expect(names(tab)).toEqual([]);
		expect(stored(browser).data.deleted[id]).toBe(20);
		expect(tab.deletePlan(id)).toBeNull();
		clock.now = 21;
		tab.restorePlan(deleted!);
		expect(names(tab)).toEqual(['全區經濟工作會議']);
	});

	it('keeps an optional meetingId and selects a meeting’s plans with plansForMeeting', () => {
		const browser = new FakeBrowser();
		const clock = { now: 1 };
		const tab = openTab(browser.tab(), clock);
		const a = tab.savePlan(plan({ name: 'A' }));
		clock.now = 2;
		tab.savePlan(plan({ name: 'B', meetingId: 'meeting-2' }));
		const $forMeeting = tab.plansForMeeting('meeting-1');
		expect($forMeeting.get()).toEqual([]);
		clock.now = 3;
		tab.attachPlanToMeeting(a, 'meeting-1');
		expect($forMeeting.get().map((p) => p.name)).toEqual(['A']);
		expect(tab.plansForMeeting('meeting-1')).toBe($forMeeting);
		clock.now = 4;
		tab.attachPlanToMeeting(a, undefined);
		expect($forMeeting.get()).toEqual([]);
		expect(stored(browser).data.plans[a]).not.toHaveProperty('meetingId');
	});

	it('records what was printed from a plan, schema-valid at data version 1 (an optional field: plans saved before it still load)', () => {
		const browser = new FakeBrowser();
		const clock = { now: 1 };
		const tab = openTab(browser.tab(), clock);
		const id = tab.savePlan(plan());
		expect(seatingPlansStateSchema.safeParse(stored(browser).data).success).toBe(true);
		clock.now = 2;
		const printed = { cards: { 張三: '["張三"]', 王明: '["王明"]', '王明#2': '["王明"]' }, chart: { '0:0': '[1,"張三"]' } };
		expect(tab.recordPlanPrinted(id, printed)).toBe(true);
		const { version, data } = stored(browser);
		expect(version).toBe(1);
		expect(seatingPlansStateSchema.safeParse(data).success).toBe(true);
		expect(data.plans[id]).toMatchObject({ name: '全區經濟工作會議', updatedAt: 2, printed });
		// Nothing is recorded for a plan that is not there.
		tab.recordPlanPrinted('plan-none', printed);
		expect(stored(browser).data.plans).not.toHaveProperty('plan-none');
	});

	it('never overwrites a stored value it cannot read', () => {
		const browser = new FakeBrowser();
		browser.items.set(SEATING_PLANS_KEY, JSON.stringify({ version: 1, data: { plans: { 'plan-x': { id: 'plan-x' } }, deleted: {} } }));
		const tab = openTab(browser.tab(), { now: 1 });
		tab.savePlan(plan());
		expect(JSON.parse(browser.raw(SEATING_PLANS_KEY)!).data.plans['plan-x']).toEqual({ id: 'plan-x' });
	});
});

describe('two tabs', () => {
	it('both keep plans they save at the same time', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), { now: 100 });
		a.savePlan(plan({ name: 'A' }));
		b.savePlan(plan({ name: 'B' }));
		browser.deliver();
		expect(names(a).sort()).toEqual(['A', 'B']);
		expect(names(b).sort()).toEqual(['A', 'B']);
		expect(stored(browser).data).toEqual(a.$seatingPlans.get());
	});

	it('an edit of the same plan replaces it whole in every tab, and a stale copy never wins', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		const id = a.savePlan(plan({ name: 'v1' }));
		browser.deliver();
		clockA.now = 200;
		a.savePlan(plan({ id, name: 'v2' }));
		// B's clock is behind and it has not seen v2 yet: its save still reads storage
		// first and is stamped after v2, so the order of saving decides, not the clocks.
		b.savePlan(plan({ id, name: 'v3', count: 2, people: [{ name: '張三' }, { name: '李四' }] }));
		browser.deliver();
		for (const tab of [a, b]) {
			expect(tab.$seatingPlans.get().plans[id]).toMatchObject({ name: 'v3', count: 2, updatedAt: 201 });
		}
		expect(stored(browser).data.plans[id]?.name).toBe('v3');
	});

	it('a deletion reaches a tab holding an old copy; that tab’s next change does not bring it back', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const stale = openTab(browser.tab(), { now: 50 });
		const id = a.savePlan(plan({ name: 'kept-then-deleted' }));
		browser.deliver();
		expect(names(stale)).toEqual(['kept-then-deleted']);
		clockA.now = 200;
		a.deletePlan(id);
		// The stale tab saves another plan before the deletion's event reaches it.
		stale.savePlan(plan({ name: 'other' }));
		browser.deliver();
		expect(names(a)).toEqual(['other']);
		expect(names(stale)).toEqual(['other']);
	});

	it('an old copy arriving from storage after a deletion is dropped by the merge', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 200 });
		const id = a.savePlan(plan());
		const oldCopy = { ...a.$seatingPlans.get().plans[id]!, updatedAt: 150 };
		a.deletePlan(id);
		browser.writeFromElsewhere(SEATING_PLANS_KEY, JSON.stringify({ version: 1, data: { plans: { [id]: oldCopy }, deleted: {} } }));
		browser.deliver();
		expect(a.$seatingPlans.get().plans).toEqual({});
		// …and the tombstone is written back, so the other writer learns of the deletion.
		expect(stored(browser).data.deleted[id]).toBeGreaterThan(150);
	});

	it('saving a deleted plan again (復原) brings it back in every tab', () => {
		const browser = new FakeBrowser();
		const clock = { now: 100 };
		const a = openTab(browser.tab(), clock);
		const b = openTab(browser.tab(), { now: 1 });
		const id = a.savePlan(plan({ name: 'back' }));
		clock.now = 200;
		const copy = a.deletePlan(id)!;
		browser.deliver();
		expect(names(b)).toEqual([]);
		clock.now = 201;
		a.restorePlan(copy);
		browser.deliver();
		expect(names(b)).toEqual(['back']);
	});
});

describe('mergeSeatingPlans', () => {
	const saved = (id: string, updatedAt: number, name = id): SavedSeatingPlan => ({ ...plan({ name }), id, updatedAt }) as SavedSeatingPlan;
	const states: SeatingPlansState[] = [
		{ plans: { 'plan-a': saved('plan-a', 5), 'plan-b': saved('plan-b', 3) }, deleted: {} },
		{ plans: { 'plan-a': saved('plan-a', 7, 'a7') }, deleted: { 'plan-b': 4 } },
		{ plans: { 'plan-a': saved('plan-a', 7, 'a7-other'), 'plan-c': saved('plan-c', 1) }, deleted: { 'plan-a': 6 } },
		{ plans: {}, deleted: { 'plan-c': 1 } },
	];

	it('is commutative, associative and idempotent', () => {
		for (const x of states) {
			expect(mergeSeatingPlans(x, x)).toEqual(mergeSeatingPlans(x, { plans: {}, deleted: {} }));
			for (const y of states) {
				expect(mergeSeatingPlans(x, y)).toEqual(mergeSeatingPlans(y, x));
				for (const z of states) {
					expect(mergeSeatingPlans(mergeSeatingPlans(x, y), z)).toEqual(mergeSeatingPlans(x, mergeSeatingPlans(y, z)));
				}
			}
		}
	});

	it('keeps the later copy, breaks a tie by content, honours tombstones', () => {
		const merged = states.reduce(mergeSeatingPlans);
		expect(Object.keys(merged.plans)).toEqual(['plan-a']);
		expect(merged.plans['plan-a']!.name).toBe('a7-other');
		expect(merged.deleted).toEqual({ 'plan-a': 6, 'plan-b': 4, 'plan-c': 1 });
	});
});

describe('randomId', () => {
	it('is a stable ASCII id, different each time', () => {
		const ids = new Set(Array.from({ length: 50 }, () => randomId('plan')));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(id).toMatch(/^plan-[a-z0-9]+$/);
	});
});
