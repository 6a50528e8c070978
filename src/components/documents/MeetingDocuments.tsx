import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { DocumentsMessages } from '~/i18n/messages/documents';
import { DOCUMENT_KINDS, type DocumentKind } from '~/lib/documents/model';
import { downloadFileName } from '~/lib/fileName';
import type { Meeting } from '~/schemas/meeting';
import type { MeetingDocuments as TypedDocuments } from '~/schemas/documents';
import { $documents, documentsOf, documentsStore, liveEntries } from '~/stores/documents';
import { $participants, participantsOf } from '~/stores/participants';
import { type DatedKind, DATED_KINDS, issuedOnKey, typedIssueDate } from '~/lib/documents/drafts';
import { downloadBlob } from '../site/download';
import DocumentSheet from './DocumentSheet';
import { OFFICIAL_FONT_LIST } from './officialFonts';
import { DISTRIBUTION_CHOICE, type DistributionList, issuedToday, resolvedDocument } from './draftInput';

export interface MeetingDocumentsProps {
	meeting: Meeting;
	messages: DocumentsMessages;
	distributions: DistributionList[];
	/** Prints one document: the meeting page shows its sheet and opens the print dialog. */
	onPrint: (kind: DocumentKind) => void;
}

/** The 會議文書 section of a meeting's page: each document drafted, editable, exported as .docx and printed on A4. */
export default function MeetingDocuments({ meeting, messages, distributions, onPrint }: MeetingDocumentsProps) {
	const state = useStore($documents);
	const documents = documentsOf(state, meeting.id);
	// The meeting's people fill the names (出席、請假、列席、被通知人…); the meeting page already holds this store.
	const people = participantsOf(useStore($participants), meeting.id);
	const [busy, setBusy] = useState<DocumentKind | null>(null);
	const [failed, setFailed] = useState(false);
	const set = (key: string, value: string) => documentsStore.setField(meeting.id, key, value);

	const exportDocx = async (kind: DocumentKind) => {
		setBusy(kind);
		setFailed(false);
		try {
			// The writer and the docx package load only now, never with the page.
			const { docxBlob } = await import('./docxWriter');
			const document = resolvedDocument(kind, meeting, documents, people, distributions, messages);
			downloadBlob(downloadFileName([meeting.name, messages[`kind.${kind}`]], 'docx'), await docxBlob(document, messages.blank));
		} catch {
			setFailed(true);
		} finally {
			setBusy(null);
		}
	};

	return (
		// Its title is the summary of the fold it opens in (MeetingView's documents section).
		<section class="meeting-documents" data-meeting-documents>
			<p>{messages['section-intro']}</p>
			<p class="documents-fonts-note" data-fonts-note>
				{formatMessage(messages['fonts-note'], { fonts: OFFICIAL_FONT_LIST })}
			</p>
			<p>
				<label>
					{messages['field.issuer']}:{' '}
					<input
						type="text"
						data-field="issuer"
						value={documents.fields.issuer?.value ?? ''}
						maxLength={200}
						onChange={(e) => set('issuer', e.currentTarget.value)}
					/>
				</label>
			</p>
			{busy && <p role="status">{messages.exporting}</p>}
			{failed && (
				<p role="alert" class="huiwu-notice huiwu-notice-error">
					{messages['export-failed']}
				</p>
			)}
			{DOCUMENT_KINDS.map((kind) => {
				const document = resolvedDocument(kind, meeting, documents, people, distributions, messages);
				return (
					<details key={kind} class="document-editor" data-document-editor={kind}>
						<summary>{messages[`kind.${kind}`]}</summary>
						<p class="document-actions">
							<button type="button" data-document={kind} disabled={busy !== null} onClick={() => void exportDocx(kind)}>
								{messages['export-docx']}
							</button>{' '}
							<button type="button" data-print-document={kind} onClick={() => onPrint(kind)}>
								{messages['print-document']}
							</button>
						</p>
						{isDated(kind) && (
							<IssuedOn kind={kind} documents={documents} messages={messages} onChange={(value) => set(issuedOnKey(kind), value)} />
						)}
						{kind === 'minutes' && (
							<DistributionChoice
								documents={documents}
								distributions={distributions}
								messages={messages}
								onChange={(value) => set(DISTRIBUTION_CHOICE, value)}
							/>
						)}
						{kind === 'phone-notice' && <CallLog meetingId={meeting.id} documents={documents} messages={messages} />}
						{kind === 'resolution' && <Resolutions meetingId={meeting.id} documents={documents} messages={messages} />}
						<p class="document-edit-hint">{messages['edit-hint']}</p>
						{document.blocks.map((block) =>
							block.type === 'field' ? (
								<label key={block.key} class="document-field-editor">
									<span>{block.label}</span>
									<textarea
										data-field={block.key}
										rows={Math.max(2, block.lines.length)}
										// What was typed, else the draft's own text to edit from.
										value={documents.fields[block.key]?.value || block.lines.join('\n')}
										placeholder={messages.blank}
										onChange={(e) => set(block.key, e.currentTarget.value)}
									/>
								</label>
							) : null,
						)}
						<DocumentSheet document={document} blank={messages.blank} print={false} />
					</details>
				);
			})}
		</section>
	);
}

const isDated = (kind: DocumentKind): kind is DatedKind => (DATED_KINDS as readonly string[]).includes(kind);

