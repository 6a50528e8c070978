import type { DeadlinesMessages } from '~/i18n/messages/deadlines';
import { meetingDeadlines } from '~/lib/deadlines';
import { keyState } from '~/lib/flows';
import { dueStatus, pressingDue, stepDueTimes } from '~/lib/stepDue';
import type { Flow } from '~/schemas/flow';
import type { Meeting } from '~/schemas/meeting';
import type { StepDueBadge } from './ChecklistStep';
import { formatWhen } from './deadlineText';

/**
 * The due badge of each timed step of a meeting's checklist at wall-clock
 * `now` (China time): overdue when not ticked and past due, due-soon within
 * 24 h. A meeting without both dates (or with impossible ones) has none.
 */
export function meetingDueBadges(
	meeting: Pick<Meeting, 'start' | 'end'>,
	flow: Flow,
	ticked: ReadonlySet<string>,
	now: string,
	messages: DeadlinesMessages,
): Record<string, StepDueBadge> {
	if (!meeting.start || !meeting.end) return {};
	let deadlines;
	try {
		deadlines = meetingDeadlines({ start: meeting.start, end: meeting.end });
	} catch {
		return {};
	}
	const badges: Record<string, StepDueBadge> = {};
	for (const [key, entries] of stepDueTimes(flow, deadlines)) {
		const pressing = pressingDue(entries, now);
		if (!pressing) continue;
		const done = keyState(flow, ticked, key) === 'ticked';
		badges[key] = { status: dueStatus(pressing.due, now, done), due: formatWhen(pressing.due, messages), provisional: pressing.provisional };
	}
	return badges;
}
