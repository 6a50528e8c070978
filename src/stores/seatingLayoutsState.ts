import type { LayoutKind, MeetingLayouts, SeatingLayoutsState } from '../schemas/seatingLayout';
import { layoutKinds } from '../schemas/seatingLayout';
import { canonicalJson } from './canonicalJson';

/**
 * Pure state changes of the seating-layouts store (a meeting's audience,
 * reception and banquet layouts). Tabs are merged per meeting and layout: the
 * later `updatedAt` wins, a tie is broken by content. Dropping a meeting's
 * layouts (the meeting deleted for good) writes a tombstone, so a stale tab
 * cannot bring them back; a layout saved after it does come back.
 */

export const EMPTY_SEATING_LAYOUTS: SeatingLayoutsState = Object.freeze({ meetings: {}, deleted: {} });

type AnyLayout = NonNullable<MeetingLayouts[LayoutKind]>;

function later<T extends AnyLayout>(a: T | undefined, b: T | undefined): T | undefined {
	if (!a || !b) return a ?? b;
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

function alive(layouts: MeetingLayouts, deletedAt: number | undefined): MeetingLayouts | undefined {
	const kept: Record<string, AnyLayout> = {};
	for (const kind of layoutKinds) {
		const layout = layouts[kind];
		if (layout && (deletedAt === undefined || layout.updatedAt > deletedAt)) kept[kind] = layout;
	}
	return Object.keys(kept).length > 0 ? (kept as MeetingLayouts) : undefined;
}

/** Commutative, associative and idempotent; keys sorted so equal states serialise alike. */
export function mergeSeatingLayouts(a: SeatingLayoutsState, b: SeatingLayoutsState): SeatingLayoutsState {
	const deleted: Record<string, number> = Object.create(null);
	for (const id of union(a.deleted, b.deleted)) deleted[id] = Math.max(a.deleted[id] ?? 0, b.deleted[id] ?? 0);
	const meetings: Record<string, MeetingLayouts> = Object.create(null);
	for (const id of union(a.meetings, b.meetings)) {
		const [mine, theirs] = [a.meetings[id] ?? {}, b.meetings[id] ?? {}];
		const merged: Record<string, AnyLayout> = {};
		for (const kind of layoutKinds) {
			const layout = later<AnyLayout>(mine[kind], theirs[kind]);
			if (layout) merged[kind] = layout;
		}
		const kept = alive(merged as MeetingLayouts, deleted[id]);
		if (kept) meetings[id] = kept;
	}
	return { meetings, deleted };
}

/** What a caller saves; the store stamps `updatedAt`. */
export type LayoutInput<K extends LayoutKind> = Omit<NonNullable<MeetingLayouts[K]>, 'updatedAt'>;

/** Saves one layout of a meeting, stamped after every earlier change to it (and after a drop of the meeting's layouts). */
export function withLayout<K extends LayoutKind>(
	state: SeatingLayoutsState,
	meetingId: string,
	kind: K,
	layout: LayoutInput<K>,
	now: number,
): SeatingLayoutsState {
	const current = state.meetings[meetingId] ?? {};
	const updatedAt = Math.max(now, (current[kind]?.updatedAt ?? -1) + 1, (state.deleted[meetingId] ?? -1) + 1);
	return {
		meetings: sorted({ ...state.meetings, [meetingId]: { ...current, [kind]: { ...layout, updatedAt } } }),
		deleted: state.deleted,
	};
}

/** Drops every layout of a meeting with a tombstone; unchanged when it has none. */
export function withoutMeetingLayouts(state: SeatingLayoutsState, meetingId: string, now: number): SeatingLayoutsState {
	const layouts = state.meetings[meetingId];
	if (!layouts) return state;
	const { [meetingId]: _gone, ...meetings } = state.meetings;
	const latest = Math.max(...layoutKinds.map((kind) => layouts[kind]?.updatedAt ?? 0));
	return { meetings, deleted: sorted({ ...state.deleted, [meetingId]: Math.max(now, latest, state.deleted[meetingId] ?? 0) }) };
}

/**
 * A backup's layouts: each imported meeting that carries layouts replaces this
 * meeting's layouts (stamped now, so they win over older copies in other tabs);
 * a meeting without layouts in the file leaves what is here alone.
 */
export function withLayoutsImported(
	state: SeatingLayoutsState,
	entries: readonly { meetingId: string; layouts: MeetingLayouts | undefined }[],
	now: number,
): SeatingLayoutsState {
	let next = state;
	for (const { meetingId, layouts } of entries) {
		if (!layouts) continue;
		const { [meetingId]: _old, ...meetings } = next.meetings;
		next = { meetings, deleted: next.deleted };
		for (const kind of layoutKinds) {
			const layout = layouts[kind];
			if (layout) {
				const { updatedAt: _stamp, ...input } = layout;
				next = withLayout(
					next,
					meetingId,
					kind,
					input as LayoutInput<typeof kind>,
					Math.max(now, state.meetings[meetingId]?.[kind]?.updatedAt ?? 0) + 1,
				);
			}
		}
	}
	return next;
}

/** A meeting's layouts, for export (undefined when it has none). */
export function layoutsOf(state: SeatingLayoutsState, meetingId: string): MeetingLayouts | undefined {
	return state.meetings[meetingId];
}

function union(a: object, b: object): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
