import { randomId } from '../lib/randomId';
import type { ExportedMeeting } from '../schemas/meetingExport';
import { type Meeting, type MeetingInput, type MeetingsState, meetingsStateSchema } from '../schemas/meeting';
import { createDocumentsStore, documentsStore } from './documents';
import { withDocumentsImported } from './documentsState';
import { createParticipantsStore, type ParticipantsStore, participantsStore } from './participants';
import { withParticipants } from './participantsState';
import { type ProgressStore, progressStore } from './progress';
import { movedKeys, PROGRESS_KEY_MOVES_V2 } from './progressKeyMoves';
import { flowProgress, withRunsReplaced } from './progressState';
import { EMPTY_MEETINGS, mergeMeetings, withMeeting, withMeetingChanged, withMeetingsImported, withoutMeeting } from './meetingsState';
import {
	createPersistentStore,
	type StorageEnvironment,
	storageKey,
	storeChange,
	type StoreChange,
	writeTogether,
	type WriteResult,
} from './storageEngine';

export const MEETINGS_KEY = storageKey('meetings');
export const MEETINGS_VERSION = 1;

/** A new meeting's id (`m-…`), also for meetings an import must renumber. */
export const newMeetingId = (): string => randomId('m');

export interface MeetingsStoreOptions {
	environment?: StorageEnvironment | null;
	now?: () => number;
	newId?: () => string;
	progress?: ProgressStore;
	documents?: Pick<typeof documentsStore, 'exportFor' | '$documents' | 'dropMeeting'>;
	participants?: ParticipantsStore;
}

