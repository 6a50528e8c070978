import type { MeetingParticipants, Participant, ParticipantsState } from '../schemas/participant';
import { canonicalJson } from './canonicalJson';
import { jsonEqual } from './jsonEqual';

/** Pure changes to the participants store's state; the store (participants.ts) adds storage and a clock. */

export const EMPTY_PARTICIPANTS: ParticipantsState = Object.freeze({ lists: {}, deleted: {} });

const EMPTY_LIST: readonly Participant[] = Object.freeze([]);

/** A meeting's people in precedence order (empty when it has none). */
export function participantsOf(state: ParticipantsState, meetingId: string): readonly Participant[] {
	return state.lists[meetingId]?.people ?? EMPTY_LIST;
}

/**
 * Two tabs' states. Per meeting, per person: the later edit of each person wins
 * (a tie is broken by content, so every tab picks the same copy); a person
 * removed stays removed unless edited or restored after the removal; the order
 * is the one changed last, with people only the other tab has added placed
 * after the person they follow there. So two tabs editing different people of
 * one list both keep their edits. A dropped list stays dropped unless changed
 * after the drop. Commutative and idempotent.
 */
export function mergeParticipants(a: ParticipantsState, b: ParticipantsState): ParticipantsState {
	const deleted: Record<string, number> = Object.create(null);
	for (const id of [...new Set([...Object.keys(a.deleted), ...Object.keys(b.deleted)])].sort()) {
		deleted[id] = Math.max(a.deleted[id] ?? 0, b.deleted[id] ?? 0);
	}
	const lists: Record<string, MeetingParticipants> = Object.create(null);
	for (const id of [...new Set([...Object.keys(a.lists), ...Object.keys(b.lists)])].sort()) {
		const left = a.lists[id];
		const right = b.lists[id];
		const merged = !left ? right! : !right ? left : mergeLists(left, right);
		if (deleted[id] === undefined || merged.updatedAt > deleted[id]) lists[id] = merged;
	}
	return { lists, deleted };
}

/** One meeting's list from two tabs, person by person (see `mergeParticipants`). */
export function mergeLists(a: MeetingParticipants, b: MeetingParticipants): MeetingParticipants {
	if (jsonEqual(a, b)) return a;
	const removed: Record<string, number> = Object.create(null);
	for (const id of [...new Set([...Object.keys(a.removed), ...Object.keys(b.removed)])].sort()) {
		removed[id] = Math.max(a.removed[id] ?? 0, b.removed[id] ?? 0);
	}
	// Each person's later copy; kept only if edited after any removal.
	const aById = new Map(a.people.map((person) => [person.id, person]));
	const bById = new Map(b.people.map((person) => [person.id, person]));
	const people = new Map<string, Participant>();
	const stamps: Record<string, number> = Object.create(null);
	for (const id of new Set([...aById.keys(), ...bById.keys()])) {
		const left = aById.get(id);
		const right = bById.get(id);
		const leftAt = left ? stampOf(a, id) : -1;
		const rightAt = right ? stampOf(b, id) : -1;
		const later = leftAt !== rightAt ? (leftAt > rightAt ? left! : right!) : canonicalJson(left) >= canonicalJson(right) ? left! : right!;
		const at = Math.max(leftAt, rightAt);
		if (removed[id] !== undefined && at <= removed[id]) continue;
		people.set(id, later);
		stamps[id] = at;
	}
	// The order changed last; the other list's additions follow the person they follow there.
	const aFirst =
		a.orderedAt !== b.orderedAt
			? a.orderedAt > b.orderedAt
			: canonicalJson(a.people.map((p) => p.id)) >= canonicalJson(b.people.map((p) => p.id));
	const [base, other] = aFirst ? [a, b] : [b, a];
	const order = base.people.map((person) => person.id).filter((id) => people.has(id));
	let after = -1;
	for (const person of other.people) {
		const at = order.indexOf(person.id);
		if (at >= 0) {
			after = at;
		} else if (people.has(person.id)) {
			order.splice(after + 1, 0, person.id);
			after++;
		}
	}
	return {
		people: order.map((id) => people.get(id)!),
		updatedAt: Math.max(a.updatedAt, b.updatedAt),
		stamps,
		removed,
		orderedAt: Math.max(a.orderedAt, b.orderedAt),
	};
}

/** When a listed person last changed (a list written without stamps counts as changed with the list). */
function stampOf(list: MeetingParticipants, id: string): number {
	return list.stamps[id] ?? list.updatedAt;
}

/**
 * The meeting's list replaced by `people`, stamped after its previous change:
 * only the people who changed get the new time, those gone get a tombstone,
 * and the order gets it only if it changed, so a merge with another tab's
 * edits keeps theirs.
 */
export function withParticipants(
	state: ParticipantsState,
	meetingId: string,
	people: readonly Participant[],
	now: number,
): ParticipantsState {
	const previous = state.lists[meetingId];
	const at = Math.max(now, (previous?.updatedAt ?? state.deleted[meetingId] ?? -1) + 1);
	const before = new Map((previous?.people ?? []).map((person) => [person.id, person]));
	const stamps: Record<string, number> = Object.create(null);
	for (const person of people) {
		const old = before.get(person.id);
		stamps[person.id] = old && previous && jsonEqual(old, person) ? stampOf(previous, person.id) : at;
	}
	const removed: Record<string, number> = Object.assign(Object.create(null), previous?.removed);
	const kept = new Set(people.map((person) => person.id));
	for (const id of before.keys()) if (!kept.has(id)) removed[id] = at;
	const sameOrder =
		previous !== undefined &&
		previous.people.length === people.length &&
		previous.people.every((person, index) => person.id === people[index]!.id);
	const { [meetingId]: _tombstone, ...deleted } = state.deleted;
	return {
		lists: {
			...state.lists,
			[meetingId]: { people: [...people], updatedAt: at, stamps, removed, orderedAt: sameOrder ? previous.orderedAt : at },
		},
		deleted,
	};
}

export function withoutParticipants(state: ParticipantsState, meetingId: string, now: number): ParticipantsState {
	const list = state.lists[meetingId];
	if (!list) return state;
	const { [meetingId]: _gone, ...lists } = state.lists;
	return { lists, deleted: { ...state.deleted, [meetingId]: Math.max(now, list.updatedAt + 1) } };
}

/**
 * Version 1 → 2: lists gain per-person stamps, tombstones and an order time.
 * Every person and the order count as changed when the list last did.
 */
export function migrateParticipantsV1(data: unknown): unknown {
	const old = data as { lists?: unknown; deleted?: unknown } | null;
	if (!old || typeof old.lists !== 'object' || old.lists === null) return data;
	const lists: Record<string, unknown> = Object.create(null);
	for (const [id, list] of Object.entries(old.lists as Record<string, { people?: unknown; updatedAt?: unknown }>)) {
		const people = Array.isArray(list?.people) ? (list.people as { id?: unknown }[]) : [];
		const stamps: Record<string, unknown> = Object.create(null);
		for (const person of people) if (typeof person?.id === 'string') stamps[person.id] = list.updatedAt;
		lists[id] = { ...list, stamps, removed: Object.create(null), orderedAt: list?.updatedAt };
	}
	return { ...old, lists };
}
