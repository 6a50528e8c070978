import type { Meeting, MeetingInput, MeetingsState } from '../schemas/meeting';
import { canonicalJson } from './canonicalJson';

/** Pure changes to the meetings store's state; the store (meetings.ts) adds storage and a clock. */

export const EMPTY_MEETINGS: MeetingsState = Object.freeze({ meetings: {}, deleted: {}, lastExport: null });

/** The copy kept when two tabs hold different ones: the later edit; a tie is broken by content, so every tab keeps the same copy. */
export function laterMeeting(a: Meeting, b: Meeting): Meeting {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * Two tabs' states: per meeting the later edit wins; a deletion wins over edits made
 * before it. Commutative, associative and idempotent, so two tabs always converge
 * (the engine writes back only while they differ).
 */
export function mergeMeetings(a: MeetingsState, b: MeetingsState): MeetingsState {
	const deleted: Record<string, number> = Object.create(null);
	for (const id of sortedUnion(a.deleted, b.deleted)) deleted[id] = Math.max(a.deleted[id] ?? 0, b.deleted[id] ?? 0);
	const meetings: Record<string, Meeting> = Object.create(null);
	for (const id of sortedUnion(a.meetings, b.meetings)) {
		const left = a.meetings[id];
		const right = b.meetings[id];
		const later = left && right ? laterMeeting(left, right) : (left ?? right)!;
		if (deleted[id] === undefined || later.updatedAt > deleted[id]) meetings[id] = later;
	}
	const lastExport = a.lastExport === null ? b.lastExport : b.lastExport === null ? a.lastExport : Math.max(a.lastExport, b.lastExport);
	// The clerk's name is one value for the browser: the other tab's latest wins.
	const operator = b.operator ?? a.operator;
	return { meetings, deleted, lastExport, ...(operator !== undefined ? { operator } : {}) };
}

function sortedUnion(a: object, b: object): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

export function withMeeting(state: MeetingsState, meeting: Meeting): MeetingsState {
	return { ...state, meetings: { ...state.meetings, [meeting.id]: meeting } };
}

/** Imported meetings (validated, one per id) replace or join the state; their tombstones go; stamped at least `now`. */
export function withMeetingsImported(
	state: MeetingsState,
	imported: readonly (Meeting & {
		ticked?: unknown;
		extraTicked?: unknown;
		participants?: unknown;
		documents?: unknown;
		seatingLayouts?: unknown;
	})[],
	now: number,
): MeetingsState {
	const meetings: Record<string, Meeting> = { ...state.meetings };
	const deleted: Record<string, number> = { ...state.deleted };
	// Ticks, people, documents and seat layouts go to their own stores.
	for (const {
		ticked: _ticked,
		extraTicked: _extra,
		participants: _people,
		documents: _documents,
		seatingLayouts: _layouts,
		...meeting
	} of imported) {
		delete deleted[meeting.id];
		meetings[meeting.id] = { ...meeting, updatedAt: Math.max(now, meeting.updatedAt) };
	}
	return { ...state, meetings, deleted };
}

export function withMeetingChanged(
	state: MeetingsState,
	id: string,
	change: Partial<MeetingInput & Pick<Meeting, 'archived'>>,
	now: number,
): MeetingsState {
	const meeting = state.meetings[id];
	if (!meeting) return state;
	return withMeeting(state, { ...meeting, ...change, updatedAt: Math.max(now, meeting.updatedAt + 1) });
}

export function withoutMeeting(state: MeetingsState, id: string, now: number): MeetingsState {
	const meeting = state.meetings[id];
	if (!meeting) return state;
	const { [id]: _gone, ...meetings } = state.meetings;
	return { ...state, meetings, deleted: { ...state.deleted, [id]: Math.max(now, meeting.updatedAt + 1) } };
}

/** Meetings by start date (undated last), then by name; archived ones after the rest. */
export function sortedMeetings(state: MeetingsState): Meeting[] {
	return Object.values(state.meetings).sort(
		(a, b) =>
			Number(a.archived) - Number(b.archived) ||
			(a.start || '9999').localeCompare(b.start || '9999') ||
			a.name.localeCompare(b.name, 'zh-Hant'),
	);
}
