import { deadlineRules } from '../data/deadlineRules';
import type { RuleComputation, RuleInput, RuleOffset, SourceRef } from '../schemas/rule';
import { addDays, dateTimeFromMinuteNumber, minuteNumber, weekday } from './civilDate';
import { addWorkdays, dayKind, nextWorkday, officialWorkCalendar, previousWorkday, type WorkCalendar } from './workdays';

/*
 * The deadlines a meeting's start and end set under the timed rules of the
 * standards. The rules and the working-day calendar are arguments, the official
 * ones (src/data/) by default. Times are wall-clock `YYYY-MM-DDTHH:mm`; rules
 * counted in days or working days give a `YYYY-MM-DD` date.
 */

/** Longer meetings are almost certainly a typing mistake (a wrong month or year). */
export const MAX_MEETING_DAYS = 7;

export type DeadlineInputErrorCode = 'invalid-start' | 'invalid-end' | 'end-not-after-start' | 'meeting-too-long';

export class DeadlineInputError extends Error {
	readonly code: DeadlineInputErrorCode;
	readonly params: Record<string, string | number>;
	constructor(code: DeadlineInputErrorCode, params: Record<string, string | number> = {}) {
		super(code);
		this.name = 'DeadlineInputError';
		this.code = code;
		this.params = params;
	}
}

export type DeadlineWarningCode = 'due-on-weekend' | 'due-on-holiday' | 'recurring-multi-day';

export interface DeadlineWarning {
	code: DeadlineWarningCode;
	params: Record<string, string | number>;
}

export type DeadlinePhase = 'before' | 'during' | 'after';

interface DeadlineBase {
	rule: string;
	phase: DeadlinePhase;
	/** true when the result or a warning rests on a year without official calendar data */
	provisional: boolean;
	warnings: DeadlineWarning[];
	source: SourceRef;
	seeAlso: SourceRef[];
}

export interface PointDeadline extends DeadlineBase {
	kind: 'point';
	/** `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for rules counted in days */
	due: string;
}

export interface WindowDeadline extends DeadlineBase {
	kind: 'window';
	from: string;
	due: string;
}

export interface RecurringDeadline extends DeadlineBase {
	kind: 'recurring';
	/** the source's range; `times` use the shorter interval */
	every: { min: number; max: number; unit: 'min' };
	/** each occurrence strictly between start and end */
	times: string[];
}

export type Deadline = PointDeadline | WindowDeadline | RecurringDeadline;

