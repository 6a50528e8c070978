import {
	EXPORT_FORMAT,
	EXPORT_FORMAT_VERSION,
	type ExportedMeeting,
	type MeetingExport,
	meetingExportSchema,
} from '../schemas/meetingExport';
import type { MeetingDocuments } from '../schemas/documents';
import { type Meeting, meetingFlowIds } from '../schemas/meeting';
import type { Participant } from '../schemas/participant';
import type { MeetingLayouts } from '../schemas/seatingLayout';
import { meetingInputProblem } from './meetingInput';

/** Why an import file was refused; the page turns the code into a Chinese message. */
export type ImportErrorCode = 'not-json' | 'not-an-export' | 'newer-format' | 'invalid' | 'invalid-meeting' | 'unknown-flow' | 'empty';

export type ImportResult =
	| {
			ok: true;
			meetings: ExportedMeeting[];
			flowDataChanged: boolean;
			/** Ids the file holds more than once, in file order: the page asks which copies to keep before writing. */
			duplicates: string[];
	  }
	| { ok: false; code: ImportErrorCode; params: Record<string, string | number> };

export function buildExport(
	meetings: readonly Meeting[],
	tickedByMeeting: (meetingId: string, flowId: string) => string[],
	flowDataVersion: string,
	exportedAt: string,
	participantsByMeeting: (meetingId: string) => readonly Participant[] = () => [],
	documentsOf: (meetingId: string) => MeetingDocuments | undefined = () => undefined,
	layoutsOf: (meetingId: string) => MeetingLayouts | undefined = () => undefined,
): MeetingExport {
	return {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		exportedAt,
		flowDataVersion,
		meetings: meetings.map((meeting) => {
			const documents = documentsOf(meeting.id);
			const seatingLayouts = layoutsOf(meeting.id);
			return {
				...meeting,
				ticked: tickedByMeeting(meeting.id, meeting.flowId),
				...(meeting.extraFlowIds?.length
					? {
							extraTicked: Object.fromEntries(
								meetingFlowIds(meeting)
									.slice(1)
									.map((flowId) => [flowId, tickedByMeeting(meeting.id, flowId)]),
							),
						}
					: {}),
				participants: [...participantsByMeeting(meeting.id)],
				...(documents ? { documents } : {}),
				...(seatingLayouts ? { seatingLayouts } : {}),
			};
		}),
	};
}

/**
 * Validates a whole file before anything is changed: a foreign, malformed or
 * newer file is refused with a code, never partly imported.
 */
export function parseImport(text: string, knownFlowIds: ReadonlySet<string>, flowDataVersion: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, code: 'not-json', params: {} };
	}
	if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
		return { ok: false, code: 'not-an-export', params: {} };
	}
	const version = (data as { formatVersion?: unknown }).formatVersion;
	if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
		return { ok: false, code: 'newer-format', params: { version, supported: EXPORT_FORMAT_VERSION } };
	}
	const parsed = meetingExportSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return { ok: false, code: 'invalid', params: { path: issue ? issue.path.join('.') : '' } };
	}
	const duplicate = parsed.data.meetings.find(
		(meeting) => new Set((meeting.participants ?? []).map((p) => p.id)).size !== (meeting.participants ?? []).length,
	);
	if (duplicate) return { ok: false, code: 'invalid', params: { path: `${duplicate.id}.participants` } };
	for (const meeting of parsed.data.meetings) {
		const flowIds = [...meetingFlowIds(meeting), ...Object.keys(meeting.extraTicked ?? {})];
		const unknown = flowIds.find((flowId) => !knownFlowIds.has(flowId));
		if (unknown) return { ok: false, code: 'unknown-flow', params: { flowId: unknown, name: meeting.name } };
	}
	// The same checks as the meeting form: an import must not bring in what the form refuses.
	for (const meeting of parsed.data.meetings) {
		const problem = meetingInputProblem(meeting);
		if (problem) return { ok: false, code: 'invalid-meeting', params: { name: meeting.name, problem } };
	}
	if (parsed.data.meetings.length === 0) return { ok: false, code: 'empty', params: {} };
	return {
		ok: true,
		meetings: parsed.data.meetings,
		flowDataChanged: parsed.data.flowDataVersion !== flowDataVersion,
		duplicates: duplicateIds(parsed.data.meetings),
	};
}

/** Ids that occur more than once in a file, in the order they first occur. */
export function duplicateIds(meetings: readonly Pick<ExportedMeeting, 'id'>[]): string[] {
	const counts = new Map<string, number>();
	for (const { id } of meetings) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
}

/** What to keep of an id the file holds more than once: every copy (the later ones under fresh ids), or only the copy at this index (0-based, among that id's copies). */
export type DuplicateChoice = 'keep-all' | number;

/**
 * The file's meetings with every id once: for each duplicated id, the copy the
 * person chose, or every copy with all but the first under a fresh id (so none
 * of their ticks are lost). Ids not in `choices` keep every copy.
 */
export function resolveDuplicates(
	meetings: readonly ExportedMeeting[],
	choices: Readonly<Record<string, DuplicateChoice>>,
	newId: () => string,
): ExportedMeeting[] {
	const seen = new Map<string, number>();
	const resolved: ExportedMeeting[] = [];
	for (const meeting of meetings) {
		const index = seen.get(meeting.id) ?? 0;
		seen.set(meeting.id, index + 1);
		const choice = Object.hasOwn(choices, meeting.id) ? choices[meeting.id] : 'keep-all';
		if (choice === 'keep-all') resolved.push(index === 0 ? meeting : { ...meeting, id: newId() });
		else if (choice === index) resolved.push(meeting);
	}
	return resolved;
}

/** What to do with an imported meeting whose id is already here. */
export type ConflictChoice = 'replace' | 'keep-both';

/**
 * The meetings to write: new ones as they are; conflicting ones replace the
 * existing meeting, or come in under a fresh id beside it.
 */
export function planImport(
	imported: readonly ExportedMeeting[],
	existingIds: ReadonlySet<string>,
	choices: Readonly<Record<string, ConflictChoice>>,
	newId: () => string,
): ExportedMeeting[] {
	// A copy beside an existing meeting keeps its people's ids: ids are unique within a meeting only.
	return imported.map((meeting) =>
		existingIds.has(meeting.id) && choices[meeting.id] !== 'replace' ? { ...meeting, id: newId() } : meeting,
	);
}

/** Ids of imported meetings that already exist here: the page asks about each. */
export function importConflicts(imported: readonly ExportedMeeting[], existingIds: ReadonlySet<string>): string[] {
	return imported.filter((meeting) => existingIds.has(meeting.id)).map((meeting) => meeting.id);
}

const DAY = 24 * 60 * 60 * 1000;

/** The backup reminder shows when nothing was ever exported, or the last export is over 30 days old. */
export function needsBackupReminder(lastExport: number | null, now: number, hasMeetings: boolean): boolean {
	if (!hasMeetings) return false;
	return lastExport === null || now - lastExport > 30 * DAY;
}
