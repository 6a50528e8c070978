import { z } from './zod';
import { stableIdSchema } from './ids';

/**
 * A pair of timed rules from two standards that staff confuse (content/confusions.yaml):
 * 倒水 10—15 vs 補水 15—20 minutes, 到場 30 vs 進場 10—15… The quotes, clauses and
 * standards come from the rules themselves (content/rules), so they cannot drift.
 */
export const confusionSchema = z.strictObject({
	id: stableIdSchema,
	/** What the two rules are about, in a few words (Traditional). */
	topic: z.string().min(1),
	/** Two rule ids of content/rules, shown side by side in this order. */
	rules: z.tuple([stableIdSchema, stableIdSchema]),
	/** The difference in plain words (Traditional). */
	note: z.string().min(1),
});
export type Confusion = z.infer<typeof confusionSchema>;
