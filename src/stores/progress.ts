import { progressStateSchema, type ProgressState } from '../schemas/progress';
import { mergeProgress } from './lww';
import {
	EMPTY_PROGRESS,
	migrateProgressV0,
	migrateProgressV1,
	orphanedProgress,
	withFlowReset,
	withMarks,
	withoutOrphans,
	withoutRun,
	withResetUndone,
	withRunReplaced,
	type FlowKeys,
	type OrphanOptions,
	type ResetToken,
} from './progressState';
import { createPersistentStore, storageKey, type Migration, type PersistentAtom, type StorageEnvironment } from './storageEngine';

export {
	EMPTY_PROGRESS,
	PRACTICE_RUN,
	flowMarks,
	flowProgress,
	isStepDone,
	orphanedProgress,
	type FlowKeys,
	type OrphanGroup,
	type OrphanOptions,
	type OrphanReport,
	type ResetToken,
} from './progressState';

/** Checklist ticks of every run (practice and meetings), see README.md. */
export const PROGRESS_KEY = storageKey('progress');
/** 2: keys moved when the checklists were completed from the source (src/stores/progressKeyMoves.ts). */
export const PROGRESS_VERSION = 2;
const progressMigrations: Readonly<Record<number, Migration>> = { 0: migrateProgressV0, 1: migrateProgressV1 };

export interface ProgressStoreOptions {
	/** Defaults to the browser's localStorage; null = memory only. */
	environment?: StorageEnvironment | null;
	/** Clock for mark timestamps (ms since the epoch). */
	now?: () => number;
}

export interface ProgressStore {
	$progress: PersistentAtom<ProgressState>;
	setStep(runId: string, flowId: string, key: string, done: boolean): void;
	/** Ticks or unticks several keys at once (a step and all its sub-items). */
	setSteps(runId: string, flowId: string, keys: readonly string[], done: boolean): void;
	/** Unticks the whole flow; returns what `undoReset` needs, or null when nothing was ticked. */
	resetFlow(runId: string, flowId: string): ResetToken | null;
	undoReset(token: ResetToken): void;
	deleteRun(runId: string): void;
	/** Replaces a run's ticks (flow id → ticked keys), e.g. from an imported backup. */
	replaceRun(runId: string, ticked: Readonly<Record<string, readonly string[]>>): void;
	/** Unticks the ticks `orphanedProgress` reports for these flows; returns how many. */
	discardOrphans(flows: readonly FlowKeys[], options?: OrphanOptions): number;
}

export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
	const now = options.now ?? Date.now;
	const $progress = createPersistentStore<ProgressState>({
		key: PROGRESS_KEY,
		version: PROGRESS_VERSION,
		schema: progressStateSchema,
		migrations: progressMigrations,
		initial: EMPTY_PROGRESS,
		merge: mergeProgress,
		environment: options.environment,
	});

	return {
		$progress,
		setStep(runId, flowId, key, done) {
			$progress.update((state) => withMarks(state, runId, flowId, [key], done, now()));
		},
		setSteps(runId, flowId, keys, done) {
			$progress.update((state) => withMarks(state, runId, flowId, keys, done, now()));
		},
		resetFlow(runId, flowId) {
			// Inside update: storage is read first, so the tombstones cover ticks other tabs made too.
			let token: ResetToken | null = null;
			$progress.update((state) => {
				const reset = withFlowReset(state, runId, flowId, now());
				token = reset.token;
				return reset.state;
			});
			return token;
		},
		undoReset(token) {
			$progress.update((state) => withResetUndone(state, token, now()));
		},
		deleteRun(runId) {
			$progress.update((state) => withoutRun(state, runId, now()));
		},
		replaceRun(runId, ticked) {
			$progress.update((state) => withRunReplaced(state, runId, ticked, now()));
		},
		discardOrphans(flows, orphanOptions) {
			let count = 0;
			$progress.update((state) => {
				const report = orphanedProgress(state, flows, orphanOptions);
				count = report.count;
				return withoutOrphans(state, report, now());
			});
			return count;
		},
	};
}

export const progressStore = createProgressStore();

/** The page's progress store; components subscribe with `useStore($progress)`. */
export const $progress = progressStore.$progress;
export const { setStep, setSteps, resetFlow, undoReset, deleteRun, discardOrphans } = progressStore;
