import type { StandardId } from '../schemas/standard';
import type { ReadMark, TrainingState } from '../schemas/training';

/**
 * Pure transitions and merge of the onboarding path's 已讀 ticks: one mark per
 * standard, last writer wins, an untick is a tombstone (as in the progress store).
 */

export const EMPTY_TRAINING: TrainingState = Object.freeze({ read: Object.freeze({}) });

/** The later mark wins; on a tie a tick beats an untick, then the later wall clock, so argument order never matters. */
function laterReadMark(a: ReadMark, b: ReadMark): ReadMark {
	if (a.at !== b.at) return a.at > b.at ? a : b;
	if (a.done !== b.done) return a.done ? a : b;
	return a.on >= b.on ? a : b;
}

export function mergeTraining(a: TrainingState, b: TrainingState): TrainingState {
	const read: TrainingState['read'] = Object.create(null);
	const ids = [...new Set([...Object.keys(a.read), ...Object.keys(b.read)])].sort() as StandardId[];
	for (const id of ids) {
		const x = a.read[id];
		const y = b.read[id];
		read[id] = x && y ? laterReadMark(x, y) : (x ?? y)!;
	}
	return { read };
}

export function isRead(state: TrainingState, standard: StandardId): boolean {
	return state.read[standard]?.done === true;
}

/** Ticks or unticks one standard; nothing changes when it is already so. */
export function withRead(state: TrainingState, standard: StandardId, done: boolean, now: number, on: string): TrainingState {
	const current = state.read[standard];
	if (current ? current.done === done : !done) return state;
	// Strictly after the mark it replaces, so this tab's latest change always wins.
	const at = current ? Math.max(now, current.at + 1) : now;
	return { read: { ...state.read, [standard]: { done, at, on } } };
}

/** Unticks every standard (tombstones, so other tabs drop their ticks too). */
export function withReadingCleared(state: TrainingState, now: number, on: string): TrainingState {
	return (Object.keys(state.read) as StandardId[]).reduce((next, id) => withRead(next, id, false, now, on), state);
}
