import { afterEach, describe, expect, it } from 'vitest';
import { blankParticipant } from '../../../src/lib/participants';
import { buildExport, parseImport } from '../../../src/lib/meetingExport';
import type { MeetingInput } from '../../../src/schemas/meeting';
import { type Participant, type ParticipantsState, participantsStateSchema } from '../../../src/schemas/participant';
import { canonicalJson } from '../../../src/stores/canonicalJson';
import { createMeetingsStore } from '../../../src/stores/meetings';
import { createParticipantsStore, mergeParticipants, PARTICIPANTS_KEY, participantsOf } from '../../../src/stores/participants';
import { createProgressStore } from '../../../src/stores/progress';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function openTab(tab: FakeTab, clock: { now: number }) {
	let next = 0;
	const newId = () => `p-${String(++next).padStart(6, '0')}${Math.random().toString(36).slice(2, 6)}`;
	const progress = createProgressStore({ environment: tab, now: () => clock.now });
	const participants = createParticipantsStore({ environment: tab, now: () => clock.now, newId });
	const meetings = createMeetingsStore({ environment: tab, now: () => clock.now, progress, participants });
	unsubscribers.push(
		meetings.$meetings.listen(() => {}),
		progress.$progress.listen(() => {}),
		participants.$participants.listen(() => {}),
	);
	return { meetings, progress, participants };
}

const input = (name: string): MeetingInput => ({
	name,
	flowId: 'standing-committee',
	start: '',
	end: '',
	place: '',
	notes: '',
	expected: 0,
});
const names = (store: ReturnType<typeof createParticipantsStore>, meetingId: string) => store.participants(meetingId).map((p) => p.name);

describe("a meeting's people", () => {
	it('are added, edited, moved, removed and restored, and stored', () => {
		const browser = new FakeBrowser();
		const { participants } = openTab(browser.tab(), { now: 10 });
		participants.addParticipants(
			'm-aaaaaa',
			['張三', '李四', '王五'].map((name) => blankParticipant(name)),
		);
		const [zhang, li, wang] = participants.participants('m-aaaaaa').map((p) => p.id);
		participants.moveParticipant('m-aaaaaa', wang!, 0);
		expect(names(participants, 'm-aaaaaa')).toEqual(['王五', '張三', '李四']);
		participants.updateParticipant('m-aaaaaa', li!, { attendance: 'leave', reason: '出差', takenBy: '王秘書' });
		const removed = participants.removeParticipant('m-aaaaaa', zhang!)!;
		expect(names(participants, 'm-aaaaaa')).toEqual(['王五', '李四']);
		participants.restoreParticipant('m-aaaaaa', removed);
		expect(names(participants, 'm-aaaaaa')).toEqual(['王五', '張三', '李四']);
		const stored = JSON.parse(browser.raw(PARTICIPANTS_KEY)!);
		expect(participantsStateSchema.safeParse(stored.data).success).toBe(true);
		expect(stored.data.lists['m-aaaaaa'].people[2]).toMatchObject({ name: '李四', attendance: 'leave', reason: '出差', takenBy: '王秘書' });
		// Another meeting's list is its own.
		expect(participants.participants('m-bbbbbb')).toEqual([]);
	});

	it('an import may replace the list instead of adding to it', () => {
		const { participants } = openTab(new FakeBrowser().tab(), { now: 10 });
		participants.addParticipants('m-aaaaaa', [blankParticipant('張三')]);
		participants.addParticipants('m-aaaaaa', [blankParticipant('李四')], 'replace');
		expect(names(participants, 'm-aaaaaa')).toEqual(['李四']);
	});
});

