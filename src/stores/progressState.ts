import { isSafeKey } from '../schemas/ids';
import { progressStateSchema, progressV0Schema, type FlowMarks, type ProgressState, type StepMark } from '../schemas/progress';
import { movedKeys, PROGRESS_KEY_MOVES_V2, type KeyMoves } from './progressKeyMoves';

/**
 * Pure state transitions, selectors and checks of the progress store. Every
 * change is a new mark with a timestamp (never a deletion), so that the
 * last-writer-wins merge can carry it to other tabs.
 */

/** The run that practice ticks on a standard page belong to (練習); meetings add one run per meeting id. */
export const PRACTICE_RUN = 'practice';

export const EMPTY_PROGRESS: ProgressState = Object.freeze({ runs: Object.freeze({}), deletedRuns: Object.freeze({}) });

const NO_MARKS: FlowMarks = Object.freeze({});

/** A flow as the page knows it now: its id and every tickable key (`flowKeys(flow)` of src/lib/flows.ts). */
export interface FlowKeys {
	id: string;
	keys: readonly string[];
}

/** What `resetFlow` cleared, so `undoReset` can put it back. */
export interface ResetToken {
	readonly runId: string;
	readonly flowId: string;
	/** step key → timestamp of the tombstone the reset wrote */
	readonly cleared: Readonly<Record<string, number>>;
}

export interface OrphanGroup {
	runId: string;
	flowId: string;
	/** Ticked step keys the flow no longer has. */
	keys: string[];
}

export interface OrphanReport {
	count: number;
	groups: OrphanGroup[];
}

export interface OrphanOptions {
	/** Only look at this run. */
	runId?: string;
	/**
	 * `flows` lists every flow of the site, so ticks of a flow missing from it
	 * are orphans too. Otherwise unlisted flows are not judged (a page knows
	 * only its own flows).
	 */
	catalogueComplete?: boolean;
}

/** Error codes of the v0 → v1 migration. */
export class ProgressMigrationError extends Error {
	readonly code: 'progress-v0-unkeyed-step';
	readonly params: { path: string };

	constructor(path: string) {
		super(`progress v0: "${path}" is not "<flowId>/<stepKey>"`);
		this.name = 'ProgressMigrationError';
		this.code = 'progress-v0-unkeyed-step';
		this.params = { path };
	}
}

/** All marks of one flow in one run, tombstones included. */
export function flowMarks(state: ProgressState, runId: string, flowId: string): FlowMarks {
	return state.runs[runId]?.[flowId] ?? NO_MARKS;
}

/**
 * The ticked keys of one flow in one run: the `FlowProgress` that
 * `src/lib/flows.ts` (`stepState`, `flowTotals`, `orphanedKeys`) reads.
 */
export function flowProgress(state: ProgressState, runId: string, flowId: string): ReadonlySet<string> {
	const marks = flowMarks(state, runId, flowId);
	return new Set(Object.keys(marks).filter((key) => marks[key]?.done));
}

export function isStepDone(state: ProgressState, runId: string, flowId: string, key: string): boolean {
	return flowMarks(state, runId, flowId)[key]?.done === true;
}

/** Sets `done` on each key; keys already in that state keep their mark and timestamp. */
export function withMarks(
	state: ProgressState,
	runId: string,
	flowId: string,
	keys: readonly string[],
	done: boolean,
	now: number,
): ProgressState {
	const marks = flowMarks(state, runId, flowId);
	const changed: Record<string, StepMark> = {};
	for (const key of keys) {
		const current = marks[key];
		if (current ? current.done === done : !done) continue;
		changed[key] = { done, at: stampAfter(now, current?.at, state.deletedRuns[runId]) };
	}
	if (Object.keys(changed).length === 0) return state;
	return withFlowMarks(state, runId, flowId, { ...marks, ...changed });
}

