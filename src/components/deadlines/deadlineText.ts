import { formatMessage } from '../../i18n/format';
import type { DeadlinesMessages } from '../../i18n/messages/deadlines';
import type { Deadline, DeadlineWarning } from '../../lib/deadlines';
import { isDateOnly } from '../../lib/deadlines';
import type { RuleTiming } from '../../lib/ruleTiming';
import { weekday } from '../../lib/civilDate';

/*
 * Deadlines in words, from a message dictionary the page passes in (so the 简体
 * edition gets its own text). Shared by the calculator and the checklists' due badges.
 */

/** `2026-09-30(周三)07:00`, or `2026-10-09(周五)` for a date. */
export function formatWhen(value: string, m: DeadlinesMessages): string {
	const date = value.slice(0, 10);
	const params = { date, weekday: m[`weekday.${weekday(date)}` as keyof DeadlinesMessages] };
	return isDateOnly(value)
		? formatMessage(m['format.date'], params)
		: formatMessage(m['format.date-time'], { ...params, time: value.slice(11, 16) });
}

/** A window: the day is said once when both ends fall on it. */
export function formatWindow(from: string, to: string, m: DeadlinesMessages): string {
	if (!isDateOnly(from) && !isDateOnly(to) && from.slice(0, 10) === to.slice(0, 10)) {
		return formatMessage(m['format.window-same-day'], { from: formatWhen(from, m), toTime: to.slice(11, 16) });
	}
	return formatMessage(m['format.window'], { from: formatWhen(from, m), to: formatWhen(to, m) });
}

export function timingText(timing: RuleTiming, m: DeadlinesMessages): string {
	switch (timing.code) {
		case 'every':
			return formatMessage(m['timing.every'], { min: timing.min, max: timing.max });
		case 'previous-week':
			return formatMessage(m['timing.previous-week'], {
				weekday: m[`weekday.${timing.weekday}` as keyof DeadlinesMessages],
				time: timing.time,
			});
		case 'window-before-start':
			return formatMessage(m['timing.window-before-start'], { from: timing.from, to: timing.to, unit: m[`unit.${timing.unit}`] });
		default:
			return formatMessage(m[`timing.${timing.code}`], { amount: timing.amount, unit: m[`unit.${timing.unit}`] });
	}
}

/**
 * A warning in words. Holiday names come from the calendar data in Traditional;
 * `holidayNames` maps them to the reader's edition.
 */
export function warningText(warning: DeadlineWarning, m: DeadlinesMessages, holidayNames: Readonly<Record<string, string>> = {}): string {
	const params = { ...warning.params };
	if (typeof params.holiday === 'string') params.holiday = holidayNames[params.holiday] ?? params.holiday;
	if (warning.code === 'moved-to-previous-workday') {
		return formatMessage(
			m[params.reason === 'holiday' ? 'moved-to-previous-workday.holiday' : 'moved-to-previous-workday.weekend'],
			params,
		);
	}
	return formatMessage(m[warning.code], params);
}

/** When a deadline falls, in one phrase: a time, a window, or the first of its repetitions. */
export function deadlineWhen(deadline: Deadline, m: DeadlinesMessages): string | undefined {
	switch (deadline.kind) {
		case 'point':
			return formatWhen(deadline.due, m);
		case 'window':
			return formatWindow(deadline.from, deadline.due, m);
		case 'recurring':
			return deadline.times[0] === undefined ? undefined : formatWhen(deadline.times[0], m);
	}
}

/** A rule's display text in the reader's edition, built by the page (forLang) and passed as props. */
export interface RuleText {
	label: string;
	/** the source sentence, verbatim */
	quote: string;
	/** e.g. 第五篇 學校辦公室會務工作程序 */
	standardTitle: string;
	/** the quotes and standards of `seeAlso`, in the rule's order */
	seeAlso: { quote: string; standardTitle: string }[];
}

/** Times of day of a repeated rule, `09:10、09:20…` (all on the meeting's one day). */
export const timesOfDay = (times: readonly string[]): string => times.map((time) => time.slice(11, 16)).join('、');

/** A repeated rule's session in words: 每10—15分鐘,共 9 次:09:15、09:30… */
export function recurringText(deadline: Extract<Deadline, { kind: 'recurring' }>, m: DeadlinesMessages): string {
	return deadline.times.length > 0
		? formatMessage(m['due.every'], {
				min: deadline.every.min,
				max: deadline.every.max,
				count: deadline.times.length,
				times: timesOfDay(deadline.times),
			})
		: m['calculator.recurring-none'];
}

/** 會議時間:… for a single session; 第N場:… when there are several. */
export function sessionTimeText(session: { start: string; end: string }, index: number, count: number, m: DeadlinesMessages): string {
	const time = formatMessage(m['calculator.meeting-time'], { start: formatWhen(session.start, m), end: formatWhen(session.end, m) });
	return count > 1 ? `${formatMessage(m['due.session'], { number: index + 1 })} ${time}` : time;
}

export interface TimelineTextInput {
	meetingName: string;
	/** the meeting's sessions in time order (one for a plain start and end) */
	sessions: readonly { start: string; end: string }[];
	/** titles of the standards switched off */
	standardsOff: string[];
	lines: TimelineTextLine[];
	provisional: boolean;
}

export type TimelineTextLine =
	{ kind: 'marker'; text: string; at: string } | { kind: 'deadline'; deadline: Deadline; timing: string; text: RuleText };

/** The timeline as plain text to paste into a message or a work plan. */
export function timelineText(input: TimelineTextInput, m: DeadlinesMessages, holidayNames: Readonly<Record<string, string>> = {}): string {
	const out = [
		formatMessage(m['calculator.text-title'], { name: input.meetingName || m['calculator.default-name'] }),
		...input.sessions.map((session, index) => sessionTimeText(session, index, input.sessions.length, m)),
	];
	if (input.standardsOff.length > 0) out.push(formatMessage(m['calculator.standards-off'], { standards: input.standardsOff.join('、') }));
	if (input.provisional) out.push(m.provisional);
	out.push('');
	for (const line of input.lines) {
		if (line.kind === 'marker') {
			out.push(`${formatWhen(line.at, m)} ${line.text}`);
			continue;
		}
		const { deadline, text } = line;
		const when = deadlineWhen(deadline, m) ?? '';
		const label =
			input.sessions.length > 1 && deadline.session !== undefined
				? `${text.label}(${formatMessage(m['due.session'], { number: deadline.session + 1 })})`
				: text.label;
		out.push(formatMessage(m['calculator.text-item'], { when, timing: line.timing, label, standard: text.standardTitle }).trim());
		if (deadline.kind === 'recurring') out.push(`  ${recurringText(deadline, m)}`);
		for (const warning of deadline.warnings) out.push(`  ${m['calculator.warnings']}:${warningText(warning, m, holidayNames)}`);
	}
	return out.join('\n') + '\n';
}
