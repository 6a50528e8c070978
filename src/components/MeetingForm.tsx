import { useState } from 'preact/hooks';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import { MAX_EXPECTED, type MeetingInput } from '~/schemas/meeting';

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
export function meetingInputProblem(input: MeetingInput): keyof MeetingsMessages | null {
	if (!input.name.trim()) return 'name-required';
	if (input.start && input.end && input.end < input.start) return 'end-before-start';
	if (!Number.isInteger(input.expected) || input.expected < 0 || input.expected > MAX_EXPECTED) return 'expected-range';
	return null;
}

/** Create or edit a meeting: name, flow, start and end, place, expected count, notes. */
export default function MeetingForm({ flows, messages, initial, submitLabel, onSubmit }: Props) {
	const [input, setInput] = useState<MeetingInput>(initial);
	const [problem, setProblem] = useState<keyof MeetingsMessages | null>(null);
	const field = <K extends keyof MeetingInput>(key: K, value: MeetingInput[K]) => setInput({ ...input, [key]: value });
	const groups = [...new Set(flows.map((flow) => flow.group))];

	return (
		<form
			class="meeting-form"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const found = meetingInputProblem(input);
				setProblem(found);
				if (!found) onSubmit({ ...input, name: input.name.trim() });
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
			<label>
				{messages.start}
				<input type="datetime-local" name="start" value={input.start} onInput={(e) => field('start', e.currentTarget.value)} />
			</label>
			<label>
				{messages.end}
				<input type="datetime-local" name="end" value={input.end} onInput={(e) => field('end', e.currentTarget.value)} />
			</label>
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
				{messages.sessions}
				<input
					type="text"
					name="sessions"
					value={input.sessions ?? ''}
					maxLength={1000}
					aria-describedby="sessions-hint"
					onInput={(e) => field('sessions', e.currentTarget.value)}
				/>
				<small id="sessions-hint">{messages['sessions-hint']}</small>
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
