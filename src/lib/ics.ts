import type { Deadline, Session } from './deadlines';
import { isDateOnly } from './deadlines';
import { addDays, addMinutes } from './civilDate';

/*
 * An iCalendar (RFC 5545) file of a meeting's deadlines. The caller passes every
 * display string (meeting name, rule labels); this module only formats.
 * Times are Asia/Shanghai wall-clock times with a VTIMEZONE, so a calendar in any
 * zone shows them at the right moment.
 */

export interface IcsOptions {
	/** identifies the meeting across exports so re-importing updates instead of duplicating; defaults to the name */
	meetingKey?: string;
	/** site origin, e.g. https://example.org; when given, DESCRIPTION links the clause */
	siteUrl?: string;
	/** the meeting's sessions: each becomes an event of its own */
	sessions?: readonly Session[];
	/** what follows the meeting's name in a session's SUMMARY, e.g. 第1場; nothing by default */
	sessionLabel?: (index: number, count: number) => string;
	/** lines put first in a deadline's DESCRIPTION: its warnings, a repeated rule's times, in words */
	details?: (deadline: Deadline) => string[];
}

/** How long a timed deadline's event lasts: long enough to show in a day view. */
export const DEADLINE_EVENT_MINUTES = 15;
/** Reminders: half an hour before a timed deadline; 09:00 the day before a date-only one. */
const TIMED_ALARM = '-PT30M';
const ALL_DAY_ALARM = '-PT15H';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const TZID = 'Asia/Shanghai';

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed in TEXT. */
export function escapeText(value: string): string {
	return (
		value
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
			// eslint-disable-next-line no-control-regex -- control characters are what it removes
			.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
	);
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (§3.1) without splitting a UTF-8 sequence. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// continuation lines begin with a space, which counts toward their 75 octets
		const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

/** `YYYY-MM-DDTHH:mm` → `YYYYMMDDTHHmm00`; `YYYY-MM-DD` → `YYYYMMDD` */
const icsDateTime = (value: string) => `${value.slice(0, 10).replace(/-/g, '')}T${value.slice(11, 13)}${value.slice(14, 16)}00`;
const icsDate = (value: string) => value.replace(/-/g, '');

/** `now` is UTC: `YYYY-MM-DDTHH:mm`, optionally with seconds, fraction and `Z` (what Date#toISOString gives). */
function icsUtcStamp(now: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?$/.exec(now);
	if (!match) throw new RangeError(`now must be a UTC date-time, got ${now}`);
	return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6] ?? '00'}Z`;
}

/** A short, stable hash (FNV-1a, 32 bit) for UIDs. */
function hash(value: string): string {
	let h = 0x811c9dc5;
	for (const byte of encoder.encode(value)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

interface EventSpec {
	uid: string;
	start: string;
	end: string;
	/** a reminder before the start; none for a repeated task (it would ring all meeting long) */
	alarm?: string;
}

function timeProperties(start: string, end: string): string[] {
	if (isDateOnly(start)) {
		// an all-day event ends (exclusively) on the day after its last day
		return [`DTSTART;VALUE=DATE:${icsDate(start)}`, `DTEND;VALUE=DATE:${icsDate(addDays(end, 1))}`];
	}
	return [`DTSTART;TZID=${TZID}:${icsDateTime(start)}`, `DTEND;TZID=${TZID}:${icsDateTime(end)}`];
}

const pointEnd = (due: string) => (isDateOnly(due) ? due : addMinutes(due, DEADLINE_EVENT_MINUTES));
const alarmFor = (start: string) => (isDateOnly(start) ? ALL_DAY_ALARM : TIMED_ALARM);

function eventSpec(deadline: Deadline, key: string): EventSpec | undefined {
	const session = deadline.session === undefined ? '' : `-s${deadline.session + 1}`;
	const uid = `${deadline.rule}${session}-${key}@huiwu-handbook`;
	switch (deadline.kind) {
		case 'point':
			return { uid, start: deadline.due, end: pointEnd(deadline.due), alarm: alarmFor(deadline.due) };
		case 'window':
			return { uid, start: deadline.from, end: deadline.due, alarm: alarmFor(deadline.from) };
		case 'recurring': {
			// One event spanning the repetitions of a session; the times are in its description.
			const first = deadline.times[0];
			const last = deadline.times.at(-1);
			if (first === undefined || last === undefined) return undefined;
			return { uid, start: first, end: last === first ? pointEnd(first) : last };
		}
	}
}

function alarmLines(trigger: string, summary: string): string[] {
	return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger}`, `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM'];
}

const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TZID}`,
	'BEGIN:STANDARD',
	'DTSTART:19700101T000000',
	'TZOFFSETFROM:+0800',
	'TZOFFSETTO:+0800',
	'TZNAME:CST',
	'END:STANDARD',
	'END:VTIMEZONE',
];

/**
 * The meeting and its deadlines as an .ics file: one VEVENT per session of the
 * meeting itself, one per deadline (with an end and a reminder), and one per
 * session for a repeated rule. SUMMARY `【meeting】label`; DESCRIPTION holds the
 * caller's details (warnings, times), the source quote and the clause link.
 * `now` (UTC) becomes DTSTAMP.
 */
export function deadlinesToIcs(
	meetingName: string,
	deadlines: readonly Deadline[],
	labels: Readonly<Record<string, string>>,
	now: string,
	options: IcsOptions = {},
): string {
	const stamp = icsUtcStamp(now);
	const key = hash(options.meetingKey ?? meetingName);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//huiwu-handbook//deadlines//ZH',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(meetingName)}`,
		`X-WR-TIMEZONE:${TZID}`,
		...VTIMEZONE,
	];
	const sessions = options.sessions ?? [];
	for (const [index, session] of sessions.entries()) {
		const label = options.sessionLabel?.(index, sessions.length) ?? '';
		lines.push(
			'BEGIN:VEVENT',
			`UID:meeting-s${index + 1}-${key}@huiwu-handbook`,
			`DTSTAMP:${stamp}`,
			...timeProperties(session.start, session.end),
			`SUMMARY:${escapeText(label ? `${meetingName} ${label}` : meetingName)}`,
			'END:VEVENT',
		);
	}
	for (const deadline of deadlines) {
		const event = eventSpec(deadline, key);
		if (!event) continue;
		const summary = `【${meetingName}】${labels[deadline.rule] ?? deadline.rule}`;
		const link = options.siteUrl
			? `${options.siteUrl.replace(/\/+$/, '')}/standards/${deadline.source.standard}/#${deadline.source.anchor}`
			: undefined;
		const description = [...(options.details?.(deadline) ?? []), deadline.source.quote, ...(link ? [link] : [])].join('\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${stamp}`,
			...timeProperties(event.start, event.end),
			`SUMMARY:${escapeText(summary)}`,
			`DESCRIPTION:${escapeText(description)}`,
			...(link ? [`URL:${link}`] : []),
			...(event.alarm ? alarmLines(event.alarm, summary) : []),
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}
