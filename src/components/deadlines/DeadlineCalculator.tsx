import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { DeadlinesMessages } from '~/i18n/messages/deadlines';
import { deadlinesToIcs } from '~/lib/ics';
import { officialCalendars } from '~/data/calendar';
import { deadlineRules } from '~/data/deadlineRules';
import { calendarWithLocalYears, usableLocalYears, yearsOfDeadlines } from '~/lib/localCalendar';
import { officialWorkCalendar } from '~/lib/workdays';
import { $localCalendar, EMPTY_LOCAL_CALENDAR } from '~/stores/localCalendar';
import { useHydratedStore } from '../site/useHydratedStore';
import {
	DeadlineInputError,
	meetingDeadlines,
	meetingSessions,
	rulesOfStandards,
	type Deadline,
	type Meeting,
	type Session,
} from '~/lib/deadlines';
import { emptyDeadlineQuery, formatDeadlineQuery, parseDeadlineQuery, type DeadlineQuery } from '~/lib/deadlineQuery';
import { downloadFileName } from '~/lib/fileName';
import { ruleTiming } from '~/lib/ruleTiming';
import { clausePath, sitePath } from '~/lib/sitePaths';
import { meetingTimeline, type TimelineEntry } from '~/lib/timeline';
import { downloadText } from '../site/download';
import {
	deadlineWhen,
	formatWhen,
	recurringText,
	sessionTimeText,
	timelineText,
	timingText,
	warningText,
	type RuleText,
	type TimelineTextLine,
} from './deadlineText';

export interface DeadlineCalculatorProps {
	/** rule id → label, quote and standard, in the reader's edition */
	ruleTexts: Record<string, RuleText>;
	/** the standards that set timed rules, in the source's order */
	standards: { id: string; title: string }[];
	messages: DeadlinesMessages;
	/** holiday names of the calendar data (Traditional) → the reader's edition */
	holidayNames: Record<string, string>;
	simplified: boolean;
}

type Result =
	| { state: 'empty' }
	| { state: 'no-standard' }
	| { state: 'error'; message: string; code: string }
	| { state: 'ok'; meeting: Meeting; sessions: Session[]; deadlines: Deadline[] };

// Orders the rules while no meeting is entered (before hydration, in print of an
// empty form): any ordinary meeting gives the same sequence; its dates are not shown.
const REFERENCE_MEETING: Meeting = { start: '2026-11-25T09:00', end: '2026-11-25T11:00' };

const timings = new Map(deadlineRules.map((rule) => [rule.id, ruleTiming(rule.compute)]));

/** The rules of the standards still ticked: each rule belongs to the standards that state or restate it. */
const rulesOn = (off: readonly string[]) =>
	rulesOfStandards(
		deadlineRules,
		[...new Set(deadlineRules.flatMap((rule) => [rule.source.standard, ...(rule.seeAlso ?? []).map((ref) => ref.standard)]))].filter(
			(id) => !off.includes(id),
		),
	);

