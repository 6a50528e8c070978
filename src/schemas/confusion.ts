import { z } from './zod';

/**
 * Two timed rules that differ between the standards and are easily confused
 * (content/confusions.yaml): shown side by side on the quick reference, reused by training.
 */
export const confusionSchema = z.object({
	/** stable ASCII id */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** what both rules are about, short Traditional Chinese */
	topic: z.string().min(1),
	/** two rule ids of content/rules */
	rules: z.tuple([z.string(), z.string()]),
});

export type Confusion = z.infer<typeof confusionSchema>;
