import { randomId } from '../lib/randomId';
import { localWallClock } from '../lib/wallClock';
import { quizHistorySchema, type QuizAttempt, type QuizHistory } from '../schemas/quizHistory';
import { EMPTY_QUIZ_HISTORY, mergeQuizHistory, withAttempt, withHistoryCleared } from './quizHistoryState';
import { createPersistentStore, storageKey, type PersistentAtom, type StorageEnvironment } from './storageEngine';

export { EMPTY_QUIZ_HISTORY, MAX_ATTEMPTS, mergeQuizHistory } from './quizHistoryState';

/** Finished quiz attempts (self-check quizzes), see README.md. */
export const QUIZ_HISTORY_KEY = storageKey('quiz-history');
export const QUIZ_HISTORY_VERSION = 1;

/** What the quiz reports when an attempt ends; the store adds id and times. */
export type FinishedAttempt = Omit<QuizAttempt, 'id' | 'at' | 'finishedOn'>;

export interface QuizHistoryStoreOptions {
	/** Defaults to the browser's localStorage; null = memory only. */
	environment?: StorageEnvironment | null;
	/** Clock for ordering and clearing (ms since the epoch). */
	now?: () => number;
	/** The learner's wall clock, `YYYY-MM-DDTHH:mm`. */
	wallClock?: () => string;
	/** A new attempt id; unique across tabs. */
	newId?: () => string;
}

export interface QuizHistoryStore {
	$quizHistory: PersistentAtom<QuizHistory>;
	/** Saves a finished attempt and returns it as saved. */
	recordAttempt(attempt: FinishedAttempt): QuizAttempt;
	/** Removes every attempt, in every tab. */
	clearHistory(): void;
}

export function createQuizHistoryStore(options: QuizHistoryStoreOptions = {}): QuizHistoryStore {
	const now = options.now ?? Date.now;
	const wallClock = options.wallClock ?? (() => localWallClock(new Date()));
	const newId = options.newId ?? (() => randomId('attempt'));
	const $quizHistory = createPersistentStore<QuizHistory>({
		key: QUIZ_HISTORY_KEY,
		version: QUIZ_HISTORY_VERSION,
		schema: quizHistorySchema,
		initial: EMPTY_QUIZ_HISTORY,
		merge: mergeQuizHistory,
		environment: options.environment,
	});

	return {
		$quizHistory,
		recordAttempt(finished) {
			let saved: QuizAttempt | undefined;
			$quizHistory.update((state) => {
				// After the last clear, or the clear would swallow it.
				saved = { ...finished, id: newId(), at: Math.max(now(), state.clearedAt + 1), finishedOn: wallClock() };
				return withAttempt(state, saved);
			});
			return saved!;
		},
		clearHistory() {
			$quizHistory.update((state) => withHistoryCleared(state, now()));
		},
	};
}

const quizHistoryStore = createQuizHistoryStore();

/** The page's quiz history; components subscribe with `useStore($quizHistory)`. */
export const $quizHistory = quizHistoryStore.$quizHistory;
export const { recordAttempt, clearHistory } = quizHistoryStore;
