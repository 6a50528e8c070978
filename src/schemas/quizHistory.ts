import { z } from './zodMini';
import { stableIdSchema, standardIds } from './ids';
import { timestampSchema } from './timestamp';

/**
 * Saved quiz attempts (store `huiwu:v1:quiz-history`, see src/stores/README.md).
 * An attempt is immutable once finished: tabs merge by attempt id, so two tabs
 * that each finish a quiz both keep both attempts.
 */

/** A quiz per standard (its id) and the mixed self-check over all five. */
export const quizSetIds = [...standardIds, 'mixed'] as const;
export const quizSetIdSchema = z.enum(quizSetIds);
export type QuizSetId = z.infer<typeof quizSetIdSchema>;

/** `YYYY-MM-DDTHH:mm`, the learner's wall clock when the attempt ended (shown on the learning record). */
export const wallClockSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));

export const quizAttemptSchema = z.object({
	/** Random, unique per attempt; the merge key across tabs. */
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	set: quizSetIdSchema,
	/** `full`: the whole quiz; `retry`: only the questions missed before (重做錯題), not a score for the quiz. */
	mode: z.enum(['full', 'retry']),
	/** The seed the questions were drawn with, so the same quiz can be replayed. */
	seed: z.string().check(z.minLength(1), z.maxLength(64)),
	/** Milliseconds since the epoch, from the store's clock: orders attempts and decides what a clear removes. */
	at: timestampSchema,
	finishedOn: wallClockSchema,
	/** Points scored, partial credit included (0..max). */
	total: z.number().check(z.nonnegative()),
	/** One point per question. */
	max: z.int().check(z.positive()),
	/** Ids of the questions not fully right. */
	missed: z.array(stableIdSchema),
});
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

/** Data version 1 of the quiz history store. */
export const quizHistorySchema = z.object({
	attempts: z.array(quizAttemptSchema),
	/** Attempts at or before this time were cleared (in every tab); 0 = never cleared. */
	clearedAt: timestampSchema,
});
export type QuizHistory = z.infer<typeof quizHistorySchema>;
