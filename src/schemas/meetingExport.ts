import { z } from './zod';
import { meetingSchema } from './meeting';

/** What identifies our backup files; a file without it is not ours. */
export const EXPORT_FORMAT = 'huiwu-handbook/meetings';
/** Bump when the file's shape changes; files from a newer version are refused, never guessed. */
export const EXPORT_FORMAT_VERSION = 1;

export const exportedMeetingSchema = meetingSchema.extend({
	/** Ticked step keys of the meeting's checklist (`stepId` or `stepId/itemId`). */
	ticked: z.array(z.string().min(1).max(200)).max(2000),
});
export type ExportedMeeting = z.infer<typeof exportedMeetingSchema>;

export const meetingExportSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.literal(EXPORT_FORMAT_VERSION),
	exportedAt: z.string(),
	/** Fingerprint of the flow data the ticks refer to (see flowDataVersion). */
	flowDataVersion: z.string(),
	meetings: z.array(exportedMeetingSchema).max(1000),
});
export type MeetingExport = z.infer<typeof meetingExportSchema>;
