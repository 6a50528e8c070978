import { z } from 'astro/zod';
import { stableIdSchema } from './ids';

/**
 * Saved seat plans (store `huiwu:v1:seating-plans`, see src/stores/README.md).
 * A plan keeps what the seat preview needs to show and print it again: the
 * name list, the layout, manual adjustments, and the texts of the printed
 * sheets. Ranks and seat positions are those of src/lib/seating.ts.
 */

const SEAT_MAX = 300;
/** Milliseconds since the epoch, from the store's clock. */
const timestamp = z.number().int().nonnegative();
const seatCount = z.number().int().min(1).max(SEAT_MAX);
const text = (max: number) => z.string().max(max);

export const seatingPersonSchema = z.object({
	name: z.string().min(1).max(200),
	title: z.string().min(1).max(200).optional(),
});

export const seatOverrideSchema = z.object({
	rank: seatCount,
	row: z.number().int().nonnegative(),
	seat: z.number().int().nonnegative(),
});

export const savedSeatingPlanSchema = z.object({
	id: stableIdSchema,
	/** The plan's name in the list of saved plans. */
	name: z.string().min(1).max(100),
	/** When this tab last changed it; the later change wins across tabs. */
	updatedAt: timestamp,
	/** The meeting (meetings workspace) this plan is attached to, if any. */
	meetingId: z.string().min(1).max(200).optional(),
	count: seatCount,
	perRow: seatCount,
	honour: z.enum(['left', 'right']),
	view: z.enum(['audience', 'rostrum']),
	/** Rank order; empty when only a number of people was given. */
	people: z.array(seatingPersonSchema).max(SEAT_MAX),
	/** Manual adjustments (按領導意見辦), as `SeatPlan.overrides`. */
	overrides: z.array(seatOverrideSchema).max(SEAT_MAX).optional(),
	/** Printed on the seat chart. */
	meetingName: text(200).optional(),
	meetingDate: text(40).optional(),
	/** Texts of the 就餐桌卡 and 房間歡迎卡. */
	perTable: z.number().int().min(1).max(30).optional(),
	tableNames: z.boolean().optional(),
	welcome: text(200).optional(),
	hotel: text(200).optional(),
	contact: text(200).optional(),
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
