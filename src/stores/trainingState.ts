import type { StandardId } from '../schemas/standard';
import type { ReadMark, TrainingState } from '../schemas/training';

/**
 * Pure transitions and merge of the onboarding path's 已讀 ticks: one mark per
 * standard, last writer wins, an untick is a tombstone (as in the progress store).
 */

export const EMPTY_TRAINING: TrainingState = Object.freeze({ read: Object.freeze({}), opened: Object.freeze({}) });

type Marks = TrainingState['read'];

/** The later mark wins; on a tie a tick beats an untick, then the later wall clock, so argument order never matters. */
function laterReadMark(a: ReadMark, b: ReadMark): ReadMark {
	if (a.at !== b.at) return a.at > b.at ? a : b;
	if (a.done !== b.done) return a.done ? a : b;
	return a.on >= b.on ? a : b;
}

function mergeMarks(a: Marks, b: Marks): Marks {
	// Prototype-free, as the stores read stored data (a key such as __proto__ stays data).
	const merged: Marks = Object.create(null);
	const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort() as StandardId[];
	for (const id of ids) {
		const x = a[id];
		const y = b[id];
		merged[id] = x && y ? laterReadMark(x, y) : (x ?? y)!;
	}
	return merged;
}

export function mergeTraining(a: TrainingState, b: TrainingState): TrainingState {
	return { read: mergeMarks(a.read, b.read), opened: mergeMarks(a.opened, b.opened) };
}

/** The 已讀 tick as stored (see `countsAsRead` for whether it counts). */
export function isRead(state: TrainingState, standard: StandardId): boolean {
	return state.read[standard]?.done === true;
}

/** Whether the learner opened the standard's page and scrolled to its end. */
export function isOpened(state: TrainingState, standard: StandardId): boolean {
	return state.opened[standard]?.done === true;
}

/** 已讀 counts only once the standard was opened and scrolled through. */
export function countsAsRead(state: TrainingState, standard: StandardId): boolean {
	return isRead(state, standard) && isOpened(state, standard);
}

function withMark(marks: Marks, standard: StandardId, done: boolean, now: number, on: string): Marks {
	const current = marks[standard];
	if (current ? current.done === done : !done) return marks;
	// Strictly after the mark it replaces, so this tab's latest change always wins.
	const at = current ? Math.max(now, current.at + 1) : now;
	return { ...marks, [standard]: { done, at, on } };
}

/** Ticks or unticks one standard; nothing changes when it is already so. */
export function withRead(state: TrainingState, standard: StandardId, done: boolean, now: number, on: string): TrainingState {
	const read = withMark(state.read, standard, done, now, on);
	return read === state.read ? state : { ...state, read };
}

/** Records that the standard was opened and scrolled to its end (kept from the first time). */
export function withOpened(state: TrainingState, standard: StandardId, now: number, on: string): TrainingState {
	const opened = withMark(state.opened, standard, true, now, on);
	return opened === state.opened ? state : { ...state, opened };
}

/** Unticks every standard and forgets every opening (tombstones, so other tabs drop theirs too). */
export function withReadingCleared(state: TrainingState, now: number, on: string): TrainingState {
	const read = (Object.keys(state.read) as StandardId[]).reduce((marks, id) => withMark(marks, id, false, now, on), state.read);
	const opened = (Object.keys(state.opened) as StandardId[]).reduce((marks, id) => withMark(marks, id, false, now, on), state.opened);
	return read === state.read && opened === state.opened ? state : { read, opened };
}

/**
 * Version 1 → 2: no standard was recorded as opened. Ticks made before stay stored but
 * count once the learner opens and scrolls the standard (the old path let anyone tick).
 */
export function migrateTrainingV1(data: unknown): unknown {
	const old = data as { read?: unknown };
	return { read: old?.read ?? {}, opened: {} };
}
