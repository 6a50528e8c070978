import { useMemo, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { type ParticipantField, participantFields, participantsFromTable, readParticipantTable } from '~/lib/participantTable';
import type { ParticipantInput } from '~/schemas/participant';
import type { AddMode } from '~/stores/participants';

// Loaded with the import (ParticipantImport.tsx), never with the page: reading a table is only needed then.
export { splitPastedRows } from '~/lib/participantTable';

const PREVIEW_ROWS = 8;

interface Props {
	rows: string[][];
	messages: ParticipantsMessages;
	/** How many people the list has now (the preview offers to replace them). */
	existing: number;
	onImport(people: ParticipantInput[], mode: AddMode): void;
	onCancel(): void;
}

/** How each column of the rows was understood (correctable), and who would be saved, before anything is saved. */
export default function ParticipantImportPreview({ rows, messages, existing, onImport, onCancel }: Props) {
	const table = useMemo(() => readParticipantTable(rows), [rows]);
	const [fields, setFields] = useState<(ParticipantField | null)[]>(() => table.columns.map((column) => column.field));
	const [mode, setMode] = useState<AddMode>('append');
	const m = (key: keyof ParticipantsMessages, params?: Record<string, string | number>) => formatMessage(messages[key], params);
	const result = participantsFromTable(table, fields);
	return (
		<div class="participant-preview huiwu-notice" data-import-preview role="region" aria-label={messages['preview-title']}>
			<p>
				<strong>{messages['preview-title']}</strong>
			</p>
			<p>{table.headerLine === null ? messages['preview-no-header'] : m('preview-header', { line: table.headerLine })}</p>
			<ul class="participant-preview-columns">
				{table.columns.map((column, index) => (
					<li key={index} data-preview-column={index} data-field={fields[index] ?? ''}>
						<label>
							{m('preview-column', { n: index + 1 })}
							{column.header !== null && column.header !== '' && `「${column.header}」`}{' '}
							<select
								value={fields[index] ?? ''}
								onChange={(event) => {
									const value = event.currentTarget.value as ParticipantField | '';
									// One column per field: choosing a field elsewhere takes it from its old column.
									setFields(fields.map((field, i) => (i === index ? value || null : field === value ? null : field)));
								}}
							>
								<option value="">{messages['preview-ignore']}</option>
								{participantFields.map((field) => (
									<option value={field} key={field}>
										{messages[`field.${field}`]}
									</option>
								))}
							</select>
						</label>{' '}
						{column.samples.length > 0 && <small>{m('preview-samples', { samples: column.samples.join('、') })}</small>}
					</li>
				))}
			</ul>
			{result.issues.length > 0 && (
				<ul class="participant-preview-issues" data-import-issues>
					{result.issues.map((issue, index) => (
						<li key={index} data-issue={issue.code}>
							{m(`issue.${issue.code}`, issue.params)}
						</li>
					))}
				</ul>
			)}
			{result.people.length === 0 ? (
				<p>{messages['preview-none']}</p>
			) : (
				<>
					<p>{m('preview-people', { count: result.people.length })}</p>
					<table class="participant-preview-people" data-preview-people>
						<thead>
							<tr>
								<th scope="col">{messages['col.order']}</th>
								<th scope="col">{messages['col.name']}</th>
								<th scope="col">{messages['col.unit']}</th>
								<th scope="col">{messages['col.title']}</th>
								<th scope="col">{messages['col.category']}</th>
							</tr>
						</thead>
						<tbody>
							{result.people.slice(0, PREVIEW_ROWS).map((person, index) => (
								<tr key={index} data-preview-person={index + 1}>
									<td>{index + 1}</td>
									<td>{person.name}</td>
									<td>{person.unit}</td>
									<td>{person.title}</td>
									<td>{messages[`category.${person.category}`]}</td>
								</tr>
							))}
						</tbody>
					</table>
					{result.people.length > PREVIEW_ROWS && <p>{m('preview-more', { count: result.people.length - PREVIEW_ROWS })}</p>}
				</>
			)}
			{existing > 0 && result.people.length > 0 && (
				<p class="participant-preview-mode">
					{(['append', 'replace'] as const).map((choice) => (
						<label key={choice}>
							<input type="radio" name="participant-import-mode" checked={mode === choice} onChange={() => setMode(choice)} />
							{m(`preview-${choice}`, { count: existing })}
						</label>
					))}
				</p>
			)}
			<p>
				<button
					type="button"
					class="participant-primary"
					disabled={result.people.length === 0}
					onClick={() => {
						onImport(result.people, mode);
					}}
				>
					{messages['preview-save']}
				</button>{' '}
				<button type="button" onClick={onCancel}>
					{messages['preview-cancel']}
				</button>
			</p>
		</div>
	);
}
