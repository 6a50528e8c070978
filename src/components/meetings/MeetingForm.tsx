import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import type { Session } from '~/lib/deadlines';
import { meetingInputProblem } from '~/lib/meetingInput';
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

/** The sittings as the form shows them: the meeting's sessions, or its one start and end. */
const rowsOf = (input: MeetingInput): Session[] =>
	input.sessions && input.sessions.length > 1
		? input.sessions.map((session) => ({ ...session }))
		: [{ start: input.start, end: input.end }];

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
	// What the form started from: typing is "unsaved" while the form differs from it.
	const [base, setBase] = useState<MeetingInput>(initial);
	const [changedElsewhere, setChangedElsewhere] = useState(false);
	const [problem, setProblem] = useState<keyof MeetingsMessages | null>(null);
	const adopt = useCallback((record: MeetingInput) => {
		setInput(record);
		setRows(rowsOf(record));
		setBase(record);
		setChangedElsewhere(false);
	}, []);
	const initialText = sameText(initial);
	const handledText = useRef(initialText);
	useEffect(() => {
		// The record changed (another tab saved it, or this form did): adopt it unless
		// that would throw away typing; then keep the typing and say so.
		if (handledText.current === initialText) return;
		handledText.current = initialText;
		if (initialText === sameText(base)) return;
		const typed = sameText(withRows(input, rows));
		if (typed === sameText(withRows(base, rowsOf(base))) || typed === initialText) adopt(initial);
		else setChangedElsewhere(true);
	}, [initialText, initial, base, input, rows, adopt]);
	const setRow = (index: number, change: Partial<Session>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
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
				if (found) return;
				const submitted = { ...complete, name: input.name.trim() };
				adopt(submitted);
				onSubmit(submitted);
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
						{rows.length > 1 && (
							<span class="meeting-form-session-label">{formatMessage(messages['session-label'], { number: index + 1 })}</span>
						)}
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
			{changedElsewhere && (
				<p class="changed-elsewhere huiwu-notice" role="status" data-changed-elsewhere>
					{messages['changed-elsewhere']}{' '}
					<button type="button" onClick={() => adopt(initial)}>
						{messages['load-latest']}
					</button>
				</p>
			)}
			{problem && (
				<p class="form-problem huiwu-notice huiwu-notice-error" role="alert">
					{messages[problem]}
				</p>
			)}
			<button type="submit">{submitLabel}</button>
		</form>
	);
}

/** The same record as text, whatever the order of its fields and whether `sessions` is absent or undefined. */
function sameText(input: MeetingInput): string {
	const { name, flowId, start, end, sessions, place, notes, expected } = input;
	return JSON.stringify([name, flowId, start, end, sessions && sessions.length > 1 ? sessions : null, place, notes, expected]);
}
