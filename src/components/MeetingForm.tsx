import { useEffect, useState } from 'preact/hooks';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import { meetingInputProblem } from '~/lib/meetingInput';
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

/** Create or edit a meeting: name, flow, start and end, place, expected count, notes. */
export default function MeetingForm({ flows, messages, initial, submitLabel, onSubmit }: Props) {
	const [input, setInput] = useState<MeetingInput>(initial);
	// What the form started from: typing is "unsaved" while `input` differs from it.
	const [base, setBase] = useState<MeetingInput>(initial);
	const [changedElsewhere, setChangedElsewhere] = useState(false);
	const [problem, setProblem] = useState<keyof MeetingsMessages | null>(null);
	const initialText = JSON.stringify(initial);
	useEffect(() => {
		// The record changed (another tab saved it, or this form did): adopt it unless
		// that would throw away typing; then keep the typing and say so.
		if (initialText === JSON.stringify(base)) return;
		if (JSON.stringify(input) === JSON.stringify(base) || JSON.stringify(input) === initialText) {
			setInput(initial);
			setBase(initial);
			setChangedElsewhere(false);
		} else {
			setChangedElsewhere(true);
		}
	}, [initialText]);
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
				if (found) return;
				const submitted = { ...input, name: input.name.trim() };
				setInput(submitted);
				setBase(submitted);
				setChangedElsewhere(false);
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
				{messages.notes}
				<textarea name="notes" rows={3} maxLength={5000} value={input.notes} onInput={(e) => field('notes', e.currentTarget.value)} />
			</label>
			{changedElsewhere && (
				<p class="changed-elsewhere huiwu-notice" role="status" data-changed-elsewhere>
					{messages['changed-elsewhere']}{' '}
					<button
						type="button"
						onClick={() => {
							setInput(initial);
							setBase(initial);
							setChangedElsewhere(false);
						}}
					>
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
