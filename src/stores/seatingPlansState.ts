import type { SavedSeatingPlan, SeatingPlansState } from '../schemas/seatingPlan';
import { canonicalJson } from './canonicalJson';

/**
 * Pure state changes of the seating-plans store. Tabs are merged per plan:
 * the later `updatedAt` wins; a deletion is a tombstone (`deleted[id]`), so a
 * stale tab cannot bring a deleted plan back, while saving it again later (undo)
 * does.
 */

export const EMPTY_SEATING_PLANS: SeatingPlansState = { plans: {}, deleted: {} };

/** What a caller provides to save a plan; the store stamps `updatedAt`. */
export type SeatingPlanInput = Omit<SavedSeatingPlan, 'updatedAt'>;

/** The plan kept when two tabs hold different copies: later wins; a tie is broken by content, so both tabs pick the same. */
function laterPlan(a: SavedSeatingPlan, b: SavedSeatingPlan): SavedSeatingPlan {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** Commutative, associative and idempotent; output keys sorted so equal states serialise alike. */
export function mergeSeatingPlans(a: SeatingPlansState, b: SeatingPlansState): SeatingPlansState {
	const deleted: Record<string, number> = Object.create(null);
	for (const id of sortedUnion(a.deleted, b.deleted)) deleted[id] = Math.max(a.deleted[id] ?? 0, b.deleted[id] ?? 0);
	const plans: Record<string, SavedSeatingPlan> = Object.create(null);
	for (const id of sortedUnion(a.plans, b.plans)) {
		const [mine, theirs] = [a.plans[id], b.plans[id]];
		const plan = mine && theirs ? laterPlan(mine, theirs) : (mine ?? theirs)!;
		if (isAlive(plan, deleted[id])) plans[id] = plan;
	}
	return { plans, deleted };
}

/** Saves (creates or replaces) a plan, stamped after every earlier change to it. */
export function withPlanSaved(state: SeatingPlansState, input: SeatingPlanInput, now: number): SeatingPlansState {
	const updatedAt = stampAfter(now, state.plans[input.id]?.updatedAt, state.deleted[input.id]);
	const plan = dropUndefined({ ...input, updatedAt });
	return { plans: sortedRecord({ ...state.plans, [input.id]: plan }), deleted: state.deleted };
}

/** Deletes a plan with a tombstone; unchanged when there is no such plan. */
export function withoutPlan(state: SeatingPlansState, id: string, now: number): SeatingPlansState {
	const plan = state.plans[id];
	if (!plan) return state;
	const { [id]: _gone, ...plans } = state.plans;
	const deletedAt = stampAfter(now, plan.updatedAt, state.deleted[id]);
	return { plans, deleted: sortedRecord({ ...state.deleted, [id]: deletedAt }) };
}

/** Attaches a plan to a meeting (or detaches it with `undefined`); unchanged when there is no such plan. */
export function withPlanMeeting(state: SeatingPlansState, id: string, meetingId: string | undefined, now: number): SeatingPlansState {
	const plan = state.plans[id];
	if (!plan || plan.meetingId === meetingId) return state;
	const { updatedAt: _stamp, meetingId: _old, ...rest } = plan;
	return withPlanSaved(state, meetingId === undefined ? rest : { ...rest, meetingId }, now);
}

/** Records what was printed from a plan (src/lib/reprint.ts); unchanged when there is no such plan. */
export function withPlanPrinted(
	state: SeatingPlansState,
	id: string,
	printed: NonNullable<SavedSeatingPlan['printed']>,
	now: number,
): SeatingPlansState {
	const plan = state.plans[id];
	if (!plan) return state;
	const { updatedAt: _stamp, ...rest } = plan;
	return withPlanSaved(state, { ...rest, printed }, now);
}

/** Every saved plan, most recently changed first. */
export function sortedPlans(state: SeatingPlansState): SavedSeatingPlan[] {
	return Object.values(state.plans).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

/** The plans attached to one meeting, most recently changed first. */
export function plansOfMeeting(state: SeatingPlansState, meetingId: string): SavedSeatingPlan[] {
	return sortedPlans(state).filter((plan) => plan.meetingId === meetingId);
}

function isAlive(plan: SavedSeatingPlan, deletedAt: number | undefined): boolean {
	return deletedAt === undefined || plan.updatedAt > deletedAt;
}

/** `now`, but strictly after every given time: this tab's change outranks the state it replaces. */
function stampAfter(now: number, ...after: (number | undefined)[]): number {
	return after.reduce<number>((stamp, time) => (time === undefined ? stamp : Math.max(stamp, time + 1)), now);
}

function sortedUnion(a: object, b: object): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

// Optional fields are left out rather than stored as undefined (JSON drops them anyway,
// and the tie-break compares content).
function dropUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
