import { z } from './zod';

// The ids live with the other ids (Zod Mini, browser-safe); re-exported for build-time code.
export { standardIds, standardIdSchema, type StandardId } from './ids';

/** What the summary card on top of a standard page says about its document. */
export const standardSchema = z.object({
	/** 第一篇 … 第五篇, the position in the source. */
	part: z.string(),
	order: z.number().int().min(1).max(5),
	/** The document's title as the source gives it. */
	title: z.string(),
	issuer: z.string(),
	/** Year of issue where the source gives one; otherwise a note why not. */
	year: z.string(),
	scope: z.string(),
});
export type Standard = z.infer<typeof standardSchema>;