describe('two tabs', () => {
	it('each keeps its edit of a different person of the same list', () => {
		// Two tabs whose writes cross (each wrote before the other's arrived): one browser each, same list.
		const first = new FakeBrowser();
		const a = openTab(first.tab(), { now: 100 });
		a.participants.addParticipants(
			'm-aaaaaa',
			['張三', '李四', '王五'].map((name) => blankParticipant(name)),
		);
		const second = new FakeBrowser();
		second.writeFromElsewhere(PARTICIPANTS_KEY, first.raw(PARTICIPANTS_KEY));
		const clockB = { now: 100 };
		const b = openTab(second.tab(), clockB);
		const [zhang, li, wang] = b.participants.participants('m-aaaaaa').map((p) => p.id);
		a.participants.updateParticipant('m-aaaaaa', zhang!, { attendance: 'leave', reason: '出差' });
		clockB.now = 300;
		b.participants.updateParticipant('m-aaaaaa', wang!, { attendance: 'signed-in', signedInAt: '2026-12-08T08:50' });
		b.participants.removeParticipant('m-aaaaaa', li!);
		const left = a.participants.$participants.get();
		const right = b.participants.$participants.get();
		const merged = mergeParticipants(left, right);
		expect(canonicalJson(mergeParticipants(right, left))).toBe(canonicalJson(merged));
		const people = participantsOf(merged, 'm-aaaaaa');
		expect(people.map((p) => p.name)).toEqual(['張三', '王五']);
		expect(people[0]).toMatchObject({ attendance: 'leave', reason: '出差' });
		expect(people[1]).toMatchObject({ attendance: 'signed-in', signedInAt: '2026-12-08T08:50' });
		// And through the storage event: tab A hears tab B's write and keeps its own edit too.
		first.writeFromElsewhere(PARTICIPANTS_KEY, second.raw(PARTICIPANTS_KEY));
		first.deliver();
		expect(a.participants.participants('m-aaaaaa')).toEqual(people);
	});

	it('the later edit of one person wins; a removal is not undone by an older copy, a restore is', () => {
		const list = (people: Participant[], stamps: Record<string, number>, removed: Record<string, number> = {}, orderedAt = 1) => ({
			lists: {
				'm-aaaaaa': {
					people,
					updatedAt: Math.max(orderedAt, ...Object.values(stamps), ...Object.values(removed)),
					stamps,
					removed,
					orderedAt,
				},
			},
			deleted: {},
		});
		const zhang = person('p-zhang00', '張三');
		const older = list([{ ...zhang, note: '舊' }], { 'p-zhang00': 5 });
		const newer = list([{ ...zhang, note: '新' }], { 'p-zhang00': 9 });
		expect(mergeParticipants(older, newer).lists['m-aaaaaa']!.people[0]!.note).toBe('新');
		expect(mergeParticipants(newer, older).lists['m-aaaaaa']!.people[0]!.note).toBe('新');
		const removedLater = list([], {}, { 'p-zhang00': 10 });
		expect(mergeParticipants(newer, removedLater).lists['m-aaaaaa']!.people).toEqual([]);
		const restored = list([{ ...zhang, note: '復原' }], { 'p-zhang00': 11 }, { 'p-zhang00': 10 });
		expect(mergeParticipants(removedLater, restored).lists['m-aaaaaa']!.people.map((p) => p.note)).toEqual(['復原']);
	});

	it('the order changed last wins; people only the other tab added follow the person they follow there', () => {
		const [p1, p2, p3, p4] = ['張三', '李四', '王五', '趙六'].map((name, i) => person(`p-person${i + 1}`, name));
		const stamps = (...people: Participant[]) => Object.fromEntries(people.map((p) => [p.id, 1]));
		// Tab A moved 王五 to the top (order at 5); tab B added 趙六 after 李四 (order at 4).
		const a = {
			lists: { m: { people: [p3!, p1!, p2!], updatedAt: 5, stamps: stamps(p1!, p2!, p3!), removed: {}, orderedAt: 5 } },
			deleted: {},
		};
		const b = {
			lists: {
				m: { people: [p1!, p2!, p4!, p3!], updatedAt: 4, stamps: { ...stamps(p1!, p2!, p3!), [p4!.id]: 4 }, removed: {}, orderedAt: 4 },
			},
			deleted: {},
		};
		expect(mergeParticipants(a, b).lists.m!.people.map((p) => p.name)).toEqual(['王五', '張三', '李四', '趙六']);
		expect(mergeParticipants(a, b)).toEqual(mergeParticipants(b, a));
	});

	it('merging is commutative, idempotent and converges, over random edits', () => {
		const next = random(19);
		for (let round = 0; round < 300; round++) {
			const states = [randomState(next), randomState(next), randomState(next)];
			const [x, y, z] = states as [ParticipantsState, ParticipantsState, ParticipantsState];
			expect(canonicalJson(mergeParticipants(x, y))).toBe(canonicalJson(mergeParticipants(y, x)));
			expect(canonicalJson(mergeParticipants(x, x))).toBe(canonicalJson(x));
			const merged = mergeParticipants(x, y);
			expect(canonicalJson(mergeParticipants(merged, y))).toBe(canonicalJson(merged));
			// Every person the merge keeps is in the schema's shape.
			expect(participantsStateSchema.safeParse(mergeParticipants(merged, z)).success).toBe(true);
		}
	});

	it('a dropped list stays dropped unless changed after the drop', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		a.participants.addParticipant('m-aaaaaa', '張三');
		const left = a.participants.$participants.get();
		const right = { lists: {}, deleted: { 'm-aaaaaa': 150 } };
		expect(mergeParticipants(left, right).lists['m-aaaaaa']).toBeUndefined();
		expect(mergeParticipants(left, right)).toEqual(mergeParticipants(right, left));
		expect(mergeParticipants(left, left)).toEqual(left);
	});

	it('a list stored at data version 1 is read with every person stamped at the list’s time', () => {
		const browser = new FakeBrowser();
		const zhang = person('p-zhang00', '張三');
		browser.writeFromElsewhere(
			PARTICIPANTS_KEY,
			JSON.stringify({ version: 1, data: { lists: { 'm-aaaaaa': { people: [zhang], updatedAt: 42 } }, deleted: {} } }),
		);
		const { participants } = openTab(browser.tab(), { now: 100 });
		expect(participants.$participants.get().lists['m-aaaaaa']).toEqual({
			people: [zhang],
			updatedAt: 42,
			stamps: { 'p-zhang00': 42 },
			removed: {},
			orderedAt: 42,
		});
	});
});

