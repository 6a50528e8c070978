import { z } from './zodMini';
import { meetingDocumentsSchema } from './documents';
import { safeKeySchema } from './ids';
import { meetingSchema } from './meeting';
import { participantListSchema } from './participant';
import { meetingLayoutsSchema } from './seatingLayout';

/** What identifies our backup files; a file without it is not ours. */
export const EXPORT_FORMAT = 'huiwu-handbook/meetings';
/**
 * Bump when the file's shape changes; files from a newer version are refused, never guessed.
 * 2: each meeting carries its people (`participants`) and may run several flows
 * (`extraFlowIds`, `extraTicked`); a version 1 file has neither.
 */
export const EXPORT_FORMAT_VERSION = 2;

export const exportedMeetingSchema = z.extend(meetingSchema, {
	/** Ticked step keys of the meeting's checklist (`stepId` or `stepId/itemId`). */
	ticked: z.array(safeKeySchema.check(z.maxLength(200))).check(z.maxLength(2000)),
	/** What was typed into the meeting's documents (issue #20); absent in older files and when nothing was typed. */
	documents: z.optional(meetingDocumentsSchema),
	/** Ticked step keys of the meeting's other flows (`extraFlowIds`), by flow id. */
	extraTicked: z.optional(
		z.record(safeKeySchema.check(z.maxLength(200)), z.array(safeKeySchema.check(z.maxLength(200))).check(z.maxLength(2000))),
	),
	/** The meeting's people in precedence order (missing in version 1 files: none). */
	participants: z.optional(participantListSchema),
	/** The meeting's audience, reception and banquet layouts (issue #21); absent in older files and when there are none. */
	seatingLayouts: z.optional(meetingLayoutsSchema),
});
export type ExportedMeeting = z.infer<typeof exportedMeetingSchema>;

export const meetingExportSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.union([z.literal(1), z.literal(EXPORT_FORMAT_VERSION)]),
	exportedAt: z.string(),
	/** Fingerprint of the flow data the ticks refer to (see flowDataVersion). */
	flowDataVersion: z.string(),
	meetings: z.array(exportedMeetingSchema).check(z.maxLength(1000)),
});
export type MeetingExport = z.infer<typeof meetingExportSchema>;
