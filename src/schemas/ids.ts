import { z } from './zod';

/**
 * Stable ASCII id: kebab-case, lowercase. Saved progress, answers and links
 * are keyed by these, never by text or position, so labels may be reworded freely.
 */
export const stableIdSchema = z
	.string()
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a kebab-case ASCII id that starts with a letter');

/**
 * Clause anchor on a standard's page: `s4-3-2-1` for 四(三)2(1), or
 * `flow-<flow id>` for the flow charts of 第三篇.
 */
export const clauseAnchorSchema = z
	.string()
	.regex(/^(?:s\d+(?:-\d+)*|flow-[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'expected a clause anchor such as s4-3-2-1 or flow-plenary');
