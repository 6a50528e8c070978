import { z } from './zodMini';

/*
 * Ids shared by content (build time) and stored data (browser), so in Zod Mini
 * (./zodMini.ts): a browser bundle that needs them must not pull in full zod.
 */

/**
 * Names that must never be keys of a map built from stored or imported data:
 * assigning to them on a plain object changes every object's prototype
 * (`__proto__`) or shadows what every object inherits. Data from another app on
 * the same host (a sub-path deployment shares localStorage) is not trusted.
 */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeKey(key: string): boolean {
	return !PROTOTYPE_KEYS.has(key);
}

/** A map key read from storage or an import file: not empty, not a prototype name. */
export const safeKeySchema = z
	.string()
	.check(z.minLength(1), z.refine(isSafeKey, { message: 'expected a key that is not a prototype name' }));

/**
 * Stable ASCII id: kebab-case, lowercase. Saved progress, answers and links
 * are keyed by these, never by text or position, so labels may be reworded freely.
 */
export const stableIdSchema = z
	.string()
	.check(
		z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a kebab-case ASCII id that starts with a letter'),
		z.refine(isSafeKey, { message: 'expected an id that is not a prototype name' }),
	);

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
