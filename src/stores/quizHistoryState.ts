import type { QuizAttempt, QuizHistory } from '../schemas/quizHistory';
import { canonicalJson } from './canonicalJson';

/**
 * Pure transitions and merge of the quiz history. Attempts never change once
 * recorded, so tabs merge by attempt id (a union); a clear is a time stamp that
 * removes every attempt at or before it, in every tab.
 */

export const EMPTY_QUIZ_HISTORY: QuizHistory = Object.freeze({ attempts: [], clearedAt: 0 });

/**
 * The oldest attempts beyond this many are dropped, so years of practice cannot fill the
 * browser's storage (about 200 bytes each). Far more than a learner's path needs.
 */
export const MAX_ATTEMPTS = 500;

/** Oldest first; the id breaks ties, so every tab sorts alike. */
function byTime(a: QuizAttempt, b: QuizAttempt): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// The same id twice should be the same attempt; if the contents ever differ, pick
// one by its text so the result does not depend on which tab merges.
function sameAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
	return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

function settle(attempts: Iterable<QuizAttempt>, clearedAt: number): QuizHistory {
	const byId = new Map<string, QuizAttempt>();
	for (const attempt of attempts) {
		if (attempt.at <= clearedAt) continue;
		const seen = byId.get(attempt.id);
		byId.set(attempt.id, seen ? sameAttempt(seen, attempt) : attempt);
	}
	return { attempts: [...byId.values()].sort(byTime).slice(-MAX_ATTEMPTS), clearedAt };
}

/** Commutative, associative and idempotent: tabs exchanging states in any order end up equal. */
export function mergeQuizHistory(a: QuizHistory, b: QuizHistory): QuizHistory {
	return settle([...a.attempts, ...b.attempts], Math.max(a.clearedAt, b.clearedAt));
}

/** Adds a finished attempt; its time must be after the last clear (the store makes sure). */
export function withAttempt(state: QuizHistory, attempt: QuizAttempt): QuizHistory {
	return settle([...state.attempts, attempt], state.clearedAt);
}

/** Removes every attempt; other tabs drop theirs up to the same time when they merge. */
export function withHistoryCleared(state: QuizHistory, now: number): QuizHistory {
	const latest = state.attempts.reduce((max, attempt) => Math.max(max, attempt.at), state.clearedAt);
	return { attempts: [], clearedAt: Math.max(now, latest) };
}
