import { useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import {
	type ParticipantField,
	participantFields,
	type ParticipantTable,
	participantsFromTable,
	readParticipantTable,
	splitPastedRows,
} from '~/lib/participantTable';
import type { AddMode } from '~/stores/participants';
import type { ParticipantInput } from '~/schemas/participant';
import { readSpreadsheetRows, type SpreadsheetError } from './readSpreadsheet';

interface Props {
	messages: ParticipantsMessages;
	/** How many people the list has now (the preview offers to replace them). */
	existing: number;
	onImport(people: ParticipantInput[], mode: AddMode): void;
}

type Stage =
	| { stage: 'idle' }
	| { stage: 'reading' }
	| { stage: 'error'; code: SpreadsheetError }
	| { stage: 'preview'; table: ParticipantTable; fields: (ParticipantField | null)[] }
	| { stage: 'done'; count: number };

const PREVIEW_ROWS = 8;

/**
 * Paste from a spreadsheet or pick an .xlsx file; the preview shows how each
 * column was understood (and lets the person correct it) before anything is saved.
 */
export default function ParticipantImport({ messages, existing, onImport }: Props) {
	const [text, setText] = useState('');
	const [state, setState] = useState<Stage>({ stage: 'idle' });
	const [mode, setMode] = useState<AddMode>('append');
	const m = (key: keyof ParticipantsMessages, params?: Record<string, string | number>) => formatMessage(messages[key], params);

	const preview = (rows: string[][]) => {
		const table = readParticipantTable(rows);
		setState({ stage: 'preview', table, fields: table.columns.map((column) => column.field) });
		setMode('append');
	};

	const readFile = async (file: File) => {
		setState({ stage: 'reading' });
		const result = await readSpreadsheetRows(file);
		if (result.ok) preview(result.rows);
		else setState({ stage: 'error', code: result.code });
	};

	const result = state.stage === 'preview' ? participantsFromTable(state.table, state.fields) : null;

	return (
		<div class="participant-import" data-participant-import>
			<h4>{messages['import-title']}</h4>
			<label class="participant-paste">
				{messages['paste-label']}
				<textarea rows={5} value={text} onInput={(event) => setText(event.currentTarget.value)} aria-describedby="participant-paste-hint" />
			</label>
			<p id="participant-paste-hint" class="hint">
				{messages['paste-hint']}
			</p>
			<p class="participant-import-actions">
				<button type="button" disabled={text.trim() === ''} onClick={() => preview(splitPastedRows(text))}>
					{messages['paste-read']}
				</button>
				<label class="participant-file">
					{messages['file-label']}{' '}
					<input
						type="file"
						accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.xls"
						onChange={(event) => {
							const file = event.currentTarget.files?.[0];
							event.currentTarget.value = '';
							if (file) void readFile(file);
						}}
					/>
				</label>
			</p>
			{state.stage === 'reading' && <p role="status">{messages['file-reading']}</p>}
			{state.stage === 'error' && (
				<p class="huiwu-notice huiwu-notice-error" role="alert" data-import-error={state.code}>
					{messages[`file-error.${state.code}`]}
				</p>
			)}
			{state.stage === 'done' && (
				<p class="huiwu-notice" role="status">
					{m('imported', { count: state.count })}
				</p>
			)}
			{state.stage === 'preview' && result && (
				<div class="participant-preview huiwu-notice" data-import-preview role="region" aria-label={messages['preview-title']}>
					<p>
						<strong>{messages['preview-title']}</strong>
					</p>
					<p>{state.table.headerLine === null ? messages['preview-no-header'] : m('preview-header', { line: state.table.headerLine })}</p>
					<ul class="participant-preview-columns">
						{state.table.columns.map((column, index) => (
							<li key={index} data-preview-column={index} data-field={state.fields[index] ?? ''}>
								<label>
									{m('preview-column', { n: index + 1 })}
									{column.header !== null && column.header !== '' && `「${column.header}」`}{' '}
									<select
										value={state.fields[index] ?? ''}
										onChange={(event) => {
											const value = event.currentTarget.value as ParticipantField | '';
											// One column per field: choosing a field elsewhere takes it from its old column.
											const fields = state.fields.map((field, i) => (i === index ? value || null : field === value ? null : field));
											setState({ ...state, fields });
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
								setText('');
								setState({ stage: 'done', count: result.people.length });
							}}
						>
							{messages['preview-save']}
						</button>{' '}
						<button type="button" onClick={() => setState({ stage: 'idle' })}>
							{messages['preview-cancel']}
						</button>
					</p>
				</div>
			)}
		</div>
	);
}
