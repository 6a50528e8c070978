import { z } from './zodMini';
import { safeKeySchema, stableIdSchema } from './ids';
import { timestampSchema } from './timestamp';

/**
 * Saved seat plans (store `huiwu:v1:seating-plans`, see src/stores/README.md).
 * A plan keeps what the seat preview needs to show and print it again: the
 * name list, the layout, manual adjustments, and the texts of the printed
 * sheets. Ranks and seat positions are those of src/lib/seating.ts.
 */

const SEAT_MAX = 300;
/** Milliseconds since the epoch, from the store's clock. */
const timestamp = timestampSchema;
const seatCount = z.int().check(z.minimum(1), z.maximum(SEAT_MAX));
const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const name = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const seatingPersonSchema = z.object({
	name: name(200),
	title: z.optional(name(200)),
});

export const seatOverrideSchema = z.object({
	rank: seatCount,
	row: z.int().check(z.nonnegative()),
	seat: z.int().check(z.nonnegative()),
});

/** Card key → fingerprint of the printed card (src/lib/reprint.ts); a key is a name and its repeat (200 + `#300`). */
const printedFamily = z.optional(z.record(safeKeySchema.check(z.maxLength(220)), z.string().check(z.maxLength(2000))));

export const savedSeatingPlanSchema = z.object({
	id: stableIdSchema,
	/** The plan's name in the list of saved plans. */
	name: name(100),
	/** When this tab last changed it; the later change wins across tabs. */
	updatedAt: timestamp,
	/** The meeting (meetings workspace) this plan is attached to, if any. */
	meetingId: z.optional(name(200)),
	count: seatCount,
	perRow: seatCount,
	honour: z.enum(['left', 'right']),
	view: z.enum(['audience', 'rostrum']),
	/** Rank order; empty when only a number of people was given. */
	people: z.array(seatingPersonSchema).check(z.maxLength(SEAT_MAX)),
	/** Manual adjustments (按領導意見辦), as `SeatPlan.overrides` (src/lib/seatPlan.ts). */
	overrides: z.optional(z.array(seatOverrideSchema).check(z.maxLength(SEAT_MAX))),
	/** Printed on the seat chart. */
	meetingName: text(200),
	meetingDate: text(40),
	/** Texts of the 就餐桌卡 and 房間歡迎卡. */
	perTable: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
	tableNames: z.optional(z.boolean()),
	welcome: text(200),
	hotel: text(200),
	contact: text(200),
	/**
	 * What was last printed (or recorded with 記下目前安排): `cards` (席卡 key, the
	 * name and its repeat → fingerprint) and `chart` (`row:seat` → rank and name),
	 * src/lib/reprint.ts `rostrumPrint`. Optional, so plans saved before it still load.
	 */
	printed: z.optional(z.object({ cards: printedFamily, chart: printedFamily })),
});
export type SavedSeatingPlan = z.infer<typeof savedSeatingPlanSchema>;

/** Data version 1 of the seating-plans store. */
export const seatingPlansStateSchema = z.object({
	/** plan id → plan */
	plans: z.record(stableIdSchema, savedSeatingPlanSchema),
	/** plan id → when it was deleted; a copy of the plan saved at or before that time is gone in every tab. */
	deleted: z.record(stableIdSchema, timestamp),
});
export type SeatingPlansState = z.infer<typeof seatingPlansStateSchema>;
