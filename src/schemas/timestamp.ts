import { z } from './zodMini';

/**
 * How far ahead of this computer's clock a stored or imported time may be:
 * enough for a backup made on a computer whose clock runs ahead, not enough
 * for a value (2^53, 1e300) that a later change can no longer outrank.
 */
export const TIMESTAMP_MARGIN_MS = 366 * 24 * 60 * 60 * 1000;

/** A time every store and import accepts: a safe integer of ms since the epoch, at most `now + TIMESTAMP_MARGIN_MS`. */
export function isSaneTimestamp(value: number, now: number = Date.now()): boolean {
	return Number.isSafeInteger(value) && value >= 0 && value <= now + TIMESTAMP_MARGIN_MS;
}

/**
 * Milliseconds since the epoch from a store's clock (0 = unknown, migrated data).
 * Bounded so that `updatedAt + 1` is always a later time: with unbounded
 * numbers two tabs could stamp different edits alike and write forever.
 */
export const timestampSchema = z.int().check(
	z.nonnegative(),
	z.refine((value) => isSaneTimestamp(value), { message: 'expected a time not after now + margin' }),
);
