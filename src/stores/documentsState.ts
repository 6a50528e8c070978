import type { DocumentsState, MeetingDocuments } from '../schemas/documents';
import { jsonEqual } from './jsonEqual';

/** Pure changes to the documents store's state; documents.ts adds storage, ids and a clock. */

export const EMPTY_DOCUMENTS: DocumentsState = Object.freeze({ meetings: {}, deleted: {} });
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

/** Only the entries changed after `after` (a drop's time). */
function entriesAfter<T extends Stamped>(entries: Readonly<Record<string, T>>, after: number): Record<string, T> {
	return Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry.at > after));
}

const isEmpty = (documents: MeetingDocuments) =>
	Object.keys(documents.fields).length + Object.keys(documents.calls).length + Object.keys(documents.resolutions).length === 0;

/** Two tabs' states, merged entry by entry; what a meeting's drop removed stays removed. */
export function mergeDocuments(a: DocumentsState, b: DocumentsState): DocumentsState {
	const deleted: Record<string, number> = { ...a.deleted };
	for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);
	const meetings: Record<string, MeetingDocuments> = {};
	for (const id of new Set([...Object.keys(a.meetings), ...Object.keys(b.meetings)])) {
		const left = a.meetings[id];
		const right = b.meetings[id];
		let merged = left && right ? mergeMeetingDocuments(left, right) : (left ?? right)!;
		const dropped = deleted[id];
		if (dropped !== undefined) {
			merged = {
				fields: entriesAfter(merged.fields, dropped),
				calls: entriesAfter(merged.calls, dropped),
				resolutions: entriesAfter(merged.resolutions, dropped),
			};
			if (isEmpty(merged)) continue;
		}
		meetings[id] = merged;
	}
	return { meetings, deleted };
}

/** A meeting's documents dropped (the meeting deleted for good), with a tombstone after their last change. */
export function withoutMeetingDocuments(state: DocumentsState, meetingId: string, now: number): DocumentsState {
	const documents = state.meetings[meetingId];
	if (!documents) return state;
	const { [meetingId]: _gone, ...meetings } = state.meetings;
	const last = Math.max(
		0,
		...[documents.fields, documents.calls, documents.resolutions].flatMap((entries) => Object.values(entries).map((entry) => entry.at)),
	);
	return { meetings, deleted: { ...state.deleted, [meetingId]: Math.max(now, last + 1, state.deleted[meetingId] ?? 0) } };
}

/** Version 1 → 2: nothing was dropped yet. */
export function migrateDocumentsV1(data: unknown): unknown {
	const old = data as { meetings?: unknown };
	return { meetings: old?.meetings ?? {}, deleted: {} };
}

export function documentsOf(state: DocumentsState, meetingId: string): MeetingDocuments {
	return state.meetings[meetingId] ?? EMPTY_MEETING_DOCUMENTS;
}

export function withMeetingDocuments(
	state: DocumentsState,
	meetingId: string,
	change: (documents: MeetingDocuments) => MeetingDocuments,
): DocumentsState {
	return { ...state, meetings: { ...state.meetings, [meetingId]: change(documentsOf(state, meetingId)) } };
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

/**
 * Imported meetings' documents (validated with the whole file) replace what is here; a meeting without any keeps its own.
 * A meeting whose documents were dropped gets them back: each entry is stamped after the drop, so no tab's tombstone removes it.
 */
export function withDocumentsImported(
	state: DocumentsState,
	entries: readonly { meetingId: string; documents: MeetingDocuments | undefined }[],
): DocumentsState {
	return entries.reduce((next, { meetingId, documents }) => {
		if (!documents) return next;
		const dropped = next.deleted[meetingId];
		if (dropped === undefined) return withMeetingDocuments(next, meetingId, () => documents);
		const after = <T extends Stamped>(entries: Readonly<Record<string, T>>) =>
			Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, { ...entry, at: Math.max(entry.at, dropped + 1) }]));
		return withMeetingDocuments(next, meetingId, () => ({
			fields: after(documents.fields),
			calls: after(documents.calls),
			resolutions: after(documents.resolutions),
		}));
	}, state);
}
