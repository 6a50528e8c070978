import { deadlineRules } from '../data/deadlineRules';
import type { RuleComputation, RuleInput, RuleOffset, SourceRef } from '../schemas/rule';
import { addDays, dateTimeFromMinuteNumber, minuteNumber, weekday } from './civilDate';
import {
	addWorkdays,
	dayKind,
	nextWorkday,
	officialWorkCalendar,
	previousWorkday,
	type DayKindResult,
	type WorkCalendar,
} from './workdays';

/*
 * The deadlines a meeting's sessions set under the timed rules of the
 * standards. The rules and the working-day calendar are arguments, the official
 * ones (src/data/) by default. Times are wall-clock `YYYY-MM-DDTHH:mm`; rules
 * counted in days or working days give a `YYYY-MM-DD` date.
 */

/** Longer meetings are almost certainly a typing mistake (a wrong month or year). */
export const MAX_MEETING_DAYS = 7;

export type DeadlineInputErrorCode =
	'invalid-start' | 'invalid-end' | 'end-not-after-start' | 'meeting-too-long' | 'no-sessions' | 'sessions-overlap';

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

export type DeadlineWarningCode =
	| 'due-on-weekend'
	| 'due-on-holiday'
	| 'recurring-multi-day'
	/** the computed day was not a working day; `due` is the last working day before it (params: from, reason, holiday?) */
	| 'moved-to-previous-workday';

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
	/** for rules tied to each session: which one (0-based, in time order) */
	session?: number;
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

/** One sitting of a meeting (a day or a half-day), wall-clock `YYYY-MM-DDTHH:mm`. */
export interface Session {
	start: string;
	end: string;
}

/**
 * A meeting's times: one start and end (a single session), or its sessions.
 * When `sessions` is given it wins; `start`/`end` are then ignored.
 */
export type Meeting = Session | { sessions: readonly Session[]; start?: string; end?: string };

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A date-only result is a date; everything else a date-time. */
export const isDateOnly = (value: string): boolean => value.length === 10;

const MINUTES = { min: 1, h: 60 } as const;

interface Computed {
	value: string;
	provisional: boolean;
}

