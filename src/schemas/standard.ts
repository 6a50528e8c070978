import { z } from './zod';

/** The five standards' ids; they are also the page slugs under /standards/. */
export const standardIds = [
	'county-meetings',
	'office-standard',
	'district-committee',
	'standard-process-2017',
	'school-procedure',
] as const;

export const standardIdSchema = z.enum(standardIds);
export type StandardId = z.infer<typeof standardIdSchema>;

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