/** The page's meeting deadline calculator: inputs kept in the URL, a timeline, and copy, print and .ics export. */
export default function DeadlineCalculator({ ruleTexts, standards, messages: m, holidayNames, simplified }: DeadlineCalculatorProps) {
	const [query, setQuery] = useState<DeadlineQuery>(emptyDeadlineQuery);
	// Years an office entered itself count as covered, and results resting on them say so.
	const localCalendar = useHydratedStore($localCalendar, EMPTY_LOCAL_CALENDAR);
	const localYears = usableLocalYears(
		Object.values(localCalendar.years),
		officialCalendars.map((calendar) => calendar.year),
	).used;
	const localKey = JSON.stringify(localYears);
	const calendar = useMemo(
		() => (localYears.length > 0 ? calendarWithLocalYears(officialCalendars, localYears) : officialWorkCalendar),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the years' content is the key
		[localKey],
	);
	const [notice, setNotice] = useState('');
	const [manualCopy, setManualCopy] = useState<string | undefined>();
	// The URL is read once after hydration (the server render knows no query) and written from then on.
	const urlRead = useRef(false);
	const manualCopyRef = useRef<HTMLTextAreaElement>(null);

	useEffect(() => {
		setQuery(parseDeadlineQuery(window.location.search));
		urlRead.current = true;
	}, []);

	useEffect(() => {
		if (!urlRead.current) return;
		const url = `${window.location.pathname}${formatDeadlineQuery(query)}${window.location.hash}`;
		if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
	}, [query]);

	useEffect(() => {
		if (manualCopy !== undefined) manualCopyRef.current?.select();
	}, [manualCopy]);

	const update = (change: Partial<DeadlineQuery>) => {
		setQuery((current) => ({ ...current, ...change }));
		setNotice('');
		setManualCopy(undefined);
	};

	const result = useMemo<Result>(() => {
		if (!query.start || !query.end) return { state: 'empty' };
		const rules = rulesOn(query.off);
		if (rules.length === 0) return { state: 'no-standard' };
		const first = { start: query.start, end: query.end };
		const meeting: Meeting = query.more.length > 0 ? { sessions: [first, ...query.more] } : first;
		try {
			return { state: 'ok', meeting, sessions: meetingSessions(meeting), deadlines: meetingDeadlines(meeting, rules, calendar) };
		} catch (error) {
			if (!(error instanceof DeadlineInputError)) throw error;
			return { state: 'error', code: error.code, message: formatMessage(m[error.code], error.params) };
		}
	}, [query.start, query.end, query.more, query.off, m, calendar]);

	const ok = result.state === 'ok' ? result : undefined;
	const timeline: TimelineEntry[] = useMemo(() => {
		if (ok) return meetingTimeline(ok.meeting, ok.deadlines);
		return meetingTimeline(REFERENCE_MEETING, meetingDeadlines(REFERENCE_MEETING, rulesOn(query.off)));
	}, [ok, query.off]);

	const provisional = ok?.deadlines.some((deadline) => deadline.provisional) ?? false;
	const localYearsUsed = ok ? yearsOfDeadlines(ok.deadlines).filter((year) => localYears.some((entry) => entry.year === year)) : [];
	const sessionCount = ok?.sessions.length ?? 1;
	const warnings =
		ok?.deadlines.flatMap((deadline) =>
			deadline.warnings.map((warning) => ({ rule: deadline.rule, session: deadline.session, warning })),
		) ?? [];
	/** A deadline's label, with its session when the meeting has several. */
	const labelOf = (deadline: Deadline) =>
		sessionCount > 1 && deadline.session !== undefined
			? `${ruleTexts[deadline.rule]?.label ?? deadline.rule}(${formatMessage(m['due.session'], { number: deadline.session + 1 })})`
			: (ruleTexts[deadline.rule]?.label ?? deadline.rule);
	const setSession = (index: number, change: Partial<Session>) =>
		update({ more: query.more.map((session, at) => (at === index ? { ...session, ...change } : session)) });
	const standardsOff = standards.filter((standard) => query.off.includes(standard.id)).map((standard) => standard.title);
	const meetingName = query.name.trim();
	const timing = (rule: string) => timingText(timings.get(rule)!, m);

	const toggleStandard = (id: string, on: boolean) =>
		update({ off: on ? query.off.filter((off) => off !== id) : [...query.off, id].sort() });

	async function copyText() {
		if (!ok) return;
		const lines: TimelineTextLine[] = timeline.map((entry) =>
			entry.kind === 'deadline'
				? { kind: 'deadline', deadline: entry.deadline, timing: timing(entry.deadline.rule), text: ruleTexts[entry.deadline.rule]! }
				: { kind: 'marker', at: entry.at, text: m[entry.kind === 'meeting-start' ? 'calculator.meeting-start' : 'calculator.meeting-end'] },
		);
		const text = timelineText({ meetingName, sessions: ok.sessions, standardsOff, lines, provisional }, m, holidayNames);
		if (await writeClipboard(text)) {
			setManualCopy(undefined);
			setNotice(m['calculator.copied']);
		} else {
			// A plain-http intranet is not a secure context: no clipboard API. The text is offered to copy by hand.
			setNotice(m['calculator.copy-manual']);
			setManualCopy(text);
		}
	}

	function downloadIcs() {
		if (!ok) return;
		const name = meetingName || m['calculator.default-name'];
		const labels = Object.fromEntries(Object.entries(ruleTexts).map(([id, text]) => [id, text.label]));
		// The lib's quotes are Traditional; the file carries the reader's edition.
		const deadlines = ok.deadlines.map((deadline) => ({
			...deadline,
			source: { ...deadline.source, quote: ruleTexts[deadline.rule]?.quote ?? deadline.source.quote },
		}));
		const siteUrl = new URL(sitePath('', simplified), window.location.href).href;
		const ics = deadlinesToIcs(name, deadlines, labels, new Date().toISOString(), {
			meetingKey: `${meetingName}|${ok.sessions[0]!.start}`,
			siteUrl,
			sessions: ok.sessions,
			sessionLabel: (index, count) => (count > 1 ? formatMessage(m['due.session'], { number: index + 1 }) : ''),
			details: (deadline) => [
				...(deadline.kind === 'recurring' ? [recurringText(deadline, m)] : []),
				...deadline.warnings.map((warning) => `${m['calculator.warnings']}:${warningText(warning, m, holidayNames)}`),
			],
		});
		const file = downloadFileName([m['calculator.file-stem'], meetingName, ok.sessions[0]!.start.slice(0, 10)], 'ics');
		downloadText(file, ics, 'text/calendar');
		setManualCopy(undefined);
		setNotice(formatMessage(m['calculator.ics-done'], { file }));
	}

	return (
		<div class="deadline-calculator not-content" data-pagefind-ignore>
			<form class="dc-form" aria-label={m['calculator.label']} onSubmit={(event) => event.preventDefault()}>
				<label class="dc-field dc-name">
					<span>{m['calculator.name']}</span>
					<input
						type="text"
						name="name"
						value={query.name}
						maxLength={100}
						autoComplete="off"
						onInput={(event) => update({ name: event.currentTarget.value })}
					/>
				</label>
				<div class="dc-times">
					<SessionTimes m={m} session={query} required onChange={update} />
				</div>
				{query.more.map((session, index) => (
					<div class="dc-times dc-session" data-session={index + 2} key={index}>
						<span class="dc-session-label">{formatMessage(m['due.session'], { number: index + 2 })}</span>
						<SessionTimes m={m} session={session} suffix={`-${index + 2}`} onChange={(times) => setSession(index, times)} />
						<button type="button" class="dc-remove-session" onClick={() => update({ more: query.more.filter((_, at) => at !== index) })}>
							{formatMessage(m['calculator.remove-session'], { number: index + 2 })}
						</button>
					</div>
				))}
				<p class="dc-session-actions">
					<button type="button" class="dc-add-session" onClick={() => update({ more: [...query.more, { start: '', end: '' }] })}>
						{m['calculator.add-session']}
					</button>{' '}
					<span class="dc-session-hint">{m['calculator.sessions-hint']}</span>
				</p>
				<fieldset class="dc-standards">
					<legend>{m['calculator.standards']}</legend>
					{standards.map((standard) => (
						<label key={standard.id}>
							<input
								type="checkbox"
								name="standard"
								value={standard.id}
								checked={!query.off.includes(standard.id)}
								onChange={(event) => toggleStandard(standard.id, event.currentTarget.checked)}
							/>{' '}
							{standard.title}
						</label>
					))}
				</fieldset>
			</form>

			{ok && (
				<div class="print-only dc-print-summary">
					<p>{formatMessage(m['calculator.text-title'], { name: meetingName || m['calculator.default-name'] })}</p>
					{ok.sessions.map((session, index) => (
						<p key={index}>{sessionTimeText(session, index, ok.sessions.length, m)}</p>
					))}
					{standardsOff.length > 0 && <p>{formatMessage(m['calculator.standards-off'], { standards: standardsOff.join('、') })}</p>}
				</div>
			)}

			{result.state === 'empty' && <p class="dc-prompt">{m['calculator.prompt']}</p>}
			{result.state === 'no-standard' && (
				<div class="starlight-aside starlight-aside--danger dc-error" role="alert" data-error="no-standard">
					<p>{m['calculator.no-standard']}</p>
				</div>
			)}
			{result.state === 'error' && (
				<div class="starlight-aside starlight-aside--danger dc-error" role="alert" data-error={result.code}>
					<p>{result.message}</p>
				</div>
			)}
			{provisional && (
				<div class="starlight-aside starlight-aside--caution dc-provisional" data-provisional>
					<p class="starlight-aside__title">{m['calculator.provisional-title']}</p>
					<p>{m.provisional}</p>
				</div>
			)}
			{localYearsUsed.length > 0 && (
				<div class="starlight-aside starlight-aside--note dc-local" data-local-used={localYearsUsed.join(',')}>
					<p>{formatMessage(m['local.used'], { years: localYearsUsed.join('、') })}</p>
				</div>
			)}
			{warnings.length > 0 && (
				<div class="starlight-aside starlight-aside--caution dc-warnings" data-warnings>
					<p class="starlight-aside__title">{m['calculator.warnings']}</p>
					<ul>
						{warnings.map(({ rule, session, warning }) => (
							<li key={`${rule}-${session ?? ''}-${warning.code}`} data-rule={rule} data-warning={warning.code}>
								{formatMessage(m['calculator.warning-item'], {
									label:
										sessionCount > 1 && session !== undefined
											? `${ruleTexts[rule]?.label ?? rule}(${formatMessage(m['due.session'], { number: session + 1 })})`
											: (ruleTexts[rule]?.label ?? rule),
									warning: warningText(warning, m, holidayNames),
								})}
							</li>
						))}
					</ul>
				</div>
			)}

			<div class="dc-actions" role="group" aria-label={m['calculator.actions']}>
				<button type="button" disabled={!ok} onClick={copyText}>
					{m['calculator.copy']}
				</button>
				<button type="button" disabled={!ok} onClick={() => window.print()}>
					{m['calculator.print']}
				</button>
				<button type="button" disabled={!ok} onClick={downloadIcs}>
					{m['calculator.ics']}
				</button>
			</div>
			<p class="dc-notice" role="status">
				{notice}
			</p>
			{manualCopy !== undefined && (
				<label class="dc-field dc-manual-copy">
					<span>{m['calculator.copy-text']}</span>
					<textarea ref={manualCopyRef} readOnly rows={10} value={manualCopy} />
				</label>
			)}

			<h2 class="dc-heading" id="deadline-timeline">
				{m['calculator.timeline']}
			</h2>
			<ol class="dc-timeline" aria-labelledby="deadline-timeline" data-dated={ok ? '' : undefined}>
				{timeline.map((entry) =>
					entry.kind === 'deadline' ? (
						<DeadlineEntry
							key={`${entry.deadline.rule}-${entry.deadline.session ?? ''}`}
							deadline={entry.deadline}
							dated={Boolean(ok)}
							label={labelOf(entry.deadline)}
							text={ruleTexts[entry.deadline.rule]!}
							timing={timing(entry.deadline.rule)}
							m={m}
							holidayNames={holidayNames}
							simplified={simplified}
						/>
					) : (
						<li key={`${entry.kind}-${entry.session}`} class="dc-marker" data-marker={entry.kind} data-session={entry.session + 1}>
							{ok && <time dateTime={entry.at}>{formatWhen(entry.at, m)}</time>}{' '}
							<strong>
								{m[entry.kind === 'meeting-start' ? 'calculator.meeting-start' : 'calculator.meeting-end']}
								{sessionCount > 1 && `(${formatMessage(m['due.session'], { number: entry.session + 1 })})`}
							</strong>
						</li>
					),
				)}
			</ol>
		</div>
	);
}