export interface Meeting {
	start: string;
	end: string;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A date-only result is a date; everything else a date-time. */
export const isDateOnly = (value: string): boolean => value.length === 10;

const MINUTES = { min: 1, h: 60 } as const;

interface Computed {
	value: string;
	provisional: boolean;
}

function computeOffset(offset: RuleOffset, meeting: Meeting, calendar: WorkCalendar): Computed {
	const base = meeting[offset.from];
	switch (offset.unit) {
		case 'min':
		case 'h':
			return { value: dateTimeFromMinuteNumber(minuteNumber(base) + offset.offset * MINUTES[offset.unit]), provisional: false };
		case 'day':
			return { value: addDays(base.slice(0, 10), offset.offset), provisional: false };
		case 'workday': {
			const result = addWorkdays(base.slice(0, 10), offset.offset, calendar);
			return { value: result.date, provisional: result.provisional };
		}
	}
}

/** `weekday` (ISO, 1 = Monday) of the week before the one `date` falls in. */
function dayInPreviousWeek(date: string, isoWeekday: number): string {
	return addDays(date, -(weekday(date) - 1) - 7 + (isoWeekday - 1));
}

function phaseOf(compute: RuleComputation): DeadlinePhase {
	switch (compute.kind) {
		case 'recurring':
			return 'during';
		case 'previous-week':
			return 'before';
		case 'offset':
		case 'window':
			if (compute.due.from === 'end') return 'after';
			return compute.due.offset < 0 ? 'before' : 'during';
	}
}

/** The warning for a due day that is not a working day, and whether it is a guess. */
function checkDueOnWorkday(due: string, calendar: WorkCalendar): { warning?: DeadlineWarning; provisional: boolean } {
	const date = due.slice(0, 10);
	const kind = dayKind(date, calendar);
	if (kind.kind === 'workday' || kind.kind === 'adjusted-workday') return { provisional: !kind.covered };
	const before = previousWorkday(date, calendar);
	const after = nextWorkday(date, calendar);
	const params: Record<string, string> = { date, previousWorkday: before.date, nextWorkday: after.date };
	if (kind.kind === 'holiday' && kind.holiday) params.holiday = kind.holiday;
	return {
		warning: { code: kind.kind === 'holiday' ? 'due-on-holiday' : 'due-on-weekend', params },
		provisional: !kind.covered || before.provisional || after.provisional,
	};
}

function recurringTimes(every: number, meeting: Meeting): { times: string[]; warning?: DeadlineWarning } {
	// Across days the sessions are unknown; a list running through the nights would mislead.
	if (meeting.start.slice(0, 10) !== meeting.end.slice(0, 10)) {
		return { times: [], warning: { code: 'recurring-multi-day', params: { every } } };
	}
	const times: string[] = [];
	const end = minuteNumber(meeting.end);
	for (let at = minuteNumber(meeting.start) + every; at < end; at += every) {
		times.push(dateTimeFromMinuteNumber(at));
	}
	return { times };
}

function deadlineFor(rule: RuleInput, meeting: Meeting, calendar: WorkCalendar): Deadline {
	const base = {
		rule: rule.id,
		phase: phaseOf(rule.compute),
		provisional: false,
		warnings: [] as DeadlineWarning[],
		source: rule.source,
		seeAlso: rule.seeAlso ?? [],
	};
	let deadline: Deadline;
	const compute = rule.compute;
	switch (compute.kind) {
		case 'offset': {
			const due = computeOffset(compute.due, meeting, calendar);
			deadline = { ...base, kind: 'point', due: due.value, provisional: due.provisional };
			break;
		}
		case 'window': {
			const from = computeOffset(compute.from, meeting, calendar);
			const due = computeOffset(compute.due, meeting, calendar);
			deadline = { ...base, kind: 'window', from: from.value, due: due.value, provisional: from.provisional || due.provisional };
			break;
		}
		case 'previous-week': {
			const day = dayInPreviousWeek(meeting.start.slice(0, 10), compute.weekday);
			deadline = { ...base, kind: 'point', due: `${day}T${compute.time}` };
			break;
		}
		case 'recurring': {
			const { times, warning } = recurringTimes(compute.every.min, meeting);
			deadline = { ...base, kind: 'recurring', every: { ...compute.every }, times, warnings: warning ? [warning] : [] };
			break;
		}
	}
	if (deadline.kind !== 'recurring' && (rule.checks ?? []).includes('due-on-workday')) {
		const check = checkDueOnWorkday(deadline.due, calendar);
		if (check.warning) deadline.warnings.push(check.warning);
		deadline.provisional ||= check.provisional;
	}
	return deadline;
}

function validMinute(value: string, code: 'invalid-start' | 'invalid-end'): number {
	try {
		return minuteNumber(value);
	} catch {
		throw new DeadlineInputError(code, { value: String(value) });
	}
}

/** The moment a deadline first asks for action, for ordering; a date-only one counts from its day's start. */
function sortKey(deadline: Deadline, meeting: Meeting): string {
	const first = deadline.kind === 'window' ? deadline.from : deadline.kind === 'recurring' ? (deadline.times[0] ?? meeting.start) : deadline.due;
	return isDateOnly(first) ? `${first}T00:00` : first;
}

/**
 * Every deadline the rules set for a meeting, in the order they fall due.
 * Throws `DeadlineInputError` for an impossible date, an end not after the start,
 * or a meeting longer than MAX_MEETING_DAYS.
 */
export function meetingDeadlines(
	meeting: Meeting,
	rules: readonly RuleInput[] = deadlineRules,
	calendar: WorkCalendar = officialWorkCalendar,
): Deadline[] {
	const start = validMinute(meeting.start, 'invalid-start');
	const end = validMinute(meeting.end, 'invalid-end');
	if (end <= start) throw new DeadlineInputError('end-not-after-start', { start: meeting.start, end: meeting.end });
	if (end - start > MAX_MEETING_DAYS * 24 * 60) {
		throw new DeadlineInputError('meeting-too-long', { maxDays: MAX_MEETING_DAYS });
	}
	const keyed = rules.map((rule) => {
		const deadline = deadlineFor(rule, meeting, calendar);
		return { deadline, key: sortKey(deadline, meeting) };
	});
	keyed.sort((a, b) => byCodeUnits(a.key, b.key) || byCodeUnits(a.deadline.rule, b.deadline.rule));
	return keyed.map(({ deadline }) => deadline);
}
