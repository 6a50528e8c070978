import { randomId } from '../lib/randomId';
import type { ExportedMeeting } from '../schemas/meetingExport';
import { type Meeting, type MeetingInput, type MeetingsState, meetingsStateSchema } from '../schemas/meeting';
import { type ProgressStore, progressStore } from './progress';
import { movedKeys, PROGRESS_KEY_MOVES_V2 } from './progressKeyMoves';
import { flowProgress, withRunsReplaced } from './progressState';
import {
	EMPTY_MEETINGS,
	mergeMeetings,
	withMeeting,
	withMeetingChanged,
	withMeetingsImported,
	withoutMeeting,
} from './meetingsState';
import { createPersistentStore, type StorageEnvironment, storageKey, storeChange, writeTogether, type WriteResult } from './storageEngine';

export const MEETINGS_KEY = storageKey('meetings');

/** A new meeting's id (`m-…`), also for meetings an import must renumber. */
export const newMeetingId = (): string => randomId('m');

export interface MeetingsStoreOptions {
	environment?: StorageEnvironment | null;
	now?: () => number;
	newId?: () => string;
	progress?: ProgressStore;
}

export function createMeetingsStore(options: MeetingsStoreOptions = {}) {
	const now = options.now ?? Date.now;
	const newId = options.newId ?? newMeetingId;
	const progress = options.progress ?? progressStore;
	const $meetings = createPersistentStore<MeetingsState>({
		key: MEETINGS_KEY,
		version: 1,
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
		/** A copy as the start of the next meeting: same flow and details, no ticks, no dates. */
		duplicateMeeting(id: string, nameSuffix: string): string | null {
			const source = $meetings.get().meetings[id];
			if (!source) return null;
			return this.createMeeting({ ...source, name: `${source.name}${nameSuffix}`, start: '', end: '', sessions: undefined });
		},
		/** Deletes a meeting; its ticks stay until `purgeDeleted`, so `undoDelete` restores everything. */
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
		/** Drops the ticks of meetings deleted earlier (after the page that could undo it is gone). */
		purgeDeleted() {
			const { deleted } = $meetings.get();
			const runs = progress.$progress.get().runs;
			for (const id of Object.keys(deleted)) if (runs[id]) progress.deleteRun(id);
		},
		/**
		 * Writes validated, conflict-resolved meetings and their ticks, all or nothing:
		 * when either key cannot be written (full, refused, or holding a value this
		 * release cannot read), neither changes and the result says why.
		 */
		importMeetings(meetings: readonly ExportedMeeting[]): WriteResult {
			const at = now();
			return writeTogether([
				storeChange($meetings, (state) => withMeetingsImported(state, meetings, at)),
				storeChange(progress.$progress, (state) =>
					withRunsReplaced(
						state,
						meetings.map((meeting) => {
							// A backup written before the checklists were completed holds keys that moved since:
							// read them as the stored progress is read (no current key is an old one, so this is safe).
							const ticked = [...new Set(meeting.ticked.flatMap((key) => movedKeys(PROGRESS_KEY_MOVES_V2, meeting.flowId, key)))];
							return [meeting.id, { [meeting.flowId]: ticked }] as const;
						}),
						at,
					),
				),
			]);
		},
		markExported() {
			$meetings.update((state) => ({ ...state, lastExport: now() }));
		},
		/** Ticked keys of a meeting's checklist, for export. */
		tickedKeys(meetingId: string, flowId: string): string[] {
			return [...flowProgress(progress.$progress.get(), meetingId, flowId)];
		},
	};
}

export const meetingsStore = createMeetingsStore();
export const $meetings = meetingsStore.$meetings;