interface DeadlineEntryProps {
	deadline: Deadline;
	/** false while no meeting is entered: the rule is listed without dates */
	dated: boolean;
	/** the rule's label, with its session when the meeting has several */
	label: string;
	text: RuleText;
	timing: string;
	m: DeadlinesMessages;
	holidayNames: Record<string, string>;
	simplified: boolean;
}

function DeadlineEntry({ deadline, dated, label, text, timing, m, holidayNames, simplified }: DeadlineEntryProps) {
	const when = dated ? deadlineWhen(deadline, m) : undefined;
	const first = deadline.kind === 'window' ? deadline.from : deadline.kind === 'point' ? deadline.due : deadline.times[0];
	return (
		<li
			class="dc-entry"
			data-rule={deadline.rule}
			data-phase={deadline.phase}
			data-due={dated && deadline.kind !== 'recurring' ? deadline.due : undefined}
			data-from={dated && deadline.kind === 'window' ? deadline.from : undefined}
			data-provisional={dated && deadline.provisional ? '' : undefined}
			data-session={deadline.session === undefined ? undefined : deadline.session + 1}
		>
			<p class="dc-when">
				{when && first && <time dateTime={first}>{when}</time>} <span class="dc-timing">{timing}</span>
			</p>
			<p class="dc-label">
				{label}
				{dated && deadline.provisional && <span class="dc-tag"> {m['due.provisional']}</span>}
			</p>
			{dated && deadline.kind === 'recurring' && <p class="dc-times-list">{recurringText(deadline, m)}</p>}
			{dated && deadline.warnings.length > 0 && (
				<ul class="dc-entry-warnings">
					{deadline.warnings.map((warning) => (
						<li key={warning.code} data-warning={warning.code}>
							{warningText(warning, m, holidayNames)}
						</li>
					))}
				</ul>
			)}
			<blockquote class="dc-quote" data-pagefind-ignore>
				{text.quote}
			</blockquote>
			<p class="dc-source">
				{m['calculator.source']}
				<a href={clausePath(deadline.source.standard, deadline.source.anchor, simplified)}>{text.standardTitle}</a>
			</p>
			{deadline.seeAlso.map((ref, index) => (
				<div class="dc-see-also" key={`${ref.standard}-${ref.anchor}`}>
					<blockquote class="dc-quote" data-pagefind-ignore>
						{text.seeAlso[index]?.quote ?? ref.quote}
					</blockquote>
					<p class="dc-source">
						{m['calculator.see-also']}
						<a href={clausePath(ref.standard, ref.anchor, simplified)}>{text.seeAlso[index]?.standardTitle ?? ref.standard}</a>
					</p>
				</div>
			))}
		</li>
	);
}

/** Writes to the clipboard: the async API where the page is a secure context, else the older copy command. */
async function writeClipboard(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// denied: try the older way below
	}
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
	}
}

/** A session's start and end fields; the first session's are required, later ones' names carry their number. */
function SessionTimes(props: {
	m: DeadlinesMessages;
	session: { start: string; end: string };
	suffix?: string;
	required?: boolean;
	onChange: (times: { start?: string; end?: string }) => void;
}) {
	const { m, session, suffix = '', required, onChange } = props;
	return (
		<>
			<label class="dc-field">
				<span>{m['calculator.start']}</span>
				<input
					type="datetime-local"
					name={`start${suffix}`}
					value={session.start}
					required={required}
					onInput={(event) => onChange({ start: event.currentTarget.value })}
				/>
			</label>
			<label class="dc-field">
				<span>{m['calculator.end']}</span>
				<input
					type="datetime-local"
					name={`end${suffix}`}
					value={session.end}
					min={session.start || undefined}
					required={required}
					onInput={(event) => onChange({ end: event.currentTarget.value })}
				/>
			</label>
		</>
	);
}