/** Unticks the whole flow with tombstones; the token is null when nothing was ticked. */
export function withFlowReset(
	state: ProgressState,
	runId: string,
	flowId: string,
	now: number,
): { state: ProgressState; token: ResetToken | null } {
	const marks = flowMarks(state, runId, flowId);
	const ticked = Object.keys(marks).filter((key) => marks[key]?.done);
	if (ticked.length === 0) return { state, token: null };
	const next = withMarks(state, runId, flowId, ticked, false, now);
	const cleared: Record<string, number> = {};
	const nextMarks = flowMarks(next, runId, flowId);
	for (const key of ticked) cleared[key] = nextMarks[key]?.at ?? now;
	return { state: next, token: { runId, flowId, cleared } };
}

/** Re-ticks what a reset cleared, except keys changed since (their latest mark is not the reset's tombstone). */
export function withResetUndone(state: ProgressState, token: ResetToken, now: number): ProgressState {
	const marks = flowMarks(state, token.runId, token.flowId);
	const restore = Object.keys(token.cleared).filter((key) => {
		const mark = marks[key];
		return mark !== undefined && !mark.done && mark.at === token.cleared[key];
	});
	return withMarks(state, token.runId, token.flowId, restore, true, now);
}

/**
 * The run's ticks become exactly `ticked` (flow id → keys): an imported backup.
 * The old run is dropped first, so marks from before the import go everywhere.
 */
export function withRunReplaced(
	state: ProgressState,
	runId: string,
	ticked: Readonly<Record<string, readonly string[]>>,
	now: number,
): ProgressState {
	const cleared = withoutRun(state, runId, now);
	return Object.entries(ticked).reduce((next, [flowId, keys]) => withMarks(next, runId, flowId, keys, true, now), cleared);
}

/**
 * `withRunReplaced` for many runs in one pass (an import of up to 1000 meetings):
 * each run's ticks become exactly its `ticked` (flow id → keys).
 */
export function withRunsReplaced(
	state: ProgressState,
	replacements: readonly (readonly [runId: string, ticked: Readonly<Record<string, readonly string[]>>])[],
	now: number,
): ProgressState {
	const runs: Record<string, Record<string, FlowMarks>> = { ...state.runs };
	const deletedRuns: Record<string, number> = { ...state.deletedRuns };
	for (const [runId, ticked] of replacements) {
		const old = runs[runId];
		if (old) {
			deletedRuns[runId] = stampAfter(
				now,
				deletedRuns[runId],
				...Object.values(old).flatMap((marks) => Object.values(marks).map((mark) => mark.at)),
			);
			delete runs[runId];
		}
		const at = stampAfter(now, deletedRuns[runId]);
		const run: Record<string, FlowMarks> = Object.create(null);
		for (const [flowId, keys] of Object.entries(ticked)) {
			const marks: Record<string, StepMark> = Object.create(null);
			for (const key of keys) marks[key] = { done: true, at };
			if (keys.length > 0) run[flowId] = marks;
		}
		if (Object.keys(run).length > 0) runs[runId] = run;
	}
	return { runs, deletedRuns };
}

/** Drops a run and records when, so other tabs drop their older marks of it too. */
export function withoutRun(state: ProgressState, runId: string, now: number): ProgressState {
	const run = state.runs[runId];
	if (!run) return state;
	let latest: number | undefined = state.deletedRuns[runId];
	for (const marks of Object.values(run)) {
		for (const mark of Object.values(marks)) latest = latest === undefined ? mark.at : Math.max(latest, mark.at);
	}
	const { [runId]: _dropped, ...runs } = state.runs;
	return { runs, deletedRuns: { ...state.deletedRuns, [runId]: stampAfter(now, latest) } };
}

/** Ticked keys that the current flow data no longer has; they are kept until `withoutOrphans`. */
export function orphanedProgress(state: ProgressState, flows: readonly FlowKeys[], options: OrphanOptions = {}): OrphanReport {
	const known = new Map(flows.map((flow) => [flow.id, new Set(flow.keys)]));
	const groups: OrphanGroup[] = [];
	const runIds = options.runId === undefined ? Object.keys(state.runs).sort() : [options.runId];
	for (const runId of runIds) {
		const run = state.runs[runId] ?? {};
		for (const flowId of Object.keys(run).sort()) {
			const keys = known.get(flowId);
			if (!keys && !options.catalogueComplete) continue;
			const marks = run[flowId] ?? NO_MARKS;
			const orphans = Object.keys(marks)
				.filter((key) => marks[key]?.done && !keys?.has(key))
				.sort();
			if (orphans.length > 0) groups.push({ runId, flowId, keys: orphans });
		}
	}
	return { count: groups.reduce((sum, group) => sum + group.keys.length, 0), groups };
}

