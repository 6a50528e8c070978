import { z } from './zod';
import { stableIdSchema } from './ids';

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
	/**
	 * The standard's flows (content/flows ids) in the source's order and groups: 第三篇's three ★
	 * headings (全區重要會議各環節流程圖 …), each titled verbatim; a standard with one flow has one
	 * untitled group. Every list of flows (/checklists/, the meeting's flow picker, the summary
	 * card) follows it (`flowGroups` in src/lib/flowOrder.ts).
	 */
	flowGroups: z.array(z.strictObject({ title: z.string().trim().min(1).optional(), flows: z.array(stableIdSchema).min(1) })).min(1),
});
export type Standard = z.infer<typeof standardSchema>;
