import type { Flow } from '../schemas/flow';
import { isDateOnly, type Deadline, type DeadlineWarning } from './deadlines';
import { itemKey, ruleLinks } from './flows';
import { addDays, minuteNumber } from './civilDate';

/*
 * When each step of a flow falls due for one meeting: the timed rules the flow
 * links to (ruleLinks), looked up in the meeting's deadlines (meetingDeadlines).
 * Keys are the flow's progress keys: `stepId`, or `stepId/itemId` when the rule
 * sits on an item.
 */

/** A point or a window (`from`–`due`) rule; `due` is `YYYY-MM-DDTHH:mm` or a date. */
export interface StepDuePoint {
	rule: string;
	due: string;
	from?: string;
	provisional: boolean;
	warnings: DeadlineWarning[];
	/** the session a session rule belongs to (0-based) */
	session?: number;
}

/** A rule repeated during a session; `times` is empty when they cannot be known (a session through the night). */
export interface StepDueRecurring {
	rule: string;
	times: string[];
	every: { min: number; max: number };
	provisional: boolean;
	warnings: DeadlineWarning[];
	session?: number;
}

export type StepDue = StepDuePoint | StepDueRecurring;

export type DueStatus = 'done' | 'overdue' | 'due-soon' | 'later';

/** "Due soon" means less than this many minutes are left. */
const DUE_SOON_MINUTES = 24 * 60;

function stepDueOf(deadline: Deadline): StepDue {
	const base = {
		rule: deadline.rule,
		provisional: deadline.provisional,
		warnings: deadline.warnings,
		...(deadline.session === undefined ? {} : { session: deadline.session }),
	};
	switch (deadline.kind) {
		case 'point':
			return { ...base, due: deadline.due };
		case 'window':
			return { ...base, due: deadline.due, from: deadline.from };
		case 'recurring':
			return { ...base, times: [...deadline.times], every: { min: deadline.every.min, max: deadline.every.max } };
	}
}

/**
 * Each step or item of `flow` that a timed rule governs, with its due times, in the
 * order of `deadlines` (the order they fall due). A key governed by two rules
 * (調試 2 hours before, 重試 10 minutes before) gets both, and a session rule one
 * entry per session. Rules missing from `deadlines` (e.g. of another standard) are left out.
 */
export function stepDueTimes(flow: Flow, deadlines: readonly Deadline[]): Map<string, StepDue[]> {
	const byRule = new Map<string, number[]>();
	for (const [index, deadline] of deadlines.entries()) byRule.set(deadline.rule, [...(byRule.get(deadline.rule) ?? []), index]);
	const byKey = new Map<string, number[]>();
	for (const link of ruleLinks(flow)) {
		const indexes = byRule.get(link.ruleId);
		if (!indexes) continue;
		const key = link.itemId ? itemKey(link.stepId, link.itemId) : link.stepId;
		byKey.set(key, [...new Set([...(byKey.get(key) ?? []), ...indexes])]);
	}
	return new Map([...byKey].map(([key, indexes]) => [key, indexes.sort((a, b) => a - b).map((index) => stepDueOf(deadlines[index]!))]));
}

/** The last minute a due counts as met: a date-only due lasts until the end of its day. */
function lastMinute(due: string): number {
	return isDateOnly(due) ? minuteNumber(`${addDays(due, 1)}T00:00`) - 1 : minuteNumber(due);
}

/**
 * Where a due stands at `now` (wall clock `YYYY-MM-DDTHH:mm`, see `wallClockInChina`):
 * done when ticked; overdue once its minute (or, for a date, its day) has passed;
 * due soon when less than 24 hours are left; otherwise later.
 */
export function dueStatus(due: string, now: string, done: boolean): DueStatus {
	const left = lastMinute(due) - minuteNumber(now);
	if (done) return 'done';
	if (left < 0) return 'overdue';
	return left < DUE_SOON_MINUTES ? 'due-soon' : 'later';
}

/**
 * The time a rule next asks for at `now`: its due, or for a repeated rule the
 * next occurrence (the last one once all have passed); undefined when there is none.
 */
export function currentDue(entry: StepDue, now: string): string | undefined {
	if ('due' in entry) return entry.due;
	const at = minuteNumber(now);
	return entry.times.find((time) => minuteNumber(time) >= at) ?? entry.times.at(-1);
}

/** The most pressing due among a key's rules at `now`: the earliest one still to come, or the latest passed. */
export function pressingDue(entries: readonly StepDue[], now: string): { rule: string; due: string; provisional: boolean } | undefined {
	const dues = entries.flatMap((entry) => {
		const due = currentDue(entry, now);
		return due === undefined ? [] : [{ rule: entry.rule, due, provisional: entry.provisional, last: lastMinute(due) }];
	});
	const at = minuteNumber(now);
	const pending = dues.filter((due) => due.last >= at).sort((a, b) => a.last - b.last);
	const passed = dues.filter((due) => due.last < at).sort((a, b) => b.last - a.last);
	// A passed due is the pressing one: it is overdue while the step is unticked.
	const pick = passed[0] ?? pending[0];
	return pick && { rule: pick.rule, due: pick.due, provisional: pick.provisional };
}

const chinaClock = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

/**
 * The wall clock in China (Asia/Shanghai, where meetings' times are given) at
 * `instant`, as `YYYY-MM-DDTHH:mm`: the same whatever zone the browser is set to.
 */
export function wallClockInChina(instant: Date): string {
	const parts = Object.fromEntries(chinaClock.formatToParts(instant).map((part) => [part.type, part.value]));
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
