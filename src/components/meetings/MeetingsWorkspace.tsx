import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { formatMessage, wallClockText } from '~/i18n/format';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import { downloadFileName } from '~/lib/fileName';
import { isTicked } from '~/lib/flows';
import {
	buildExport,
	type ConflictChoice,
	type DuplicateChoice,
	type ImportResult,
	importConflicts,
	needsBackupReminder,
	parseImport,
	planImport,
	resolveDuplicates,
} from '~/lib/meetingExport';
import { type Meeting, meetingFlowIds } from '~/schemas/meeting';
import type { ExportedMeeting } from '~/schemas/meetingExport';
import { $meetings, meetingsStore, newMeetingId } from '~/stores/meetings';
import { sortedMeetings } from '~/stores/meetingsState';
import { seatingLayoutsStore } from '~/stores/seatingLayouts';
import { $progress } from '~/stores/progress';
import { flowProgress } from '~/stores/progressState';
import type { WriteFailure } from '~/stores/storageEngine';
import { downloadText } from '../site/download';
import MeetingForm, { type FlowChoice } from './MeetingForm';
import UnsavedDataExport from '../site/UnsavedDataExport';

export interface WorkspaceFlow extends FlowChoice {
	keys: string[];
}

export interface MeetingsWorkspaceProps {
	flows: WorkspaceFlow[];
	messages: MeetingsMessages;
	/** The meeting page; `?id=<meeting id>` is appended. */
	meetingHref: string;
	flowDataVersion: string;
}

type ImportState =
	| { stage: 'idle' }
	| { stage: 'error'; result: Extract<ImportResult, { ok: false }> | { code: 'unreadable'; params: Record<string, never> } }
	| {
			stage: 'confirm';
			meetings: ExportedMeeting[];
			/** Ids the file holds more than once, and which copies to keep. */
			duplicates: string[];
			duplicateChoices: Record<string, DuplicateChoice>;
			/** Ids already in this browser, and what to do with each. */
			conflicts: string[];
			choices: Record<string, ConflictChoice>;
			flowDataChanged: boolean;
	  }
	| { stage: 'done'; count: number; flowDataChanged: boolean }
	| { stage: 'not-saved'; code: WriteFailure };

const emptyInput = (flowId: string) => ({ name: '', flowId, start: '', end: '', place: '', notes: '', expected: 0 });

/**
 * /tools/meetings/: every meeting at a glance, a new one, and the backup
 * (export / import) that carries a clerk's data to another computer.
 */
