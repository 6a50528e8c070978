import { isDateOnly, meetingSessions, type Deadline, type Meeting, type Session } from './deadlines';

/*
 * A meeting's deadlines with the meeting itself placed among them: what comes
 * before the start, the start, what runs during it, the end, what follows.
 */

export type TimelineEntry =
	| { kind: 'deadline'; deadline: Deadline }
	| { kind: 'meeting-start'; at: string; session: number }
	| { kind: 'meeting-end'; at: string; session: number };

/** The moment an entry first asks for action; a date-only one counts from its day's start. */
function firstMoment(entry: TimelineEntry, sessions: readonly Session[]): string {
	if (entry.kind !== 'deadline') return entry.at;
	const deadline = entry.deadline;
	const sessionStart = sessions[deadline.session ?? 0]!.start;
	const first =
		deadline.kind === 'window' ? deadline.from : deadline.kind === 'recurring' ? (deadline.times[0] ?? sessionStart) : deadline.due;
	return isDateOnly(first) ? `${first}T00:00` : first;
}

// At the same minute: what is due before the start, the start, what runs during, the end, what follows.
const RANK = { before: 0, 'meeting-start': 1, during: 2, 'meeting-end': 3, after: 4 } as const;

const rankOf = (entry: TimelineEntry) => (entry.kind === 'deadline' ? RANK[entry.deadline.phase] : RANK[entry.kind]);

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `deadlines` as `meetingDeadlines` returns them, with each session's start and end put in order. */
export function meetingTimeline(meeting: Meeting, deadlines: readonly Deadline[]): TimelineEntry[] {
	const sessions = meetingSessions(meeting);
	const entries: TimelineEntry[] = [
		...deadlines.map((deadline) => ({ kind: 'deadline' as const, deadline })),
		...sessions.flatMap((session, index) => [
			{ kind: 'meeting-start' as const, at: session.start, session: index },
			{ kind: 'meeting-end' as const, at: session.end, session: index },
		]),
	];
	// Array#sort is stable: deadlines keep meetingDeadlines' order among equals.
	return entries
		.map((entry) => ({ entry, key: firstMoment(entry, sessions) }))
		.sort((a, b) => byCodeUnits(a.key, b.key) || rankOf(a.entry) - rankOf(b.entry))
		.map(({ entry }) => entry);
}
