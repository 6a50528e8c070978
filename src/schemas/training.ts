import { z } from './zodMini';
import { standardIdSchema } from './ids';
import { wallClockSchema } from './quizHistory';
import { timestampSchema } from './timestamp';

/**
 * The onboarding path's own state (store `huiwu:v1:training`, see src/stores/README.md):
 * which standards the learner has marked 已讀, and when.
 */

/** One tick or untick; `done: false` is a tombstone, so a stale tab cannot bring a cleared tick back. */
export const readMarkSchema = z.object({
	done: z.boolean(),
	/** Milliseconds since the epoch, from the store's clock (last writer wins). */
	at: timestampSchema,
	/** The learner's wall clock at the tick, printed on the learning record. */
	on: wallClockSchema,
});
export type ReadMark = z.infer<typeof readMarkSchema>;

/** Data version 1 of the training store. */
export const trainingStateSchema = z.object({
	read: z.partialRecord(standardIdSchema, readMarkSchema),
});
export type TrainingState = z.infer<typeof trainingStateSchema>;
