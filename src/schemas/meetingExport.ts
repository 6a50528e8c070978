import { z } from './zodMini';
import { safeKeySchema } from './ids';
import { meetingSchema } from './meeting';

/** What identifies our backup files; a file without it is not ours. */
export const EXPORT_FORMAT = 'huiwu-handbook/meetings';
/** Bump when the file's shape changes; files from a newer version are refused, never guessed. */
export const EXPORT_FORMAT_VERSION = 1;

export const exportedMeetingSchema = z.extend(meetingSchema, {
	/** Ticked step keys of the meeting's checklist (`stepId` or `stepId/itemId`). */
	ticked: z.array(safeKeySchema.check(z.maxLength(200))).check(z.maxLength(2000)),
});
export type ExportedMeeting = z.infer<typeof exportedMeetingSchema>;

export const meetingExportSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.literal(EXPORT_FORMAT_VERSION),
	exportedAt: z.string(),
	/** Fingerprint of the flow data the ticks refer to (see flowDataVersion). */
	flowDataVersion: z.string(),
	meetings: z.array(exportedMeetingSchema).check(z.maxLength(1000)),
});
export type MeetingExport = z.infer<typeof meetingExportSchema>;