function computeOffset(offset: RuleOffset, span: Session, calendar: WorkCalendar): Computed {
	const base = span[offset.from];
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

/** When in a meeting's life a rule falls (會前, 會中, 會後); also groups the quick reference. */
export function phaseOf(compute: RuleComputation): DeadlinePhase {
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

const isWorkingKind = (kind: DayKindResult['kind']) => kind === 'workday' || kind === 'adjusted-workday';

/** The warning for a due day that is not a working day, and whether it is a guess. */
function checkDueOnWorkday(due: string, calendar: WorkCalendar): { warning?: DeadlineWarning; provisional: boolean } {
	const date = due.slice(0, 10);
	const kind = dayKind(date, calendar);
	if (isWorkingKind(kind.kind)) return { provisional: !kind.covered };
	const before = previousWorkday(date, calendar);
	const after = nextWorkday(date, calendar);
	const params: Record<string, string> = { date, previousWorkday: before.date, nextWorkday: after.date };
	if (kind.kind === 'holiday' && kind.holiday) params.holiday = kind.holiday;
	return {
		warning: { code: kind.kind === 'holiday' ? 'due-on-holiday' : 'due-on-weekend', params },
		provisional: !kind.covered || before.provisional || after.provisional,
	};
}

/**
 * A due counted back from the meeting that lands on a non-working day moves to
 * the last working day before it, at the same time of day: a task due before a
 * meeting can only be done earlier, never later.
 */
function moveToPreviousWorkday(due: string, calendar: WorkCalendar): { due: string; warning?: DeadlineWarning; provisional: boolean } {
	const date = due.slice(0, 10);
	const kind = dayKind(date, calendar);
	if (isWorkingKind(kind.kind)) return { due, provisional: !kind.covered };
	const before = previousWorkday(date, calendar);
	const params: Record<string, string> = { from: date, date: before.date, reason: kind.kind };
	if (kind.kind === 'holiday' && kind.holiday) params.holiday = kind.holiday;
	return {
		due: before.date + due.slice(10),
		warning: { code: 'moved-to-previous-workday', params },
		provisional: !kind.covered || before.provisional,
	};
}

function recurringTimes(every: number, session: Session): { times: string[]; warning?: DeadlineWarning } {
	// A session running through the night has no known sittings; a list of times across it would mislead.
	if (session.start.slice(0, 10) !== session.end.slice(0, 10)) {
		return { times: [], warning: { code: 'recurring-multi-day', params: { every } } };
	}
	const times: string[] = [];
	const end = minuteNumber(session.end);
	for (let at = minuteNumber(session.start) + every; at < end; at += every) {
		times.push(dateTimeFromMinuteNumber(at));
	}
	return { times };
}

/** The deadline of `rule` counted from `span`: one session, or the whole meeting (first start, last end). */
function deadlineFor(rule: RuleInput, span: Session, calendar: WorkCalendar, session?: number): Deadline {
	const base = {
		rule: rule.id,
		phase: phaseOf(rule.compute),
		provisional: false,
		warnings: [] as DeadlineWarning[],
		source: rule.source,
		seeAlso: rule.seeAlso ?? [],
		...(session === undefined ? {} : { session }),
	};
	let deadline: Deadline;
	const compute = rule.compute;
	switch (compute.kind) {
		case 'offset': {
			const due = computeOffset(compute.due, span, calendar);
			deadline = { ...base, kind: 'point', due: due.value, provisional: due.provisional };
			break;
		}
		case 'window': {
			const from = computeOffset(compute.from, span, calendar);
			const due = computeOffset(compute.due, span, calendar);
			deadline = { ...base, kind: 'window', from: from.value, due: due.value, provisional: from.provisional || due.provisional };
			break;
		}
		case 'previous-week': {
			const day = dayInPreviousWeek(span.start.slice(0, 10), compute.weekday);
			deadline = { ...base, kind: 'point', due: `${day}T${compute.time}` };
			break;
		}
		case 'recurring': {
			const { times, warning } = recurringTimes(compute.every.min, span);
			deadline = { ...base, kind: 'recurring', every: { ...compute.every }, times, warnings: warning ? [warning] : [] };
			break;
		}
	}
	if (deadline.kind === 'point' && rule.nonWorkday === 'move-earlier') {
		const moved = moveToPreviousWorkday(deadline.due, calendar);
		deadline.due = moved.due;
		if (moved.warning) deadline.warnings.push(moved.warning);
		deadline.provisional ||= moved.provisional;
	} else if (deadline.kind !== 'recurring' && rule.nonWorkday === 'warn') {
		const check = checkDueOnWorkday(deadline.due, calendar);
		if (check.warning) deadline.warnings.push(check.warning);
		deadline.provisional ||= check.provisional;
	}
	return deadline;
}

function validMinute(value: string, code: 'invalid-start' | 'invalid-end', session: number): number {
	try {
		return minuteNumber(value);
	} catch {
		throw new DeadlineInputError(code, { value: String(value), session: session + 1 });
	}
}

/**
 * The sessions of `meeting` in time order, checked: each a real start before its
 * end, none overlapping, all within MAX_MEETING_DAYS. Throws `DeadlineInputError`.
 */
export function meetingSessions(meeting: Meeting): Session[] {
	const given = 'sessions' in meeting && meeting.sessions ? meeting.sessions : [{ start: meeting.start ?? '', end: meeting.end ?? '' }];
	if (given.length === 0) throw new DeadlineInputError('no-sessions');
	const checked = given.map((session, index) => {
		const start = validMinute(session.start, 'invalid-start', index);
		const end = validMinute(session.end, 'invalid-end', index);
		if (end <= start) throw new DeadlineInputError('end-not-after-start', { start: session.start, end: session.end, session: index + 1 });
		return { session: { start: session.start, end: session.end }, start, end };
	});
	checked.sort((a, b) => a.start - b.start);
	for (let index = 1; index < checked.length; index++) {
		if (checked[index]!.start < checked[index - 1]!.end) {
			throw new DeadlineInputError('sessions-overlap', { first: index, second: index + 1 });
		}
	}
	if (checked.at(-1)!.end - checked[0]!.start > MAX_MEETING_DAYS * 24 * 60) {
		throw new DeadlineInputError('meeting-too-long', { maxDays: MAX_MEETING_DAYS });
	}
	return checked.map(({ session }) => session);
}

/** The moment a deadline first asks for action, for ordering; a date-only one counts from its day's start. */
function sortKey(deadline: Deadline, sessions: readonly Session[]): string {
	const sessionStart = sessions[deadline.session ?? 0]!.start;
	const first =
		deadline.kind === 'window' ? deadline.from : deadline.kind === 'recurring' ? (deadline.times[0] ?? sessionStart) : deadline.due;
	return isDateOnly(first) ? `${first}T00:00` : first;
}

/**
 * Every deadline the rules set for a meeting, in the order they fall due. Rules
 * tied to a session (調試, 到場, 倒水…) apply to every session; the others count
 * from the first session's start or the last session's end.
 * Throws `DeadlineInputError` for an impossible date, an end not after the start,
 * overlapping sessions, or a meeting longer than MAX_MEETING_DAYS.
 */
export function meetingDeadlines(
	meeting: Meeting,
	rules: readonly RuleInput[] = deadlineRules,
	calendar: WorkCalendar = officialWorkCalendar,
): Deadline[] {
	const sessions = meetingSessions(meeting);
	const whole: Session = { start: sessions[0]!.start, end: sessions.at(-1)!.end };
	const keyed = rules.flatMap((rule) => {
		const deadlines =
			rule.scope === 'session'
				? sessions.map((session, index) => deadlineFor(rule, session, calendar, index))
				: [deadlineFor(rule, whole, calendar)];
		return deadlines.map((deadline) => ({ deadline, key: sortKey(deadline, sessions) }));
	});
	keyed.sort(
		(a, b) =>
			byCodeUnits(a.key, b.key) || byCodeUnits(a.deadline.rule, b.deadline.rule) || (a.deadline.session ?? 0) - (b.deadline.session ?? 0),
	);
	return keyed.map(({ deadline }) => deadline);
}

/**
 * A stored meeting's times as `meetingDeadlines` takes them: its sessions when it
 * has more than one, else its start and end; undefined while a time is missing.
 */
export function recordedTimes(record: { start: string; end: string; sessions?: readonly Session[] | undefined }): Meeting | undefined {
	if (record.sessions && record.sessions.length > 0) return { sessions: record.sessions };
	return record.start && record.end ? { start: record.start, end: record.end } : undefined;
}

/**
 * The rules that govern a meeting run under `standards` (the standards of its
 * flows): a rule belongs to the standard that states it, or restates it.
 */
export function rulesOfStandards(rules: readonly RuleInput[], standards: Iterable<string>): RuleInput[] {
	const wanted = new Set(standards);
	return rules.filter((rule) => wanted.has(rule.source.standard) || (rule.seeAlso ?? []).some((ref) => wanted.has(ref.standard)));
}
