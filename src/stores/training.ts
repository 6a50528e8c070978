import { localWallClock } from '../lib/wallClock';
import type { StandardId } from '../schemas/standard';
import { trainingStateSchema, type TrainingState } from '../schemas/training';
import { createPersistentStore, storageKey, type PersistentAtom, type StorageEnvironment } from './storageEngine';
import { EMPTY_TRAINING, mergeTraining, migrateTrainingV1, withOpened, withRead, withReadingCleared } from './trainingState';

export { countsAsRead, EMPTY_TRAINING, isOpened, isRead, mergeTraining } from './trainingState';

/** The onboarding path's 已讀 ticks, see README.md. */
export const TRAINING_KEY = storageKey('training');
export const TRAINING_VERSION = 2;

export interface TrainingStoreOptions {
	/** Defaults to the browser's localStorage; null = memory only. */
	environment?: StorageEnvironment | null;
	/** Clock for the marks' timestamps (ms since the epoch). */
	now?: () => number;
	/** The learner's wall clock, `YYYY-MM-DDTHH:mm`. */
	wallClock?: () => string;
}

export interface TrainingStore {
	$training: PersistentAtom<TrainingState>;
	setRead(standard: StandardId, done: boolean): void;
	/** The standard's page was opened and scrolled to its end. */
	markOpened(standard: StandardId): void;
	/** Unticks every standard, in every tab. */
	clearReading(): void;
}

export function createTrainingStore(options: TrainingStoreOptions = {}): TrainingStore {
	const now = options.now ?? Date.now;
	const wallClock = options.wallClock ?? (() => localWallClock(new Date()));
	const $training = createPersistentStore<TrainingState>({
		key: TRAINING_KEY,
		version: TRAINING_VERSION,
		schema: trainingStateSchema,
		migrations: { 1: migrateTrainingV1 },
		initial: EMPTY_TRAINING,
		merge: mergeTraining,
		environment: options.environment,
	});
	return {
		$training,
		setRead(standard, done) {
			$training.update((state) => withRead(state, standard, done, now(), wallClock()));
		},
		markOpened(standard) {
			$training.update((state) => withOpened(state, standard, now(), wallClock()));
		},
		clearReading() {
			$training.update((state) => withReadingCleared(state, now(), wallClock()));
		},
	};
}

const trainingStore = createTrainingStore();

/** The page's training state; components subscribe with `useStore($training)`. */
export const $training = trainingStore.$training;
export const { setRead, markOpened, clearReading } = trainingStore;
