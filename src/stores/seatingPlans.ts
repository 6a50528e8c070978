import { computed, type ReadableAtom } from 'nanostores';
import { randomId } from '../lib/randomId';
import { seatingPlansStateSchema, type SavedSeatingPlan, type SeatingPlansState } from '../schemas/seatingPlan';
import {
	EMPTY_SEATING_PLANS,
	mergeSeatingPlans,
	plansOfMeeting,
	withoutPlan,
	withPlanMeeting,
	withPlanPrinted,
	withPlanSaved,
	type SeatingPlanInput,
} from './seatingPlansState';
import { createPersistentStore, storageKey, type PersistentAtom, type StorageEnvironment } from './storageEngine';

export { EMPTY_SEATING_PLANS, mergeSeatingPlans, plansOfMeeting, sortedPlans, type SeatingPlanInput } from './seatingPlansState';

/** Saved seat plans of the seat preview, see README.md. */
export const SEATING_PLANS_KEY = storageKey('seating-plans');
export const SEATING_PLANS_VERSION = 1;

export interface SeatingPlansStoreOptions {
	/** Defaults to the browser's localStorage; null = memory only. */
	environment?: StorageEnvironment | null;
	/** Clock for `updatedAt` and tombstones (ms since the epoch). */
	now?: () => number;
	/** Id of a new plan; defaults to a random `plan-…` id. */
	newId?: () => string;
}

/** What the page saves: a plan without id (a new one) or with the id of the plan it replaces. */
export type SeatingPlanDraft = Omit<SeatingPlanInput, 'id'> & { id?: string };

export interface SeatingPlansStore {
	$seatingPlans: PersistentAtom<SeatingPlansState>;
	/** Saves the plan (new when it has no id) and returns its id. */
	savePlan(plan: SeatingPlanDraft): string;
	/** Deletes a plan; returns the deleted copy (for 復原), or null when there was none. */
	deletePlan(id: string): SavedSeatingPlan | null;
	/** Saves a deleted plan again, as it was (復原). */
	restorePlan(plan: SavedSeatingPlan): void;
	/** Records what was printed from a saved plan (to reprint only what changes later); true when storage verifiably holds it. */
	recordPlanPrinted(id: string, printed: NonNullable<SavedSeatingPlan['printed']>): boolean;
	/** Attaches a plan to a meeting of the meetings workspace, or detaches it with undefined. */
	attachPlanToMeeting(id: string, meetingId: string | undefined): void;
	/** The plans of one meeting, most recent first (a store, for `useStore`). */
	plansForMeeting(meetingId: string): ReadableAtom<SavedSeatingPlan[]>;
}

export function createSeatingPlansStore(options: SeatingPlansStoreOptions = {}): SeatingPlansStore {
	const now = options.now ?? Date.now;
	const newId = options.newId ?? (() => randomId('plan'));
	const $seatingPlans = createPersistentStore<SeatingPlansState>({
		key: SEATING_PLANS_KEY,
		version: SEATING_PLANS_VERSION,
		schema: seatingPlansStateSchema,
		initial: EMPTY_SEATING_PLANS,
		merge: mergeSeatingPlans,
		environment: options.environment,
	});
	const byMeeting = new Map<string, ReadableAtom<SavedSeatingPlan[]>>();

	return {
		$seatingPlans,
		savePlan(draft) {
			const id = draft.id ?? newId();
			$seatingPlans.update((state) => withPlanSaved(state, { ...draft, id }, now()));
			return id;
		},
		deletePlan(id) {
			let deleted: SavedSeatingPlan | null = null;
			$seatingPlans.update((state) => {
				deleted = state.plans[id] ?? null;
				return withoutPlan(state, id, now());
			});
			return deleted;
		},
		restorePlan({ updatedAt: _stamp, ...plan }) {
			$seatingPlans.update((state) => withPlanSaved(state, plan, now()));
		},
		recordPlanPrinted(id, printed) {
			$seatingPlans.update((state) => withPlanPrinted(state, id, printed, now()));
			return $seatingPlans.isSaved();
		},
		attachPlanToMeeting(id, meetingId) {
			$seatingPlans.update((state) => withPlanMeeting(state, id, meetingId, now()));
		},
		plansForMeeting(meetingId) {
			// One derived store per meeting, so components re-rendering do not create new ones.
			let $plans = byMeeting.get(meetingId);
			if (!$plans) {
				$plans = computed($seatingPlans, (state) => plansOfMeeting(state, meetingId));
				byMeeting.set(meetingId, $plans);
			}
			return $plans;
		},
	};
}

const seatingPlansStore = createSeatingPlansStore();

/** The page's saved seat plans; components subscribe with `useStore($seatingPlans)`. */
export const $seatingPlans = seatingPlansStore.$seatingPlans;
export const { savePlan, deletePlan, restorePlan, recordPlanPrinted, attachPlanToMeeting, plansForMeeting } = seatingPlansStore;
