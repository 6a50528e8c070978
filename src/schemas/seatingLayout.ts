import { z } from './zodMini';
import { safeKeySchema } from './ids';
import { participantIdSchema } from './participant';
import { timestampSchema } from './timestamp';

/**
 * A meeting's seat layouts beyond the rostrum (issue #21, store
 * `huiwu:v1:seating-layouts`, see src/stores/README.md): the audience (臺下), a
 * reception room (會見/會談) and banquet tables (宴請). The people are not copied:
 * they come from the meeting's participant list each time. A layout keeps its
 * settings, who sits on which side, the manual swaps (src/lib/seatSwaps.ts,
 * seat keys and participant ids) and what was printed (src/lib/reprint.ts).
 */

const key = (max: number) => safeKeySchema.check(z.maxLength(max));
const swapsSchema = z.array(z.object({ seat: key(40), occupant: key(40) })).check(z.maxLength(1000));
/** Card family (`chart`, `cards`, `tickets`) → card key → fingerprint of the printed card. */
const printedSchema = z.record(key(20), z.record(key(60), z.string().check(z.maxLength(2000))));
/** Who sits on which side; people not named here take the default of their category. */
const sidesSchema = z.record(participantIdSchema, z.enum(['host', 'guest', 'none']));
const count = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

const common = {
	/** When this tab last changed it; the later change wins across tabs. */
	updatedAt: timestampSchema,
	swaps: swapsSchema,
	printed: printedSchema,
};

export const banquetLayoutSchema = z.object({
	...common,
	perTable: count(2, 20),
	honour: z.enum(['right', 'left']),
	sides: sidesSchema,
});

export const audienceLayoutSchema = z.object({
	...common,
	groupBy: z.enum(['category', 'unit']),
	perRow: count(1, 60),
	reservedRows: count(0, 20),
	/** 0 = no aisle */
	aisleAfter: count(0, 59),
	fill: z.enum(['centre-out', 'left-to-right']),
});

export const receptionLayoutSchema = z.object({
	...common,
	guestOn: z.enum(['right', 'left']),
	hostStaff: count(0, 30),
	guestStaff: count(0, 30),
	sides: sidesSchema,
});

export const meetingLayoutsSchema = z.object({
	banquet: z.optional(banquetLayoutSchema),
	audience: z.optional(audienceLayoutSchema),
	reception: z.optional(receptionLayoutSchema),
});

export type BanquetLayout = z.infer<typeof banquetLayoutSchema>;
export type AudienceLayout = z.infer<typeof audienceLayoutSchema>;
export type ReceptionLayout = z.infer<typeof receptionLayoutSchema>;
export type MeetingLayouts = z.infer<typeof meetingLayoutsSchema>;
export type LayoutKind = keyof MeetingLayouts;
export const layoutKinds = ['audience', 'reception', 'banquet'] as const satisfies readonly LayoutKind[];

/** Data version 1 of the seating-layouts store. */
export const seatingLayoutsStateSchema = z.object({
	/** meeting id → its layouts */
	meetings: z.record(safeKeySchema, meetingLayoutsSchema),
	/** meeting id → when its layouts were dropped (the meeting deleted for good); a copy saved at or before it is gone in every tab. */
	deleted: z.record(safeKeySchema, timestampSchema),
});
export type SeatingLayoutsState = z.infer<typeof seatingLayoutsStateSchema>;
