import type { DocumentsState, MeetingDocuments } from '../schemas/documents';
import { jsonEqual } from './jsonEqual';

/** Pure changes to the documents store's state; documents.ts adds storage, ids and a clock. */

export const EMPTY_DOCUMENTS: DocumentsState = Object.freeze({ meetings: {} });
export const EMPTY_MEETING_DOCUMENTS: MeetingDocuments = Object.freeze({ fields: {}, calls: {}, resolutions: {} });

type Stamped = { at: number };

/** Per entry the later change wins; a tie is broken by content, so every tab picks the same copy. */
function mergeEntries<T extends Stamped>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> {
	const merged: Record<string, T> = { ...a };
	for (const [key, right] of Object.entries(b)) {
		const left = merged[key];
		if (!left || right.at > left.at || (right.at === left.at && !jsonEqual(left, right) && JSON.stringify(right) > JSON.stringify(left))) {
			merged[key] = right;
		}
	}
	return merged;
}

export function mergeMeetingDocuments(a: MeetingDocuments, b: MeetingDocuments): MeetingDocuments {
	return {
		fields: mergeEntries(a.fields, b.fields),
		calls: mergeEntries(a.calls, b.calls),
		resolutions: mergeEntries(a.resolutions, b.resolutions),
	};
}

/** Two tabs' states, merged entry by entry. */
export function mergeDocuments(a: DocumentsState, b: DocumentsState): DocumentsState {
	const meetings: Record<string, MeetingDocuments> = { ...a.meetings };
	for (const [id, right] of Object.entries(b.meetings)) {
		const left = meetings[id];
		meetings[id] = left ? mergeMeetingDocuments(left, right) : right;
	}
	return { meetings };
}

export function documentsOf(state: DocumentsState, meetingId: string): MeetingDocuments {
	return state.meetings[meetingId] ?? EMPTY_MEETING_DOCUMENTS;
}

export function withMeetingDocuments(
	state: DocumentsState,
	meetingId: string,
	change: (documents: MeetingDocuments) => MeetingDocuments,
): DocumentsState {
	return { meetings: { ...state.meetings, [meetingId]: change(documentsOf(state, meetingId)) } };
}

/** The typed fields as the drafts take them (field key → text). */
export function typedFields(documents: MeetingDocuments): Record<string, string> {
	return Object.fromEntries(Object.entries(documents.fields).map(([key, field]) => [key, field.value]));
}

/** Live entries (tombstones left out), with their ids. */
export function liveEntries<T extends { removed: boolean }>(entries: Readonly<Record<string, T>>): (T & { id: string })[] {
	return Object.entries(entries)
		.filter(([, entry]) => !entry.removed)
		.map(([id, entry]) => ({ ...entry, id }));
}

/** Imported meetings' documents (validated with the whole file) replace what is here; a meeting without any keeps its own. */
export function withDocumentsImported(
	state: DocumentsState,
	entries: readonly { meetingId: string; documents: MeetingDocuments | undefined }[],
): DocumentsState {
	return entries.reduce(
		(next, { meetingId, documents }) => (documents ? withMeetingDocuments(next, meetingId, () => documents) : next),
		state,
	);
}