/** A document's 成文日期: today unless typed; a date that does not exist is kept as typed and said so. */
function IssuedOn({
	kind,
	documents,
	messages,
	onChange,
}: {
	kind: DatedKind;
	documents: TypedDocuments;
	messages: DocumentsMessages;
	onChange: (value: string) => void;
}) {
	const typed = documents.fields[issuedOnKey(kind)]?.value ?? '';
	const invalid = typed.trim() !== '' && typedIssueDate(typed) === null;
	const hintId = `issued-on-hint-${kind}`;
	return (
		<div class="document-issued-on">
			<label>
				{messages['issued-on']}:{' '}
				<input
					type="text"
					data-issued-on={kind}
					value={typed || issuedToday()}
					maxLength={40}
					aria-invalid={invalid ? 'true' : undefined}
					aria-describedby={hintId}
					onChange={(e) => onChange(e.currentTarget.value)}
				/>
			</label>{' '}
			<small id={hintId}>{messages['issued-on-hint']}</small>
			{invalid && (
				<p role="alert" class="huiwu-notice huiwu-notice-error" data-issued-on-invalid={kind}>
					{formatMessage(messages['issued-on-invalid'], { value: typed })}
				</p>
			)}
		</div>
	);
}

function DistributionChoice({
	documents,
	distributions,
	messages,
	onChange,
}: {
	documents: TypedDocuments;
	distributions: readonly DistributionList[];
	messages: DocumentsMessages;
	onChange: (value: string) => void;
}) {
	const chosen = documents.fields[DISTRIBUTION_CHOICE]?.value ?? '';
	return (
		<p>
			<label>
				{messages['distribution-choose']}:{' '}
				<select data-distribution value={chosen} onChange={(e) => onChange(e.currentTarget.value)}>
					<option value="">{messages['distribution.typed']}</option>
					{distributions.map((list) => (
						<option key={list.id} value={list.id}>
							{list.title}
						</option>
					))}
				</select>
			</label>
		</p>
	);
}

function CallLog({ meetingId, documents, messages }: { meetingId: string; documents: TypedDocuments; messages: DocumentsMessages }) {
	const calls = liveEntries(documents.calls);
	const columns = [
		['callee', 'phone.callee', 'text'],
		['receiver', 'phone.receiver', 'text'],
		['answeredAt', 'phone.answered-at', 'datetime-local'],
		['relayedBy', 'phone.relayed-by', 'text'],
		['reply', 'phone.reply', 'text'],
	] as const;
	return (
		<div class="call-log" data-call-log>
			<h4>{messages['calls-title']}</h4>
			<table class="document-table">
				<thead>
					<tr>
						{columns.map(([, label]) => (
							<th key={label} scope="col">
								{messages[label]}
							</th>
						))}
						<th />
					</tr>
				</thead>
				<tbody>
					{calls.map((call) => (
						<tr key={call.id} data-call={call.id}>
							{columns.map(([key, label, type]) => (
								<td key={key}>
									<input
										type={type}
										aria-label={messages[label]}
										data-call-field={key}
										value={call[key]}
										onChange={(e) => documentsStore.updateCall(meetingId, call.id, { [key]: e.currentTarget.value })}
									/>
								</td>
							))}
							<td>
								<button type="button" onClick={() => documentsStore.removeCall(meetingId, call.id)}>
									{messages['call-remove']}
								</button>
							</td>
						</tr>
					))}
				</tbody>
			</table>
			<button
				type="button"
				data-add-call
				onClick={() => documentsStore.addCall(meetingId, { callee: '', receiver: '', answeredAt: '', relayedBy: '', reply: '' })}
			>
				{messages['call-add']}
			</button>
		</div>
	);
}

function Resolutions({ meetingId, documents, messages }: { meetingId: string; documents: TypedDocuments; messages: DocumentsMessages }) {
	const notices = liveEntries(documents.resolutions).sort((a, b) => a.number - b.number);
	const open = notices.filter((notice) => !notice.closed).length;
	const fields = [
		['unit', 'resolution.unit', 'text'],
		['matter', 'resolution.matter', 'text'],
		['deadline', 'resolution.deadline', 'date'],
		['progress', 'resolution.progress', 'text'],
		['feedbackOn', 'resolution.feedback-on', 'date'],
	] as const;
	return (
		<div class="resolutions" data-resolutions>
			<h4>{messages['resolutions-title']}</h4>
			<p data-resolution-counts>{formatMessage(messages['resolutions-open-count'], { open, closed: notices.length - open })}</p>
			<ol>
				{notices.map((notice) => (
					<li key={notice.id} data-resolution={notice.number} data-status={notice.closed ? 'closed' : 'open'}>
						<strong>{formatMessage(messages['resolution.number'], { number: notice.number })}</strong>{' '}
						<span>{messages[notice.closed ? 'resolution-closed' : 'resolution-open']}</span>
						{fields.map(([key, label, type]) => (
							<label key={key} class="document-field-editor">
								<span>{messages[label]}</span>
								<input
									type={type}
									data-resolution-field={key}
									value={notice[key]}
									onChange={(e) => documentsStore.updateResolution(meetingId, notice.id, { [key]: e.currentTarget.value })}
								/>
							</label>
						))}
						<button type="button" onClick={() => documentsStore.updateResolution(meetingId, notice.id, { closed: !notice.closed })}>
							{messages[notice.closed ? 'resolution-reopen' : 'resolution-close']}
						</button>{' '}
						<button type="button" onClick={() => documentsStore.removeResolution(meetingId, notice.id)}>
							{messages['resolution-remove']}
						</button>
					</li>
				))}
			</ol>
			<button
				type="button"
				data-add-resolution
				onClick={() =>
					documentsStore.addResolution(meetingId, { unit: '', matter: '', deadline: '', progress: '', feedbackOn: '', closed: false })
				}
			>
				{messages['resolution-add']}
			</button>
		</div>
	);
}
