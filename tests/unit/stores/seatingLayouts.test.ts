import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, parseImport } from '../../../src/lib/meetingExport';
import type { Meeting } from '../../../src/schemas/meeting';
import type { MeetingLayouts } from '../../../src/schemas/seatingLayout';
import { createDocumentsStore } from '../../../src/stores/documents';
import { createMeetingsStore } from '../../../src/stores/meetings';
import { createProgressStore } from '../../../src/stores/progress';
import { createSeatingLayoutsStore, mergeSeatingLayouts, SEATING_LAYOUTS_KEY } from '../../../src/stores/seatingLayouts';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

/** The seat layouts of a meeting (huiwu:v1:seating-layouts): saved, merged across tabs, exported, imported all or nothing, dropped with the meeting. */
const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

const M = 'm-aaaaaaaa';
const banquet = {
	perTable: 8,
	honour: 'left' as const,
	sides: { 'p-aaaaaaaa': 'guest' as const },
	swaps: [{ seat: 't1s0', occupant: 'p-bbbbbbbb' }],
	printed: { cards: { '1': '["張三","吳明"]' } },
};
const audience = {
	groupBy: 'unit' as const,
	perRow: 12,
	reservedRows: 1,
	aisleAfter: 6,
	fill: 'left-to-right' as const,
	swaps: [],
	printed: {},
};

function openTab(tab: FakeTab, clock: { now: number }) {
	const store = createSeatingLayoutsStore({ environment: tab, now: () => clock.now });
	unsubscribers.push(store.$seatingLayouts.listen(() => {}));
	return store;
}

describe('seating-layouts store', () => {
	it('keeps a meeting’s layouts in a versioned envelope, with no names but those printed', () => {
		const browser = new FakeBrowser();
		const store = openTab(browser.tab(), { now: 10 });
		expect(store.saveLayout(M, 'banquet', banquet)).toBe(true);
		store.saveLayout(M, 'audience', audience);
		const stored = JSON.parse(browser.raw(SEATING_LAYOUTS_KEY)!);
		expect(stored.version).toBe(1);
		expect(stored.data.meetings[M].banquet).toEqual({ ...banquet, updatedAt: 10 });
		expect(stored.data.meetings[M].audience.perRow).toBe(12);
	});

	it('merges two tabs per layout: the later change wins, another layout of the same meeting is kept', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), { now: 200 });
		a.saveLayout(M, 'banquet', banquet);
		b.saveLayout(M, 'audience', audience);
		browser.deliver();
		for (const store of [a, b]) {
			expect(store.$seatingLayouts.get().meetings[M]?.banquet?.perTable).toBe(8);
			expect(store.$seatingLayouts.get().meetings[M]?.audience?.perRow).toBe(12);
		}
		const left = a.$seatingLayouts.get();
		const right = { meetings: { [M]: { banquet: { ...banquet, perTable: 10, updatedAt: 300 } } }, deleted: {} };
		expect(mergeSeatingLayouts(left, right)).toEqual(mergeSeatingLayouts(right, left));
		expect(mergeSeatingLayouts(left, right).meetings[M]?.banquet?.perTable).toBe(10);
	});

	it('drops a deleted meeting’s layouts in every tab; a stale tab cannot bring them back', () => {
		const browser = new FakeBrowser();
		const clock = { now: 100 };
		const a = openTab(browser.tab(), clock);
		const b = openTab(browser.tab(), clock);
		a.saveLayout(M, 'banquet', banquet);
		browser.deliver();
		clock.now = 200;
		a.dropLayouts([M, 'm-none']);
		browser.deliver();
		expect(a.$seatingLayouts.get().meetings[M]).toBeUndefined();
		expect(b.$seatingLayouts.get().meetings[M]).toBeUndefined();
		expect(
			mergeSeatingLayouts(a.$seatingLayouts.get(), { meetings: { [M]: { banquet: { ...banquet, updatedAt: 150 } } }, deleted: {} })
				.meetings[M],
		).toBeUndefined();
	});
});

describe('a meeting’s layouts travel with it', () => {
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

	function importer(tab: FakeTab) {
		const layouts = openTab(tab, { now: 50 });
		const progress = createProgressStore({ environment: tab });
		const documents = createDocumentsStore({ environment: tab });
		const meetings = createMeetingsStore({ environment: tab, progress, documents });
		unsubscribers.push(
			meetings.$meetings.listen(() => {}),
			progress.$progress.listen(() => {}),
			documents.$documents.listen(() => {}),
		);
		return { layouts, meetings };
	}
	const importIn = ({ layouts, meetings }: ReturnType<typeof importer>, file: ReturnType<typeof parseImport>) => {
		if (!file.ok) throw new Error('file refused');
		return meetings.importMeetings(file.meetings, [
			layouts.importChange(file.meetings.map((m) => ({ meetingId: m.id, layouts: m.seatingLayouts }))),
		]);
	};

	it('export then import round-trips the layouts', () => {
		const source = openTab(new FakeBrowser().tab(), { now: 5 });
		source.saveLayout(M, 'banquet', banquet);
		source.saveLayout(M, 'audience', audience);
		const file = buildExport(
			[meeting],
			() => [],
			'keys-1',
			'2026-11-30T00:00:00Z',
			() => [],
			() => undefined,
			source.exportFor,
		);
		const parsed = parseImport(JSON.stringify(file), new Set(['standing-committee']), 'keys-1');
		const target = importer(new FakeBrowser().tab());
		expect(importIn(target, parsed)).toEqual({ ok: true });
		const layouts = target.layouts.$seatingLayouts.get().meetings[M] as MeetingLayouts;
		expect(layouts.banquet).toMatchObject(banquet);
		expect(layouts.audience).toMatchObject(audience);
		expect(target.meetings.$meetings.get().meetings[M]).not.toHaveProperty('seatingLayouts');
	});

	it('all or nothing: when the layouts cannot be written, neither the meeting nor its layouts change', () => {
		const source = openTab(new FakeBrowser().tab(), { now: 5 });
		source.saveLayout(M, 'banquet', banquet);
		const file = buildExport(
			[meeting],
			() => [],
			'keys-1',
			'2026-11-30T00:00:00Z',
			() => [],
			() => undefined,
			source.exportFor,
		);
		const parsed = parseImport(JSON.stringify(file), new Set(['standing-committee']), 'keys-1');
		const browser = new FakeBrowser();
		const target = importer(browser.tab());
		browser.fullFor.add(SEATING_LAYOUTS_KEY);
		expect(importIn(target, parsed)).toMatchObject({ ok: false, code: 'quota' });
		expect(target.meetings.$meetings.get().meetings[M]).toBeUndefined();
		expect(target.layouts.$seatingLayouts.get().meetings[M]).toBeUndefined();
	});

	it('refuses a whole file whose layout is bad (99 at a table)', () => {
		const source = openTab(new FakeBrowser().tab(), { now: 5 });
		source.saveLayout(M, 'banquet', banquet);
		const file = JSON.parse(
			JSON.stringify(
				buildExport(
					[meeting],
					() => [],
					'keys-1',
					'2026-11-30T00:00:00Z',
					() => [],
					() => undefined,
					source.exportFor,
				),
			),
		);
		file.meetings[0].seatingLayouts.banquet.perTable = 99;
		expect(parseImport(JSON.stringify(file), new Set(['standing-committee']), 'keys-1')).toMatchObject({ ok: false, code: 'invalid' });
	});
});
