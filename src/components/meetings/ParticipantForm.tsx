import { useState } from 'preact/hooks';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { genders, participantCategories, type ParticipantInput } from '~/schemas/participant';

interface Props {
	messages: ParticipantsMessages;
	title: string;
	initial: ParticipantInput;
	onSave(input: ParticipantInput): void;
	onCancel(): void;
}

const TEXT_FIELDS = [
	['name', 100],
	['unit', 200],
	['title', 200],
	['ethnicity', 40],
	['phone', 60],
	['room', 100],
	['table', 40],
	['diet', 200],
	['car', 40],
	['note', 500],
] as const;

/** One person's details (新增 or 編輯); attendance is set in the list itself. */
export default function ParticipantForm({ messages, title, initial, onSave, onCancel }: Props) {
	const [input, setInput] = useState<ParticipantInput>(initial);
	const [problem, setProblem] = useState(false);
	const set = <K extends keyof ParticipantInput>(key: K, value: ParticipantInput[K]) => setInput({ ...input, [key]: value });

	return (
		<form
			class="participant-form meeting-form"
			data-participant-form
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const name = input.name.trim();
				setProblem(name === '');
				if (name !== '') onSave({ ...input, name });
			}}
		>
			<h4 class="participant-form-title">{title}</h4>
			{TEXT_FIELDS.map(([field, max]) => (
				<label key={field} class={field === 'note' ? 'meeting-form-notes' : undefined}>
					{messages[`field.${field}`]}
					<input
						type={field === 'phone' ? 'tel' : 'text'}
						name={field}
						value={input[field]}
						maxLength={max}
						required={field === 'name'}
						onInput={(event) => set(field, event.currentTarget.value)}
					/>
				</label>
			))}
			<label>
				{messages['field.category']}
				<select
					name="category"
					value={input.category}
					onChange={(event) => set('category', event.currentTarget.value as ParticipantInput['category'])}
				>
					{participantCategories.map((category) => (
						<option value={category} key={category}>
							{messages[`category.${category}`]}
						</option>
					))}
				</select>
			</label>
			<label>
				{messages['field.gender']}
				<select
					name="gender"
					value={input.gender}
					onChange={(event) => set('gender', event.currentTarget.value as ParticipantInput['gender'])}
				>
					{genders.map((gender) => (
						<option value={gender} key={gender}>
							{messages[`gender.${gender}`]}
						</option>
					))}
				</select>
			</label>
			<label class="participant-form-check">
				<input type="checkbox" name="rostrum" checked={input.rostrum} onChange={(event) => set('rostrum', event.currentTarget.checked)} />
				{messages['field.rostrum']}
			</label>
			{problem && (
				<p class="form-problem huiwu-notice huiwu-notice-error" role="alert">
					{messages['name-required']}
				</p>
			)}
			<p class="participant-form-actions">
				<button type="submit">{messages.save}</button>{' '}
				<button type="button" onClick={onCancel}>
					{messages.cancel}
				</button>
			</p>
		</form>
	);
}
