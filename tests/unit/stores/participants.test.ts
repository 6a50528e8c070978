import { afterEach, describe, expect, it } from 'vitest';
import { blankParticipant } from '../../../src/lib/participants';
import { buildExport, parseImport } from '../../../src/lib/meetingExport';
import type { MeetingInput } from '../../../src/schemas/meeting';
import { participantsStateSchema } from '../../../src/schemas/participant';
import { createMeetingsStore } from '../../../src/stores/meetings';
import { createParticipantsStore, mergeParticipants, PARTICIPANTS_KEY } from '../../../src/stores/participants';
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
	it('the later list wins, and merging is commutative', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const clockB = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const b = openTab(browser.tab(), clockB);
		a.participants.addParticipant('m-aaaaaa', '張三');
		browser.deliver();
		expect(names(b.participants, 'm-aaaaaa')).toEqual(['張三']);
		clockB.now = 200;
		b.participants.addParticipant('m-aaaaaa', '李四');
		browser.deliver();
		expect(names(a.participants, 'm-aaaaaa')).toEqual(['張三', '李四']);
		const left = a.participants.$participants.get();
		const right = { lists: {}, deleted: { 'm-aaaaaa': 150 } };
		expect(mergeParticipants(left, right)).toEqual(mergeParticipants(right, left));
		expect(mergeParticipants(left, left)).toEqual(left);
	});
});

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