function person(id: string, name: string): Participant {
	return { ...blankParticipant(name), id };
}

/** Small deterministic PRNG (mulberry32) so the property checks are reproducible. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A random state over few people and few timestamps, so collisions (same person, same time) happen often. */
function randomState(next: () => number): ParticipantsState {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const ids = ['p-aaaaaa', 'p-bbbbbb', 'p-cccccc', 'p-dddddd'];
	const people = ids.filter(() => next() < 0.6).sort(() => next() - 0.5);
	const stamps = Object.fromEntries(people.map((id) => [id, pick([1, 2, 3, 4, 5])]));
	const removed = Object.fromEntries(ids.filter((id) => !people.includes(id) && next() < 0.5).map((id) => [id, pick([1, 2, 3, 4, 5])]));
	const orderedAt = pick([1, 2, 3, 4, 5]);
	const updatedAt = Math.max(orderedAt, ...Object.values(stamps), ...Object.values(removed));
	const list = {
		people: people.map((id) => ({ ...blankParticipant(pick(['張三', '李四'])), id, note: pick(['', '甲', '乙']) })),
		updatedAt,
		stamps,
		removed,
		orderedAt,
	};
	// As the store keeps it: a list dropped after its last change is gone.
	const droppedAt = next() < 0.2 ? pick([1, 3, 5]) : undefined;
	if (droppedAt === undefined) return { lists: { 'm-aaaaaa': list }, deleted: {} };
	return { lists: droppedAt < updatedAt ? { 'm-aaaaaa': list } : {}, deleted: { 'm-aaaaaa': droppedAt } };
}

describe('with the meetings workspace', () => {
	it("a deleted meeting's people go only when purged; a duplicate takes them with attendance cleared", () => {
		const clock = { now: 10 };
		const { meetings, participants } = openTab(new FakeBrowser().tab(), clock);
		const id = meetings.createMeeting(input('黨政聯席會'));
		participants.addParticipants(id, [{ ...blankParticipant('張三'), attendance: 'signed-in', signedInAt: '2026-12-01T08:55' }]);
		const copy = meetings.duplicateMeeting(id, '(複製)')!;
		expect(participants.participants(copy)).toMatchObject([{ name: '張三', attendance: 'expected', signedInAt: '' }]);
		clock.now = 20;
		const removed = meetings.deleteMeeting(id)!;
		meetings.undoDelete(removed);
		expect(names(participants, id)).toEqual(['張三']);
		clock.now = 30;
		meetings.deleteMeeting(id);
		meetings.purgeDeleted();
		expect(participants.participants(id)).toEqual([]);
		expect(names(participants, copy)).toEqual(['張三']);
	});

	it('export and import round-trip the list, all of it', () => {
		const clock = { now: 10 };
		const here = openTab(new FakeBrowser().tab(), clock);
		const id = here.meetings.createMeeting(input('區委全會'));
		here.participants.addParticipants(id, [
			{ ...blankParticipant('張三'), rostrum: true, unit: '區委' },
			{ ...blankParticipant('李四'), attendance: 'absent', reason: '未通知到' },
		]);
		const file = JSON.stringify(
			buildExport(
				Object.values(here.meetings.$meetings.get().meetings),
				here.meetings.tickedKeys,
				'v',
				'now',
				here.meetings.participantsOf,
			),
		);
		const result = parseImport(file, new Set(['standing-committee']), 'v');
		expect(result.ok).toBe(true);
		const there = openTab(new FakeBrowser().tab(), { now: 50 });
		there.meetings.importMeetings(result.ok ? result.meetings : []);
		expect(there.participants.participants(id)).toEqual(here.participants.participants(id));
	});
});
