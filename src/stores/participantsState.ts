import type { MeetingParticipants, Participant, ParticipantsState } from '../schemas/participant';

/** Pure changes to the participants store's state; the store (participants.ts) adds storage and a clock. */

export const EMPTY_PARTICIPANTS: ParticipantsState = Object.freeze({ lists: {}, deleted: {} });

const EMPTY_LIST: readonly Participant[] = Object.freeze([]);

/** A meeting's people in precedence order (empty when it has none). */
export function participantsOf(state: ParticipantsState, meetingId: string): readonly Participant[] {
	return state.lists[meetingId]?.people ?? EMPTY_LIST;
}

/**
 * Two tabs' states: per meeting the later list wins (a tie is broken by
 * content, so every tab picks the same copy); a dropped list stays dropped
 * unless changed after the drop.
 */
export function mergeParticipants(a: ParticipantsState, b: ParticipantsState): ParticipantsState {
	const deleted: Record<string, number> = { ...a.deleted };
	for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);
	const lists: Record<string, MeetingParticipants> = {};
	for (const id of new Set([...Object.keys(a.lists), ...Object.keys(b.lists)])) {
		const left = a.lists[id];
		const right = b.lists[id];
		const later = !left ? right! : !right ? left : laterList(left, right);
		if (deleted[id] === undefined || later.updatedAt > deleted[id]) lists[id] = later;
	}
	return { lists, deleted };
}

function laterList(a: MeetingParticipants, b: MeetingParticipants): MeetingParticipants {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** The meeting's list replaced by `people`, stamped after its previous change. */
export function withParticipants(
	state: ParticipantsState,
	meetingId: string,
	people: readonly Participant[],
	now: number,
): ParticipantsState {
	const previous = state.lists[meetingId]?.updatedAt ?? state.deleted[meetingId] ?? -1;
	const { [meetingId]: _tombstone, ...deleted } = state.deleted;
	return {
		lists: { ...state.lists, [meetingId]: { people: [...people], updatedAt: Math.max(now, previous + 1) } },
		deleted,
	};
}

export function withoutParticipants(state: ParticipantsState, meetingId: string, now: number): ParticipantsState {
	const list = state.lists[meetingId];
	if (!list) return state;
	const { [meetingId]: _gone, ...lists } = state.lists;
	return { lists, deleted: { ...state.deleted, [meetingId]: Math.max(now, list.updatedAt + 1) } };
}
