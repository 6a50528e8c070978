import { z } from './zodMini';

/** Milliseconds since the epoch: when an entry was last changed (last writer wins per entry). */
const at = z.number().check(z.nonnegative());
const wallClockOrEmpty = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/))]);
const dateOrEmpty = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]);
const short = z.string().check(z.maxLength(200));

/** What a person typed into one field of a draft (see src/lib/documents/drafts.ts for the keys). */
export const documentFieldSchema = z.object({ value: z.string().check(z.maxLength(20000)), at });

/** One call of the phone-notice log; `removed` is a tombstone so another tab cannot bring it back. */
export const callLogEntrySchema = z.object({
	callee: short,
	receiver: short,
	answeredAt: wallClockOrEmpty,
	relayedBy: short,
	reply: short,
	at,
	removed: z.boolean(),
});

/** One 會議決議執行通知單 with its 督辦 record. */
export const resolutionNoticeSchema = z.object({
	number: z.int().check(z.minimum(1), z.maximum(9999)),
	unit: short,
	matter: z.string().check(z.maxLength(5000)),
	deadline: dateOrEmpty,
	progress: z.string().check(z.maxLength(5000)),
	feedbackOn: dateOrEmpty,
	closed: z.boolean(),
	at,
	removed: z.boolean(),
});

const entryId = z.string().check(z.regex(/^[a-z]+-[a-z0-9]{4,32}$/));
const fieldKey = z.string().check(z.regex(/^[a-z-]+(\.[a-z-]+)*$/), z.maxLength(80));

/** Everything typed into one meeting's documents. */
export const meetingDocumentsSchema = z.object({
	fields: z.record(fieldKey, documentFieldSchema),
	calls: z.record(entryId, callLogEntrySchema),
	resolutions: z.record(entryId, resolutionNoticeSchema),
});
export type MeetingDocuments = z.infer<typeof meetingDocumentsSchema>;

const meetingId = z.string().check(z.regex(/^m-[a-z0-9]{6,32}$/));

/**
 * Data version 2 of `huiwu:v1:documents`: meeting id → its documents' typed content, and
 * meeting id → when they were dropped with the meeting (so another tab cannot bring them back).
 * Version 1 had `meetings` only.
 */
export const documentsStateSchema = z.object({
	meetings: z.record(meetingId, meetingDocumentsSchema),
	deleted: z.record(meetingId, at),
});
export type DocumentsState = z.infer<typeof documentsStateSchema>;
