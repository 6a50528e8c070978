import { MAX_EXPECTED } from '../schemas/meeting';
import { DeadlineInputError, meetingSessions, type Session } from './deadlines';
import { isWallClockDateTime } from './wallClock';

/** The fields of a meeting a person fills in and the checks share (form and import alike). */
export interface MeetingFields {
	name: string;
	start: string;
	end: string;
	sessions?: readonly Session[] | undefined;
	expected: number;
}

/** Codes of what is wrong with a meeting's fields; the page shows the meetings message of the same key. */
export type MeetingInputProblem =
	'name-required' | 'invalid-date' | 'session-incomplete' | 'sessions-overlap' | 'meeting-too-long' | 'end-before-start' | 'expected-range';

/**
 * The first problem of a meeting's fields, or null. The form checks what a
 * person typed with it, and an import checks every meeting of the file with
 * it, so an import cannot bring in a meeting the form would refuse.
 */
export function meetingInputProblem(input: MeetingFields): MeetingInputProblem | null {
	if (!input.name.trim()) return 'name-required';
	const times = [input.start, input.end, ...(input.sessions ?? []).flatMap((session) => [session.start, session.end])];
	if (times.some((time) => time !== '' && !isWallClockDateTime(time))) return 'invalid-date';
	if (input.sessions && input.sessions.length > 1) {
		if (input.sessions.some((session) => !session.start || !session.end)) return 'session-incomplete';
		try {
			meetingSessions({ sessions: [...input.sessions] });
		} catch (error) {
			if (!(error instanceof DeadlineInputError)) throw error;
			if (error.code === 'sessions-overlap' || error.code === 'meeting-too-long') return error.code;
			return 'end-before-start';
		}
	} else if (input.start && input.end && input.end < input.start) return 'end-before-start';
	if (!Number.isInteger(input.expected) || input.expected < 0 || input.expected > MAX_EXPECTED) return 'expected-range';
	return null;
}