/** Unticks the reported orphans (tombstones, so other tabs drop them as well). */
export function withoutOrphans(state: ProgressState, report: OrphanReport, now: number): ProgressState {
	return report.groups.reduce((next, group) => withMarks(next, group.runId, group.flowId, group.keys, false, now), state);
}

/** Version 0 (flat `"<flowId>/<stepKey>" → boolean`) → version 1: practice run, timestamp 0 (unknown, older than any real change). */
export function migrateProgressV0(data: unknown): ProgressState {
	const flat = progressV0Schema.parse(data);
	// Prototype-free maps, and prototype names refused: `run['__proto__'] ??= {}` on a
	// plain object would hand back Object.prototype and change every object in the page.
	const run: Record<string, Record<string, StepMark>> = Object.create(null);
	for (const [path, done] of Object.entries(flat)) {
		const slash = path.indexOf('/');
		if (slash <= 0 || slash === path.length - 1) throw new ProgressMigrationError(path);
		const flowId = path.slice(0, slash);
		const stepKey = path.slice(slash + 1);
		if (!isSafeKey(flowId) || !isSafeKey(stepKey)) throw new ProgressMigrationError(path);
		if (!done) continue;
		const flow = (run[flowId] ??= Object.create(null) as Record<string, StepMark>);
		flow[stepKey] = { done: true, at: 0 };
	}
	return { runs: Object.keys(run).length > 0 ? { [PRACTICE_RUN]: run } : {}, deletedRuns: {} };
}

/**
 * Data version 1 → 2: the checklists gained the source's items and levels (issue #17), so some
 * keys moved (`PROGRESS_KEY_MOVES_V2`). Each mark of a moved key, tick or tombstone, goes to every
 * key that now carries its meaning, with its timestamp; where two marks land on one key the later
 * wins (a tie goes to the tick), as in the merge. Runs, deletions and unmoved keys are untouched.
 */
export function migrateProgressV1(data: unknown): ProgressState {
	return withKeysMoved(progressStateSchema.parse(data), PROGRESS_KEY_MOVES_V2);
}

/** `state` with every flow's keys moved per `moves` (see `migrateProgressV1`). */
export function withKeysMoved(state: ProgressState, moves: KeyMoves): ProgressState {
	const runs: Record<string, Record<string, FlowMarks>> = Object.create(null);
	for (const [runId, run] of Object.entries(state.runs)) {
		runs[runId] = Object.create(null) as Record<string, FlowMarks>;
		for (const [flowId, marks] of Object.entries(run)) {
			const next: Record<string, StepMark> = Object.create(null);
			for (const [key, mark] of Object.entries(marks)) {
				for (const target of movedKeys(moves, flowId, key)) {
					const current = next[target];
					if (!current || mark.at > current.at || (mark.at === current.at && mark.done)) next[target] = mark;
				}
			}
			runs[runId][flowId] = next;
		}
	}
	return { runs, deletedRuns: state.deletedRuns };
}

function withFlowMarks(state: ProgressState, runId: string, flowId: string, marks: FlowMarks): ProgressState {
	return {
		runs: { ...state.runs, [runId]: { ...state.runs[runId], [flowId]: marks } },
		deletedRuns: state.deletedRuns,
	};
}

/** `now`, but strictly after every given time: a later change in this tab always outranks the mark it replaces. */
function stampAfter(now: number, ...after: (number | undefined)[]): number {
	return after.reduce<number>((stamp, time) => (time === undefined ? stamp : Math.max(stamp, time + 1)), now);
}
