import { z } from './zodMini';

/*
 * Ids shared by content (build time) and stored data (browser), so in Zod Mini
 * (./zodMini.ts): a browser bundle that needs them must not pull in full zod.
 */

/**
 * Stable ASCII id: kebab-case, lowercase. Saved progress, answers and links
 * are keyed by these, never by text or position, so labels may be reworded freely.
 */
export const stableIdSchema = z
	.string()
	.check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a kebab-case ASCII id that starts with a letter'));

/**
 * Clause anchor on a standard's page: `s4-3-2-1` for 四(三)2(1), or
 * `flow-<flow id>` for the flow charts of 第三篇.
 */
export const clauseAnchorSchema = z
	.string()
	.check(z.regex(/^(?:s\d+(?:-\d+)*|flow-[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'expected a clause anchor such as s4-3-2-1 or flow-plenary'));

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
