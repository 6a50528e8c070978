import { formatMessage } from '~/i18n/format';
import type { DeadlinesMessages } from '~/i18n/messages/deadlines';
import { deadlineRules } from '~/data/deadlineRules';
import { meetingDeadlines, recordedTimes, rulesOfStandards } from '~/lib/deadlines';
import { keyState } from '~/lib/flows';
import { dueStatus, pressingDue, stepDueTimes, type StepDue } from '~/lib/stepDue';
import { officialWorkCalendar, type WorkCalendar } from '~/lib/workdays';
import type { Flow } from '~/schemas/flow';
import type { Meeting } from '~/schemas/meeting';
import type { StepDueBadge } from '../checklist/ChecklistStep';
import { formatWhen, formatWindow, timesOfDay, warningText } from '../deadlines/deadlineText';

/** One due in words: a time, a window, or a session's repetitions (每10—15分鐘,共 9 次:09:15…). */
export function stepDueText(entry: StepDue, sessions: number, m: DeadlinesMessages): string {
	let text: string;
	if ('times' in entry) {
		text =
			entry.times.length > 0
				? formatMessage(m['due.every'], { ...entry.every, count: entry.times.length, times: timesOfDay(entry.times) })
				: formatMessage(m['due.every-none'], entry.every);
	} else {
		text = entry.from ? formatWindow(entry.from, entry.due, m) : formatWhen(entry.due, m);
	}
	return sessions > 1 && entry.session !== undefined ? `${formatMessage(m['due.session'], { number: entry.session + 1 })} ${text}` : text;
}

/**
 * The due badge of each timed step of a meeting's checklist at wall-clock
 * `now` (China time): overdue when not ticked and past due, due-soon within
 * 24 h; every due of the step in words (both 調試 and 重試, each session), with
 * its warnings. Only the rules of the flow's own standard count. A meeting
 * without both dates (or with impossible ones) has none.
 */
export function meetingDueBadges(
	meeting: Pick<Meeting, 'start' | 'end' | 'sessions'>,
	flow: Flow,
	ticked: ReadonlySet<string>,
	now: string,
	messages: DeadlinesMessages,
	holidayNames: Readonly<Record<string, string>> = {},
	calendar: WorkCalendar = officialWorkCalendar,
): Record<string, StepDueBadge> {
	const times = recordedTimes(meeting);
	if (!times) return {};
	let deadlines;
	try {
		deadlines = meetingDeadlines(times, rulesOfStandards(deadlineRules, [flow.standard]), calendar);
	} catch {
		return {};
	}
	const sessions = 'sessions' in times ? times.sessions.length : 1;
	const badges: Record<string, StepDueBadge> = {};
	for (const [key, entries] of stepDueTimes(flow, deadlines)) {
		const pressing = pressingDue(entries, now);
		if (!pressing) continue;
		const done = keyState(flow, ticked, key) === 'ticked';
		const warnings = entries.flatMap((entry) => entry.warnings.map((warning) => warningText(warning, messages, holidayNames)));
		badges[key] = {
			status: dueStatus(pressing.due, now, done),
			due: entries.map((entry) => stepDueText(entry, sessions, messages)).join(';'),
			provisional: entries.some((entry) => entry.provisional),
			warnings: [...new Set(warnings)],
		};
	}
	return badges;
}