export default function MeetingsWorkspace({ flows, messages, meetingHref, flowDataVersion }: MeetingsWorkspaceProps) {
	const state = useStore($meetings);
	const progress = useStore($progress);
	const [mounted, setMounted] = useState(false);
	const [formKey, setFormKey] = useState(0);
	const [lastDeleted, setLastDeleted] = useState<Meeting | null>(null);
	const [importState, setImportState] = useState<ImportState>({ stage: 'idle' });
	const [createFailed, setCreateFailed] = useState(false);
	useEffect(() => {
		setMounted(true);
		meetingsStore.purgeDeleted();
		seatingLayoutsStore.dropLayouts(Object.keys($meetings.get().deleted));
	}, []);

	const meetings = mounted ? sortedMeetings(state) : [];
	const flowById = new Map(flows.map((flow) => [flow.id, flow]));
	const href = (id: string) => `${meetingHref}?id=${encodeURIComponent(id)}`;

	const exportMeetings = (list: Meeting[], fileName: string) => {
		const data = buildExport(
			list,
			meetingsStore.tickedKeys,
			flowDataVersion,
			new Date().toISOString(),
			meetingsStore.participantsOf,
			meetingsStore.documentsOf,
			seatingLayoutsStore.exportFor,
		);
		downloadText(fileName, JSON.stringify(data, null, 2));
		if (list.length === meetings.length) meetingsStore.markExported();
	};

	const readImport = async (file: File) => {
		let text: string;
		try {
			text = await file.text();
		} catch {
			setImportState({ stage: 'error', result: { code: 'unreadable', params: {} } });
			return;
		}
		const result = parseImport(text, new Set(flowById.keys()), flowDataVersion);
		if (!result.ok) {
			setImportState({ stage: 'error', result });
			return;
		}
		const conflicts = [...new Set(importConflicts(result.meetings, new Set(Object.keys(state.meetings))))];
		if (conflicts.length === 0 && result.duplicates.length === 0) {
			writeImport(result.meetings, result.flowDataChanged);
		} else {
			// Nothing is written before the person has chosen.
			setImportState({
				stage: 'confirm',
				meetings: result.meetings,
				duplicates: result.duplicates,
				duplicateChoices: Object.fromEntries(result.duplicates.map((id) => [id, 'keep-all'])),
				conflicts,
				choices: Object.fromEntries(conflicts.map((id) => [id, 'keep-both'])),
				flowDataChanged: result.flowDataChanged,
			});
		}
	};

	/** The success message only when storage holds every meeting and tick; otherwise nothing was imported. */
	const writeImport = (planned: ExportedMeeting[], flowDataChanged: boolean) => {
		const written = meetingsStore.importMeetings(planned, [
			seatingLayoutsStore.importChange(planned.map((meeting) => ({ meetingId: meeting.id, layouts: meeting.seatingLayouts }))),
		]);
		setImportState(written.ok ? { stage: 'done', count: planned.length, flowDataChanged } : { stage: 'not-saved', code: written.code });
	};

	const reminder = mounted && needsBackupReminder(state.lastExport, Date.now(), meetings.length > 0);

	return (
		<div class="meetings-workspace not-content" data-meetings data-hydrated={mounted ? '' : undefined} data-pagefind-ignore>
			{reminder && (
				<p class="backup-reminder huiwu-notice" role="note" data-backup-reminder>
					{state.lastExport === null
						? messages['backup-never']
						: formatMessage(messages['backup-old'], { date: new Date(state.lastExport).toLocaleDateString('zh-TW') })}{' '}
					<button
						type="button"
						onClick={() =>
							exportMeetings(meetings, downloadFileName([messages['backup-file'], new Date().toISOString().slice(0, 10)], 'json'))
						}
					>
						{messages['export-all']}
					</button>
				</p>
			)}

			<h2>{messages['list-title']}</h2>
			{lastDeleted && (
				<p class="undo-bar huiwu-notice" role="status">
					{formatMessage(messages.deleted, { name: lastDeleted.name })}{' '}
					<button
						type="button"
						onClick={() => {
							meetingsStore.undoDelete(lastDeleted);
							setLastDeleted(null);
						}}
					>
						{messages.undo}
					</button>
				</p>
			)}
			{meetings.length === 0 ? (
				<p>{messages['list-empty']}</p>
			) : (
				<ul class="meeting-list">
					{meetings.map((meeting) => {
						const flow = flowById.get(meeting.flowId);
						// One combined progress over every flow the meeting runs.
						let done = 0;
						let total = 0;
						for (const flowId of meetingFlowIds(meeting)) {
							const keys = flowById.get(flowId)?.keys ?? [];
							const ticked = flowProgress(progress, meeting.id, flowId);
							done += keys.filter((key) => isTicked(ticked, key)).length;
							total += keys.length;
						}
						return (
							<li class="meeting-row" data-meeting={meeting.id} data-archived={meeting.archived ? '' : undefined} key={meeting.id}>
								<a class="meeting-name" href={href(meeting.id)}>
									{meeting.name}
								</a>
								<span class="meeting-meta">
									{[flow?.title ?? meeting.flowId, ...(meeting.extraFlowIds ?? []).map((id) => flowById.get(id)?.title ?? id)].join('、')} ·{' '}
									{meeting.start ? wallClockText(meeting.start) : messages['no-date']}
									{meeting.archived && ` · ${messages.archived}`}
								</span>
								<span class="meeting-progress" data-done={done} data-total={total}>
									<progress max={total} value={done} aria-label={`${meeting.name} ${formatMessage(messages.progress, { done, total })}`} />{' '}
									{formatMessage(messages.progress, { done, total })}
								</span>
								<span class="meeting-actions">
									<a class="meeting-open" href={href(meeting.id)}>
										{messages.open}
									</a>
									<button type="button" onClick={() => meetingsStore.duplicateMeeting(meeting.id, messages['duplicate-suffix'])}>
										{messages.duplicate}
									</button>
									<button type="button" onClick={() => meetingsStore.setArchived(meeting.id, !meeting.archived)}>
										{meeting.archived ? messages.unarchive : messages.archive}
									</button>
									<button type="button" onClick={() => exportMeetings([meeting], downloadFileName([meeting.name], 'json'))}>
										{messages['export-one']}
									</button>
									<button type="button" onClick={() => setLastDeleted(meetingsStore.deleteMeeting(meeting.id))}>
										{messages.delete}
									</button>
								</span>
							</li>
						);
					})}
				</ul>
			)}

			<h2>{messages['new-title']}</h2>
			<MeetingForm
				key={formKey}
				flows={flows}
				messages={messages}
				initial={emptyInput(flows[0]?.id ?? '')}
				submitLabel={messages.create}
				onSubmit={(input) => {
					const id = meetingsStore.createMeeting(input);
					const saved = $meetings.isSaved();
					setCreateFailed(!saved);
					setFormKey((k) => k + 1);
					// A new meeting is where the work starts: open it (unless it could not be kept).
					if (saved) location.assign(href(id));
				}}
			/>
			{createFailed && (
				<p class="save-failed huiwu-notice huiwu-notice-error" role="alert" data-save-failed>
					{messages['save-failed']} <UnsavedDataExport label={messages['export-unsaved']} fileStem={messages['unsaved-file']} />
				</p>
			)}

			<h2>
				{messages['export-all']} / {messages.import}
			</h2>
			<p>
				<button
					type="button"
					disabled={!mounted || meetings.length === 0}
					onClick={() =>
						exportMeetings(meetings, downloadFileName([messages['backup-file'], new Date().toISOString().slice(0, 10)], 'json'))
					}
				>
					{messages['export-all']}
				</button>
			</p>
			<label class="import-field">
				{messages.import}
				<input
					type="file"
					accept=".json,application/json"
					disabled={!mounted}
					onChange={(event) => {
						const file = event.currentTarget.files?.[0];
						event.currentTarget.value = '';
						if (file) void readImport(file);
					}}
				/>
			</label>
			<p class="hint">{messages['import-hint']}</p>
			{importState.stage === 'error' && (
				<p class="import-error huiwu-notice huiwu-notice-error" role="alert" data-import-error={importState.result.code}>
					{importErrorText(importState.result, messages)}
				</p>
			)}
			{importState.stage === 'not-saved' && (
				<p class="import-error huiwu-notice huiwu-notice-error" role="alert" data-import-not-saved={importState.code}>
					{messages[`import-not-saved.${importState.code}`]}
				</p>
			)}
			{importState.stage === 'done' && (
				<p class="import-done huiwu-notice" role="status">
					{formatMessage(messages['import-done'], { count: importState.count })}
					{importState.flowDataChanged && ` ${messages['import-flow-changed']}`}
				</p>
			)}
			{importState.stage === 'confirm' && (
				<div class="import-confirm huiwu-notice" role="alertdialog" aria-label={messages['import-conflicts']}>
					{importState.duplicates.length > 0 && (
						<>
							<p>{messages['import-duplicates']}</p>
							<ul>
								{importState.duplicates.map((id) => {
									const copies = importState.meetings.filter((m) => m.id === id);
									const options: DuplicateChoice[] = ['keep-all', ...copies.map((_, index) => index)];
									return (
										<li key={id} data-duplicate={id}>
											<span>{copies[0]!.name}</span>{' '}
											{options.map((choice) => (
												<label key={choice}>
													<input
														type="radio"
														name={`duplicate-${id}`}
														value={String(choice)}
														checked={importState.duplicateChoices[id] === choice}
														onChange={() =>
															setImportState({ ...importState, duplicateChoices: { ...importState.duplicateChoices, [id]: choice } })
														}
													/>
													{choice === 'keep-all'
														? messages['duplicate-keep-all']
														: formatMessage(messages['duplicate-keep-copy'], {
																n: choice + 1,
																name: copies[choice]!.name,
																updated: new Date(copies[choice]!.updatedAt).toLocaleString('zh-TW'),
															})}
												</label>
											))}
										</li>
									);
								})}
							</ul>
						</>
					)}
					{importState.conflicts.length > 0 && <p>{messages['import-conflicts']}</p>}
					<ul>
						{importState.conflicts.map((id) => {
							const imported = importState.meetings.find((m) => m.id === id)!;
							return (
								<li key={id} data-conflict={id}>
									<span>{imported.name}</span>{' '}
									{(['replace', 'keep-both'] as const).map((choice) => (
										<label key={choice}>
											<input
												type="radio"
												name={`conflict-${id}`}
												checked={importState.choices[id] === choice}
												onChange={() => setImportState({ ...importState, choices: { ...importState.choices, [id]: choice } })}
											/>
											{messages[`conflict-${choice}`]}
										</label>
									))}
								</li>
							);
						})}
					</ul>
					<button
						type="button"
						onClick={() => {
							const unique = resolveDuplicates(importState.meetings, importState.duplicateChoices, newMeetingId);
							const planned = planImport(unique, new Set(Object.keys(state.meetings)), importState.choices, newMeetingId);
							writeImport(planned, importState.flowDataChanged);
						}}
					>
						{messages['import-confirm']}
					</button>{' '}
					<button type="button" onClick={() => setImportState({ stage: 'idle' })}>
						{messages['import-cancel']}
					</button>
				</div>
			)}
		</div>
	);
}

function importErrorText(result: Extract<ImportState, { stage: 'error' }>['result'], messages: MeetingsMessages): string {
	if (result.code === 'invalid-meeting') {
		const problem = String(result.params.problem);
		const reason = problem in messages ? messages[problem as keyof MeetingsMessages] : problem;
		return formatMessage(messages['import-error.invalid-meeting'], { name: String(result.params.name), reason });
	}
	return formatMessage(messages[`import-error.${result.code}`], result.params);
}
