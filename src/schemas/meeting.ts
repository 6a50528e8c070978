import { z } from './zod';
import { stableIdSchema } from './ids';

/** A wall-clock date-time as the `datetime-local` input gives it, or empty when not yet known. */
const wallClock = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)]);

/** Most people a sign-in sheet is made for (and the most a seat plan takes, see src/lib/seating.ts). */
export const MAX_EXPECTED = 300;

/**
 * One real meeting of the meetings workspace (store `huiwu:v1:meetings`). Its
 * checklist ticks live in the progress store under run id = meeting id.
 */
export const meetingSchema = z.object({
	id: z.string().regex(/^m-[a-z0-9]{6,32}$/),
	name: z.string().trim().min(1).max(200),
	flowId: stableIdSchema,
	start: wallClock,
	end: wallClock,
	place: z.string().max(200),
	notes: z.string().max(5000),
	/** How many people are expected (rows of the sign-in sheet); 0 = not given. */
	expected: z.number().int().min(0).max(MAX_EXPECTED),
	archived: z.boolean(),
	createdAt: z.number().nonnegative(),
	updatedAt: z.number().nonnegative(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Data version 1 of the meetings store. */
export const meetingsStateSchema = z.object({
	meetings: z.record(z.string(), meetingSchema),
	/** meeting id → when it was deleted (tombstones, so another tab cannot bring it back). */
	deleted: z.record(z.string(), z.number().nonnegative()),
	/** When everything was last exported (ms since the epoch), for the backup reminder. */
	lastExport: z.number().nonnegative().nullable(),
});
export type MeetingsState = z.infer<typeof meetingsStateSchema>;

/** The fields a person fills in. */
export type MeetingInput = Pick<Meeting, 'name' | 'flowId' | 'start' | 'end' | 'place' | 'notes' | 'expected'>;
