import { z } from './zodMini';
import { safeKeySchema } from './ids';
import { timestampSchema } from './timestamp';

/**
 * Saved checklist progress (store `huiwu:v1:progress`, see src/stores/README.md).
 * Keyed by ids only — run id → flow id → step key — so rewording a step keeps
 * its tick. A step key is a step id, or `stepId/itemId` for a sub-item.
 */

const id = safeKeySchema;
/** Milliseconds since the epoch, from the store's clock; 0 = unknown (migrated data). */
const timestamp = timestampSchema;

/** One tick or untick; `done: false` entries are tombstones that keep a reset from being undone by a stale tab. */
export const stepMarkSchema = z.object({
	done: z.boolean(),
	at: timestamp,
});
export type StepMark = z.infer<typeof stepMarkSchema>;

/** step key → mark */
export const flowMarksSchema = z.record(id, stepMarkSchema);
export type FlowMarks = z.infer<typeof flowMarksSchema>;

/** flow id → marks */
export const runProgressSchema = z.record(id, flowMarksSchema);
export type RunProgress = z.infer<typeof runProgressSchema>;

/** Data version 1 of the progress store. */
export const progressStateSchema = z.object({
	/** run id (`practice`, or a meeting id) → flow id → step key → mark */
	runs: z.record(id, runProgressSchema),
	/** run id → when it was deleted; marks of that run at or before this time are gone in every tab. */
	deletedRuns: z.record(id, timestamp),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

/**
 * Data version 0, written by the first checklist prototype: one flat map
 * `"<flowId>/<stepKey>" → ticked`, practice ticks only, no timestamps.
 */
export const progressV0Schema = z.record(z.string(), z.boolean());
export type ProgressV0 = z.infer<typeof progressV0Schema>;
