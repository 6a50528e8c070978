import { z } from './zodMini';
import { isWallClockDateTime } from '../lib/wallClock';
import { stableIdSchema } from './ids';
import { timestampSchema } from './timestamp';

/** A real wall-clock date-time `YYYY-MM-DDTHH:mm` (what the form's inputs can give). */
const realWallClock = z.string().check(z.refine(isWallClockDateTime, { message: 'expected a real date and time YYYY-MM-DDTHH:mm' }));

/** One sitting of a multi-session meeting: both times required. */
export const sessionSchema = z.object({
	start: realWallClock,
	end: realWallClock,
});

/** A meeting runs at most a week (MAX_MEETING_DAYS), two sittings a day. */
export const MAX_SESSIONS = 14;

const timestamp = timestampSchema;

const meetingIdSchema = z.string().check(z.regex(/^m-[a-z0-9]{6,32}$/));

/** A wall-clock date-time as the `datetime-local` input gives it, or empty when not yet known. */
const wallClock = z.union([z.literal(''), realWallClock]);

/** Most people a sign-in sheet is made for (and the most a seat plan takes, see src/lib/seating.ts). */
export const MAX_EXPECTED = 300;

/**
 * One real meeting of the meetings workspace (store `huiwu:v1:meetings`). Its
 * checklist ticks live in the progress store under run id = meeting id.
 */
export const meetingSchema = z.object({
	id: meetingIdSchema,
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
	flowId: stableIdSchema,
	start: wallClock,
	end: wallClock,
	/** Two or more sittings (one a day or half-day); absent for a single one. `start`/`end` are then the first start and last end. */
	sessions: z.optional(z.array(sessionSchema).check(z.maxLength(MAX_SESSIONS))),
	place: z.string().check(z.maxLength(200)),
	notes: z.string().check(z.maxLength(5000)),
	/** How many people are expected (rows of the sign-in sheet); 0 = not given. */
	expected: z.int().check(z.minimum(0), z.maximum(MAX_EXPECTED)),
	archived: z.boolean(),
	createdAt: timestamp,
	updatedAt: timestamp,
	/** Flows run beside `flowId` (e.g. 第四篇's roles beside 第二篇); one combined progress. */
	extraFlowIds: z.optional(z.array(stableIdSchema).check(z.maxLength(20))),
	/** 負責人 per step: `<flowId>/<step key>` → name (第一篇: 責任到人). */
	owners: z.optional(z.record(z.string().check(z.maxLength(300)), z.string().check(z.maxLength(100)))),
	/** Who ticked a step in this browser: `<flowId>/<step key>` → name (the time is the tick's own). */
	tickedBy: z.optional(z.record(z.string().check(z.maxLength(300)), z.string().check(z.maxLength(100)))),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Data version 1 of the meetings store. */
export const meetingsStateSchema = z.object({
	meetings: z.record(meetingIdSchema, meetingSchema),
	/** meeting id → when it was deleted (tombstones, so another tab cannot bring it back). */
	deleted: z.record(meetingIdSchema, timestamp),
	/** When everything was last exported (ms since the epoch), for the backup reminder. */
	lastExport: z.nullable(timestamp),
	/** The clerk working in this browser, recorded beside each tick (經辦人). */
	operator: z.optional(z.string().check(z.maxLength(100))),
});
export type MeetingsState = z.infer<typeof meetingsStateSchema>;

/** The fields a person fills in. */
export type MeetingInput = Pick<Meeting, 'name' | 'flowId' | 'start' | 'end' | 'sessions' | 'place' | 'notes' | 'expected'> &
	Partial<Pick<Meeting, 'extraFlowIds' | 'owners' | 'tickedBy'>>;

/** Every flow a meeting runs, its main flow first. */
export function meetingFlowIds(meeting: Pick<Meeting, 'flowId' | 'extraFlowIds'>): string[] {
	return [meeting.flowId, ...(meeting.extraFlowIds ?? []).filter((id) => id !== meeting.flowId)];
}