export function createMeetingsStore(options: MeetingsStoreOptions = {}) {
	const now = options.now ?? Date.now;
	const newId = options.newId ?? newMeetingId;
	const progress = options.progress ?? progressStore;
	// A store on another storage (tests, tools) writes its documents there too, never into the page's.
	const documents =
		options.documents ??
		(options.environment === undefined ? documentsStore : createDocumentsStore({ environment: options.environment, now }));
	const participants =
		options.participants ??
		(options.environment === undefined ? participantsStore : createParticipantsStore({ environment: options.environment, now }));
	const $meetings = createPersistentStore<MeetingsState>({
		key: MEETINGS_KEY,
		version: MEETINGS_VERSION,
		schema: meetingsStateSchema,
		initial: EMPTY_MEETINGS,
		merge: mergeMeetings,
		environment: options.environment,
	});

	return {
		$meetings,
		createMeeting(input: MeetingInput): string {
			const id = newId();
			const at = now();
			$meetings.update((state) => withMeeting(state, { ...input, id, archived: false, createdAt: at, updatedAt: at }));
			return id;
		},
		updateMeeting(id: string, change: Partial<MeetingInput>) {
			$meetings.update((state) => withMeetingChanged(state, id, change, now()));
		},
		setArchived(id: string, archived: boolean) {
			$meetings.update((state) => withMeetingChanged(state, id, { archived }, now()));
		},
		/** A copy as the start of the next meeting: same flow, details and people (attendance cleared), no ticks, no dates. */
		duplicateMeeting(id: string, nameSuffix: string): string | null {
			const source = $meetings.get().meetings[id];
			if (!source) return null;
			const copy = this.createMeeting({ ...source, name: `${source.name}${nameSuffix}`, start: '', end: '', sessions: undefined });
			const people = participants.participants(id);
			if (people.length > 0) {
				participants.addParticipants(
					copy,
					people.map(({ id: _id, ...person }) => ({ ...person, attendance: 'expected' as const, reason: '', takenBy: '', signedInAt: '' })),
				);
			}
			return copy;
		},
		/** Deletes a meeting; its ticks, people and documents stay until `purgeDeleted`, so `undoDelete` restores everything. */
		deleteMeeting(id: string): Meeting | null {
			const meeting = $meetings.get().meetings[id] ?? null;
			$meetings.update((state) => withoutMeeting(state, id, now()));
			return meeting;
		},
		undoDelete(meeting: Meeting) {
			$meetings.update((state) => {
				const { [meeting.id]: _tombstone, ...deleted } = state.deleted;
				return withMeeting({ ...state, deleted }, { ...meeting, updatedAt: now() });
			});
		},
		/** Drops the ticks, people and documents of meetings deleted earlier (after the page that could undo it is gone). */
		purgeDeleted() {
			const { deleted } = $meetings.get();
			const runs = progress.$progress.get().runs;
			const lists = participants.$participants.get().lists;
			const typed = documents.$documents.get().meetings;
			for (const id of Object.keys(deleted)) {
				if (runs[id]) progress.deleteRun(id);
				if (lists[id]) participants.dropList(id);
				if (typed[id]) documents.dropMeeting(id);
			}
		},
		/**
		 * Writes validated, conflict-resolved meetings with their ticks and people, all
		 * or nothing: when any key cannot be written (full, refused, or holding a value
		 * this release cannot read), none changes and the result says why. `alsoWrite`
		 * are changes of stores the meeting page does not load (the seat layouts,
		 * `seatingLayoutsStore.importChange`), written in the same all-or-nothing step.
		 */
		importMeetings(meetings: readonly ExportedMeeting[], alsoWrite: readonly StoreChange[] = []): WriteResult {
			const at = now();
			// A backup written before the checklists were completed holds keys that moved since:
			// read them as the stored progress is read (no current key is an old one, so this is safe).
			const moved = (flowId: string, keys: readonly string[]) => [
				...new Set(keys.flatMap((key) => movedKeys(PROGRESS_KEY_MOVES_V2, flowId, key))),
			];
			return writeTogether([
				storeChange($meetings, (state) => withMeetingsImported(state, meetings, at)),
				storeChange(progress.$progress, (state) =>
					withRunsReplaced(
						state,
						meetings.map((meeting) => {
							const extra = Object.fromEntries(
								Object.entries(meeting.extraTicked ?? {}).map(([flowId, keys]) => [flowId, moved(flowId, keys)]),
							);
							return [meeting.id, { ...extra, [meeting.flowId]: moved(meeting.flowId, meeting.ticked) }] as const;
						}),
						at,
					),
				),
				storeChange(documents.$documents, (state) =>
					withDocumentsImported(
						state,
						meetings.map((meeting) => ({ meetingId: meeting.id, documents: meeting.documents })),
					),
				),
				// A version 1 file knows nothing of people: it leaves a list that is here alone.
				...(meetings.some((meeting) => meeting.participants)
					? [
							storeChange(participants.$participants, (state) =>
								meetings.reduce(
									(next, meeting) => (meeting.participants ? withParticipants(next, meeting.id, meeting.participants, at) : next),
									state,
								),
							),
						]
					: []),
				...alsoWrite,
			]);
		},
		/** What was typed into a meeting's documents, for export (undefined when nothing). */
		documentsOf(meetingId: string) {
			return documents.exportFor(meetingId);
		},
		/** The clerk working in this browser, written beside each tick from now on. */
		setOperator(name: string) {
			$meetings.update((state) => ({ ...state, operator: name.trim().slice(0, 100) }));
		},
		/** A tick or untick of a meeting's step: records who did it (the time is the tick's own). */
		recordTick(id: string, flowId: string, keys: readonly string[], done: boolean) {
			const operator = $meetings.get().operator ?? '';
			$meetings.update((state) => {
				const meeting = state.meetings[id];
				if (!meeting) return state;
				const tickedBy = { ...meeting.tickedBy };
				for (const key of keys) {
					if (done && operator) tickedBy[`${flowId}/${key}`] = operator;
					else delete tickedBy[`${flowId}/${key}`];
				}
				return withMeetingChanged(state, id, { tickedBy }, now());
			});
		},
		setOwner(id: string, flowId: string, key: string, owner: string) {
			$meetings.update((state) => {
				const meeting = state.meetings[id];
				if (!meeting) return state;
				const owners = { ...meeting.owners };
				if (owner.trim()) owners[`${flowId}/${key}`] = owner.trim().slice(0, 100);
				else delete owners[`${flowId}/${key}`];
				return withMeetingChanged(state, id, { owners }, now());
			});
		},
		markExported() {
			$meetings.update((state) => ({ ...state, lastExport: now() }));
		},
		/** A meeting's people, for export. */
		participantsOf(meetingId: string) {
			return participants.participants(meetingId);
		},
		/** Ticked keys of a meeting's checklist, for export. */
		tickedKeys(meetingId: string, flowId: string): string[] {
			return [...flowProgress(progress.$progress.get(), meetingId, flowId)];
		},
	};
}

export const meetingsStore = createMeetingsStore();
export const $meetings = meetingsStore.$meetings;
