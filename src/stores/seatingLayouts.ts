import type { LayoutKind, MeetingLayouts, SeatingLayoutsState } from '../schemas/seatingLayout';
import { seatingLayoutsStateSchema } from '../schemas/seatingLayout';
import {
	EMPTY_SEATING_LAYOUTS,
	layoutsOf,
	mergeSeatingLayouts,
	withLayout,
	withLayoutsImported,
	withoutMeetingLayouts,
	type LayoutInput,
} from './seatingLayoutsState';
import { createPersistentStore, storageKey, storeChange, type StorageEnvironment, type StoreChange } from './storageEngine';

export { EMPTY_SEATING_LAYOUTS, layoutsOf, mergeSeatingLayouts, type LayoutInput } from './seatingLayoutsState';

/** A meeting's audience, reception and banquet layouts (issue #21), see README.md. */
export const SEATING_LAYOUTS_KEY = storageKey('seating-layouts');
export const SEATING_LAYOUTS_VERSION = 1;

export interface SeatingLayoutsStoreOptions {
	environment?: StorageEnvironment | null;
	now?: () => number;
}

export function createSeatingLayoutsStore(options: SeatingLayoutsStoreOptions = {}) {
	const now = options.now ?? Date.now;
	const $seatingLayouts = createPersistentStore<SeatingLayoutsState>({
		key: SEATING_LAYOUTS_KEY,
		version: SEATING_LAYOUTS_VERSION,
		schema: seatingLayoutsStateSchema,
		initial: EMPTY_SEATING_LAYOUTS,
		merge: mergeSeatingLayouts,
		environment: options.environment,
	});
	return {
		$seatingLayouts,
		/** Saves one layout of a meeting; true when storage verifiably holds it. */
		saveLayout<K extends LayoutKind>(meetingId: string, kind: K, layout: LayoutInput<K>): boolean {
			$seatingLayouts.update((state) => withLayout(state, meetingId, kind, layout, now()));
			return $seatingLayouts.isSaved();
		},
		/** Drops the layouts of meetings deleted for good (with their ticks and people). */
		dropLayouts(meetingIds: readonly string[]) {
			const present = meetingIds.filter((id) => $seatingLayouts.get().meetings[id]);
			if (present.length === 0) return;
			$seatingLayouts.update((state) => present.reduce((next, id) => withoutMeetingLayouts(next, id, now()), state));
		},
		/** A meeting's layouts, for the backup file (undefined when none). */
		exportFor(meetingId: string): MeetingLayouts | undefined {
			return layoutsOf($seatingLayouts.get(), meetingId);
		},
		/** The change an import writes together with the meetings (all or nothing, `importMeetings`). */
		importChange(entries: readonly { meetingId: string; layouts: MeetingLayouts | undefined }[]): StoreChange {
			return storeChange($seatingLayouts, (state) => withLayoutsImported(state, entries, now()));
		},
	};
}

export const seatingLayoutsStore = createSeatingLayoutsStore();
export const $seatingLayouts = seatingLayoutsStore.$seatingLayouts;
