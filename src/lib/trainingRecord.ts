import type { QuizAttempt, QuizSetId } from '../schemas/quizHistory';
import { quizSetIds } from '../schemas/quizHistory';
import { standardIds, type StandardId } from '../schemas/ids';
import type { TrainingState } from '../schemas/training';
import { PASS_PERCENT } from './quizSets';

/**
 * What the onboarding path and the printed learning record (學習記錄) show, from the
 * two stores' states: which standards were read and when, each quiz's best score.
 */

/** Whole percent of an attempt's score (partial credit included). */
export function attemptPercent(attempt: Pick<QuizAttempt, 'total' | 'max'>): number {
	return attempt.max === 0 ? 0 : Math.round((attempt.total / attempt.max) * 100);
}

/** Higher score first; on equal scores the later attempt, so the record shows the latest proof. */
function better(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
	// Cross-multiplied: exact for any max, no rounding of 2/3 against 0.67.
	const diff = a.total * b.max - b.total * a.max;
	if (diff !== 0) return diff > 0 ? a : b;
	if (a.at !== b.at) return a.at > b.at ? a : b;
	return a.id >= b.id ? a : b;
}

/**
 * The best whole-quiz attempt of each quiz. Retries of missed questions (重做錯題) are
 * practice on a few questions, not a score for the quiz, and never count here.
 */
export function bestAttempts(attempts: readonly QuizAttempt[]): Partial<Record<QuizSetId, QuizAttempt>> {
	const best: Partial<Record<QuizSetId, QuizAttempt>> = {};
	for (const attempt of attempts) {
		if (attempt.mode !== 'full') continue;
		const seen = best[attempt.set];
		best[attempt.set] = seen ? better(seen, attempt) : attempt;
	}
	return best;
}

export function isPassed(attempt: QuizAttempt | undefined): boolean {
	return attempt !== undefined && attemptPercent(attempt) >= PASS_PERCENT;
}

export interface ReadingRow {
	standard: StandardId;
	/** Wall clock of the 已讀 tick; undefined when not read. */
	readOn?: string;
}

export interface QuizRow {
	set: QuizSetId;
	best?: QuizAttempt;
	/** Whole-quiz attempts taken. */
	attempts: number;
	passed: boolean;
}

export type PathProgress = {
	/** Steps done: standards read, quizzes passed, the mixed self-check passed. */
	done: number;
	total: number;
};

export interface LearningRecord {
	reading: ReadingRow[];
	/** The five standards' quizzes, then the mixed self-check. */
	quizzes: QuizRow[];
	progress: PathProgress;
}

/**
 * The onboarding path in one value: each standard read or not (and when), each quiz's best
 * score with its date, and the progress over 5 readings + 5 quizzes + the mixed self-check
 * (a quiz counts once passed, `PASS_PERCENT`).
 */
export function learningRecord(training: TrainingState, attempts: readonly QuizAttempt[]): LearningRecord {
	const reading = standardIds.map((standard): ReadingRow => {
		// 已讀 counts only once the standard's page was opened and scrolled to its end.
		const mark = training.read[standard];
		return mark?.done && training.opened?.[standard]?.done ? { standard, readOn: mark.on } : { standard };
	});
	const best = bestAttempts(attempts);
	const counts = new Map<QuizSetId, number>();
	for (const attempt of attempts) if (attempt.mode === 'full') counts.set(attempt.set, (counts.get(attempt.set) ?? 0) + 1);
	const quizzes = quizSetIds.map((set): QuizRow => {
		const row: QuizRow = { set, attempts: counts.get(set) ?? 0, passed: isPassed(best[set]) };
		const top = best[set];
		return top ? { ...row, best: top } : row;
	});
	const done = reading.filter((row) => row.readOn !== undefined).length + quizzes.filter((row) => row.passed).length;
	return { reading, quizzes, progress: { done, total: reading.length + quizzes.length } };
}
