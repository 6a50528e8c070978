import type { Meeting, MeetingInput, MeetingsState } from '../schemas/meeting';

/** Pure changes to the meetings store's state; the store (meetings.ts) adds storage and a clock. */

export const EMPTY_MEETINGS: MeetingsState = Object.freeze({ meetings: {}, deleted: {}, lastExport: null });

/** Two tabs' states: per meeting the later edit wins; a deletion wins over edits made before it. */
export function mergeMeetings(a: MeetingsState, b: MeetingsState): MeetingsState {
	const deleted: Record<string, number> = { ...a.deleted };
	for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);
	const meetings: Record<string, Meeting> = {};
	for (const id of new Set([...Object.keys(a.meetings), ...Object.keys(b.meetings)])) {
		const left = a.meetings[id];
		const right = b.meetings[id];
		const later = !left ? right! : !right ? left : right.updatedAt > left.updatedAt ? right : left;
		if (deleted[id] === undefined || later.updatedAt > deleted[id]) meetings[id] = later;
	}
	const lastExport =
		a.lastExport === null ? b.lastExport : b.lastExport === null ? a.lastExport : Math.max(a.lastExport, b.lastExport);
	// The clerk's name is one value for the browser: the other tab's latest wins.
	const operator = b.operator ?? a.operator;
	return { meetings, deleted, lastExport, ...(operator !== undefined ? { operator } : {}) };
}

export function withMeeting(state: MeetingsState, meeting: Meeting): MeetingsState {
	return { ...state, meetings: { ...state.meetings, [meeting.id]: meeting } };
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
