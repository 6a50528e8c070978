import { useRef, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import type { AddMode } from '~/stores/participants';
import type { ParticipantInput } from '~/schemas/participant';
import type { SpreadsheetError } from './readSpreadsheet';
import { useOnDemand } from '../site/useOnDemand';

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
	| { stage: 'preview'; rows: string[][]; read: number }
	| { stage: 'done'; count: number };

/**
 * Paste from a spreadsheet or pick an .xlsx file; the preview shows how each
 * column was understood (and lets the person correct it) before anything is saved.
 */
export default function ParticipantImport({ messages, existing, onImport }: Props) {
	const [text, setText] = useState('');
	const [state, setState] = useState<Stage>({ stage: 'idle' });
	// The table reader and the preview load when an import starts, never with the page.
	const [previewModule, loadPreview] = useOnDemand(() => import('./ParticipantImportPreview'));
	const m = (key: keyof ParticipantsMessages, params?: Record<string, string | number>) => formatMessage(messages[key], params);

	// Each reading starts a fresh preview (its column choices are its own).
	const reads = useRef(0);
	const preview = (rows: string[][]) => setState({ stage: 'preview', rows, read: ++reads.current });

	const readPasted = async () => {
		try {
			preview((await loadPreview()).splitPastedRows(text));
		} catch {
			setState({ stage: 'error', code: 'unreadable' });
		}
	};

	const readFile = async (file: File) => {
		setState({ stage: 'reading' });
		try {
			const [{ readSpreadsheetRows }] = await Promise.all([import('./readSpreadsheet'), loadPreview()]);
			const result = await readSpreadsheetRows(file);
			if (result.ok) preview(result.rows);
			else setState({ stage: 'error', code: result.code });
		} catch {
			setState({ stage: 'error', code: 'unreadable' });
		}
	};

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
				<button type="button" disabled={text.trim() === ''} onClick={() => void readPasted()}>
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
			{state.stage === 'preview' && previewModule && (
				<previewModule.default
					key={state.read}
					rows={state.rows}
					messages={messages}
					existing={existing}
					onImport={(people, mode) => {
						onImport(people, mode);
						setText('');
						setState({ stage: 'done', count: people.length });
					}}
					onCancel={() => setState({ stage: 'idle' })}
				/>
			)}
		</div>
	);
}
