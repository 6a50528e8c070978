import { useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import { DeadlineInputError, meetingSessions, type Session } from '~/lib/deadlines';
import { MAX_EXPECTED, MAX_SESSIONS, type MeetingInput } from '~/schemas/meeting';

export interface FlowChoice {
	id: string;
	title: string;
	group: string;
}

interface Props {
	flows: FlowChoice[];
	messages: MeetingsMessages;
	initial: MeetingInput;
	submitLabel: string;
	onSubmit(input: MeetingInput): void;
}

/** Checks what a person typed; returns the message key of the first problem. */
function meetingInputProblem(input: MeetingInput): keyof MeetingsMessages | null {
	if (!input.name.trim()) return 'name-required';
	if (input.sessions && input.sessions.length > 1) {
		if (input.sessions.some((session) => !session.start || !session.end)) return 'session-incomplete';
		try {
			meetingSessions({ sessions: input.sessions });
		} catch (error) {
			if (!(error instanceof DeadlineInputError)) throw error;
			if (error.code === 'sessions-overlap' || error.code === 'meeting-too-long') return error.code;
			return 'end-before-start';
		}
	} else if (input.start && input.end && input.end < input.start) return 'end-before-start';
	if (!Number.isInteger(input.expected) || input.expected < 0 || input.expected > MAX_EXPECTED) return 'expected-range';
	return null;
}

/** The sittings as the form shows them: the meeting's sessions, or its one start and end. */
const rowsOf = (input: MeetingInput): Session[] =>
	input.sessions && input.sessions.length > 1 ? input.sessions.map((session) => ({ ...session })) : [{ start: input.start, end: input.end }];

/** The input to save from the rows: one row is a plain start and end; several are sessions in time order. */
function withRows(input: MeetingInput, rows: Session[]): MeetingInput {
	if (rows.length <= 1) return { ...input, start: rows[0]?.start ?? '', end: rows[0]?.end ?? '', sessions: undefined };
	const sorted = [...rows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
	return { ...input, start: sorted[0]!.start, end: sorted.at(-1)!.end, sessions: sorted };
}

/** Create or edit a meeting: name, flow, start and end, place, expected count, notes. */
export default function MeetingForm({ flows, messages, initial, submitLabel, onSubmit }: Props) {
	const [input, setInput] = useState<MeetingInput>(initial);
	const [rows, setRows] = useState<Session[]>(() => rowsOf(initial));
	const [problem, setProblem] = useState<keyof MeetingsMessages | null>(null);
	const setRow = (index: number, change: Partial<Session>) =>
		setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
	const field = <K extends keyof MeetingInput>(key: K, value: MeetingInput[K]) => setInput({ ...input, [key]: value });
	const groups = [...new Set(flows.map((flow) => flow.group))];

	return (
		<form
			class="meeting-form"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const complete = withRows(input, rows);
				const found = meetingInputProblem(complete);
				setProblem(found);
				if (!found) onSubmit({ ...complete, name: input.name.trim() });
			}}
		>
			<label>
				{messages.name}
				<input type="text" name="name" value={input.name} maxLength={200} required onInput={(e) => field('name', e.currentTarget.value)} />
			</label>
			<label>
				{messages.flow}
				<select name="flow" value={input.flowId} onChange={(e) => field('flowId', e.currentTarget.value)}>
					{groups.map((group) => (
						<optgroup label={group} key={group}>
							{flows
								.filter((flow) => flow.group === group)
								.map((flow) => (
									<option value={flow.id} key={flow.id}>
										{flow.title}
									</option>
								))}
						</optgroup>
					))}
				</select>
			</label>
			<fieldset class="meeting-form-sessions" data-sessions={rows.length}>
				<legend>{messages['sessions-hint']}</legend>
				{rows.map((row, index) => (
					<div class="meeting-form-session" data-session={index + 1} key={index}>
						{rows.length > 1 && <span class="meeting-form-session-label">{formatMessage(messages['session-label'], { number: index + 1 })}</span>}
						<label>
							{messages.start}
							<input
								type="datetime-local"
								name={index === 0 ? 'start' : `start-${index + 1}`}
								value={row.start}
								onInput={(e) => setRow(index, { start: e.currentTarget.value })}
							/>
						</label>
						<label>
							{messages.end}
							<input
								type="datetime-local"
								name={index === 0 ? 'end' : `end-${index + 1}`}
								value={row.end}
								min={row.start || undefined}
								onInput={(e) => setRow(index, { end: e.currentTarget.value })}
							/>
						</label>
						{rows.length > 1 && (
							<button type="button" class="meeting-form-remove-session" onClick={() => setRows(rows.filter((_, at) => at !== index))}>
								{formatMessage(messages['remove-session'], { number: index + 1 })}
							</button>
						)}
					</div>
				))}
				{rows.length < MAX_SESSIONS && (
					<button type="button" class="meeting-form-add-session" onClick={() => setRows([...rows, { start: '', end: '' }])}>
						{messages['add-session']}
					</button>
				)}
			</fieldset>
			<label>
				{messages.place}
				<input type="text" name="place" value={input.place} maxLength={200} onInput={(e) => field('place', e.currentTarget.value)} />
			</label>
			<label>
				{messages.expected}
				<input
					type="number"
					name="expected"
					min={0}
					max={MAX_EXPECTED}
					value={input.expected || ''}
					aria-describedby="expected-hint"
					onInput={(e) => field('expected', e.currentTarget.value === '' ? 0 : Number(e.currentTarget.value))}
				/>
				<small id="expected-hint">{messages['expected-hint']}</small>
			</label>
			<label class="meeting-form-notes">
				{messages.notes}
				<textarea name="notes" rows={3} maxLength={5000} value={input.notes} onInput={(e) => field('notes', e.currentTarget.value)} />
			</label>
			{problem && (
				<p class="form-problem huiwu-notice huiwu-notice-error" role="alert">
					{messages[problem]}
				</p>
			)}
			<button type="submit">{submitLabel}</button>
		</form>
	);
}
