import { z } from './zodMini';
import { safeKeySchema } from './ids';

/**
 * What was printed (src/lib/reprint.ts): card family (`chart`, `cards`,
 * `tickets`) → card key → fingerprint of the printed card. Kept with a meeting's
 * layouts and with a saved rostrum plan, to reprint only what changed.
 */
export const printedCardsSchema = (maxKey: number) =>
	z.record(safeKeySchema.check(z.maxLength(20)), z.record(safeKeySchema.check(z.maxLength(maxKey)), z.string().check(z.maxLength(2000))));
