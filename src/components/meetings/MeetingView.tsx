import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { useOnDemand } from '../site/useOnDemand';
import type { ChecklistMessages } from '~/i18n/messages/checklist';
import type { DeadlinesMessages } from '~/i18n/messages/deadlines';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import type { Flow } from '~/schemas/flow';
import { $meetings, meetingsStore } from '~/stores/meetings';
import { $progress } from '~/stores/progress';
import { flowProgress } from '~/stores/progressState';
import Checklist from '../checklist/Checklist';
import { emptyDeadlineQuery, formatDeadlineQuery } from '~/lib/deadlineQuery';
import { officialCalendars } from '~/data/calendar';
import { recordedTimes } from '~/lib/deadlines';
import { calendarWithLocalYears, usableLocalYears } from '~/lib/localCalendar';
import { officialWorkCalendar } from '~/lib/workdays';
import { $localCalendar } from '~/stores/localCalendar';
import { wallClockInChina } from '~/lib/stepDue';
import { meetingDueBadges } from './meetingDues';
import type { FlowChoice } from './MeetingForm';
import UnsavedDataExport from '../site/UnsavedDataExport';
import { when } from './meetingWhen';
import { meetingFlowIds } from '~/schemas/meeting';
import { flowTotals, stepKeys } from '~/lib/flows';
import { wallClockText } from '~/i18n/format';
import { useMeetingTitle } from './useMeetingTitle';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { $participants, participantsOf } from '~/stores/participants';
import ParticipantPrintActions from './ParticipantPrintActions';
import { isParticipantSheet, type ParticipantSheet, sheetsForChosen } from './participantSheetKinds';
import type { Translate } from '../seating/messages';
import { formatMessage } from '~/i18n/format';
import type { DocumentsMessages } from '~/i18n/messages/documents';
import type { DocumentKind } from '~/lib/documents/model';
import type { DistributionList } from '../documents/draftInput';

export interface MeetingViewProps {
	flows: Flow[];
	flowChoices: FlowChoice[];
	messages: MeetingsMessages;
	checklistMessages: ChecklistMessages;
	deadlinesMessages: DeadlinesMessages;
	/** The deadline calculator; the meeting's dates are appended as its query. */
	deadlinesHref: string;
	/** Standard id → its page URL, for clause links. */
	standardHrefs: Record<string, string>;
	listHref: string;
	seatingHref: string;
	/** Flow id → title of the printed form (e.g. 黨代會流程 檢查表). */
	formTitles: Record<string, string>;
	participantsMessages: ParticipantsMessages;
	/** The seat tool's card texts (card.*, cards.welcome-default), for the cards printed from the list. */
	cardMessages: Record<string, string>;
	/** holiday names of the calendar data (Traditional) → the reader's edition, for warnings */
	holidayNames: Record<string, string>;
	/** every standard that sets timed rules: the calculator link switches off all but the meeting's */
	ruleStandards: string[];
	documentsMessages: DocumentsMessages;
	/** 第三篇's three 《會議紀要》分送 lists. */
	distributions: DistributionList[];
}

type PrintMode = 'form' | 'blank' | ParticipantSheet | DocumentKind;

const isDocumentKind = (mode: PrintMode): mode is DocumentKind => mode !== 'form' && mode !== 'blank' && !isParticipantSheet(mode);

/** One meeting (`?id=` in the URL): its details, its own checklist run, and its printed forms. */
export default function MeetingView(props: MeetingViewProps) {
	const { flows, flowChoices, messages, checklistMessages, deadlinesMessages, standardHrefs, listHref, formTitles } = props;
	const state = useStore($meetings);
	const progress = useStore($progress);
	const participantsState = useStore($participants);
	const [selected, setSelected] = useState<Set<string>>(() => new Set());
	const [asOf, setAsOf] = useState('');
	const localCalendar = useStore($localCalendar);
	const [id, setId] = useState<string | null>(null);
	const [printMode, setPrintMode] = useState<PrintMode>('form');
	const [saved, setSaved] = useState<'saved' | 'not-saved' | null>(null);
	const [now, setNow] = useState(() => wallClockInChina(new Date()));
	// Loaded on use, never with the page: the sheets when one is printed, the documents when their section opens.
	const [meetingForm, loadMeetingForm] = useOnDemand(() => import('./MeetingForm'));
	const [participantsPanel, loadParticipantsPanel] = useOnDemand(() => import('./ParticipantsPanel'));
	// The people are the meeting's hub: once it has some, their section opens with the page
	// (an empty meeting's stays folded, so a page no one has used loads no list code).
	const people = id !== null ? participantsOf(participantsState, id) : [];
	const hasPeople = people.length > 0;
	useEffect(() => {
		if (hasPeople) void loadParticipantsPanel();
	}, [hasPeople, loadParticipantsPanel]);
	// The rostrum from the list and the seat plans attached to the meeting.
	const [seatingSection, loadSeatingSection] = useOnDemand(() =>
		Promise.all([import('./MeetingRostrum'), import('./MeetingSeatingPlans')]).then(([rostrum, plans]) => ({
			MeetingRostrum: rostrum.default,
			MeetingSeatingPlans: plans.default,
		})),
	);
	const [forms, loadForms] = useOnDemand(() => import('./PrintSheets'));
	const [sheets, loadSheets] = useOnDemand(() => import('./ParticipantSheets'));
	const [documents, loadDocuments] = useOnDemand(() => import('../documents/MeetingDocuments'));
	const [documentSheet, loadDocumentSheet] = useOnDemand(() => import('../documents/MeetingDocumentSheet'));
	// Counts print requests; the dialog opens once the chosen sheet has rendered (see the effect below).
	const [printRequest, setPrintRequest] = useState(0);
	useEffect(() => {
		// The effect runs after the chosen sheet is in the DOM (a lazily loaded one included);
		// the frame lets the browser lay it out before the print dialog takes its snapshot.
		if (printRequest > 0) requestAnimationFrame(() => window.print());
	}, [printRequest]);
	useEffect(() => {
		setId(new URLSearchParams(location.search).get('id'));
		// Overdue and due-soon marks move with the clock while the page stays open.
		const timer = setInterval(() => setNow(wallClockInChina(new Date())), 60_000);
		return () => clearInterval(timer);
	}, []);

	// Own keys only: `?id=constructor` must not find what every object inherits.
	const meeting = id !== null && Object.hasOwn(state.meetings, id) ? state.meetings[id] : undefined;
	// The page's H1 and tab title are the meeting's name (the page is one HTML file for every meeting).
	useMeetingTitle(meeting?.name ?? null);

	if (id === null) return <div class="meeting-view" data-meeting-view />;
	const flow = meeting && flows.find((f) => f.id === meeting.flowId);
	if (!meeting || !flow) {
		return (
			<div class="meeting-view not-content" data-meeting-view data-hydrated="">
				<p class="meeting-missing huiwu-notice huiwu-notice-error" role="alert">
					{messages['meeting-missing']}
				</p>
				<p>
					<a href={listHref}>{messages['back-to-list']}</a>
				</p>
			</div>
		);
	}
	const runFlows = meetingFlowIds(meeting)
		.map((flowId) => flows.find((f) => f.id === flowId))
		.filter((f): f is Flow => f !== undefined);
	const ticked = flowProgress(progress, meeting.id, flow.id);
	const localYears = usableLocalYears(
		Object.values(localCalendar.years),
		officialCalendars.map((calendar) => calendar.year),
	).used;
	const calendar = localYears.length > 0 ? calendarWithLocalYears(officialCalendars, localYears) : officialWorkCalendar;
	const dueByKey = meetingDueBadges(meeting, flow, ticked, now, deadlinesMessages, props.holidayNames, calendar);
	const times = recordedTimes(meeting);
	// The calculator opens with exactly the meeting's standards; no name travels in the URL.
	const deadlinesQuery = times
		? formatDeadlineQuery({
				...emptyDeadlineQuery,
				start: meeting.sessions?.[0]?.start ?? meeting.start,
				end: meeting.sessions?.[0]?.end ?? meeting.end,
				more: meeting.sessions?.slice(1) ?? [],
				off: props.ruleStandards.filter((id) => id !== flow.standard),
			})
		: '';
	const combined = runFlows.reduce(
		(sum, f) => {
			const totals = flowTotals(f, flowProgress(progress, meeting.id, f.id));
			return { done: sum.done + totals.done, total: sum.total + totals.total };
		},
		{ done: 0, total: 0 },
	);
	const addableFlows = flowChoices.filter((choice) => !runFlows.some((f) => f.id === choice.id));
	const chosen = people.filter((person) => selected.has(person.id));
	const forSheet = sheetsForChosen.has(printMode as ParticipantSheet) && chosen.length > 0 ? chosen : people;
	const cardText: Translate = (code, params) => formatMessage(props.cardMessages[code] ?? '', params);
	const sheetProps = { meeting, people: forSheet, messages: props.participantsMessages, meetingMessages: messages };
	const print = async (mode: PrintMode) => {
		if (mode === 'form' || mode === 'blank' || mode === 'sign-in') await loadForms();
		if (isParticipantSheet(mode)) await loadSheets();
		if (isDocumentKind(mode)) await loadDocumentSheet();
		setPrintMode(mode);
		if (mode === 'attendance') setAsOf(wallClockInChina(new Date()));
		setPrintRequest((count) => count + 1);
	};
	/** 負責人 and who ticked a step, under the step in the list. */
	const stepExtra = (flowId: string, stepFlow: Flow) => (stepId: string) => {
		const key = `${flowId}/${stepId}`;
		const step = stepFlow.sections.flatMap((section) => section.steps).find((s) => s.id === stepId);
		const keys = step ? stepKeys(step) : [stepId];
		const marks = progress.runs[meeting.id]?.[flowId] ?? {};
		const done = keys.every((k) => marks[k]?.done);
		const at = done ? Math.max(...keys.map((k) => marks[k]?.at ?? 0)) : 0;
		const by = done ? keys.map((k) => meeting.tickedBy?.[`${flowId}/${k}`]).find(Boolean) : undefined;
		return (
			<span class="step-owner-row" data-step-owner={stepId}>
				<label>
					{messages['step-owner']}{' '}
					<input
						type="text"
						size={8}
						maxLength={100}
						value={meeting.owners?.[key] ?? ''}
						onChange={(event) => meetingsStore.setOwner(meeting.id, flowId, stepId, event.currentTarget.value)}
					/>
				</label>
				{done && at > 0 && (
					<span class="step-ticked-by" data-ticked-by={by ?? ''}>
						{formatMessage(messages[by ? 'step-ticked-by' : 'step-ticked-at'], {
							name: by ?? '',
							time: wallClockText(wallClockInChina(new Date(at))),
						})}
					</span>
				)}
			</span>
		);
	};

	return (
		<div class="meeting-view not-content" data-meeting-view data-hydrated="" data-print-mode={printMode} data-pagefind-ignore>
			<div class="meeting-screen">
				<dl class="meeting-facts" data-meeting-facts>
					<div>
						{/* Several sittings: each one, as on the printed sheets. */}
						<dt>{messages[meeting.sessions && meeting.sessions.length > 1 ? 'facts-sessions' : 'form-date']}</dt>
						<dd class="meeting-sessions">{meeting.start ? when(meeting) : messages['no-date']}</dd>
					</div>
					{meeting.place && (
						<div>
							<dt>{messages['form-place']}</dt>
							<dd>{meeting.place}</dd>
						</div>
					)}
					<div>
						<dt>{messages['combined-progress']}</dt>
						<dd class="meeting-combined-progress" data-done={combined.done} data-total={combined.total}>
							<progress max={combined.total} value={combined.done} aria-label={messages['combined-progress']} />{' '}
							{formatMessage(messages.progress, { done: combined.done, total: combined.total })}
						</dd>
					</div>
				</dl>
				<p>
					<a href={listHref}>{messages['back-to-list']}</a>
				</p>
				<details
					class="meeting-details"
					onToggle={(event) => {
						if (event.currentTarget.open) void loadMeetingForm();
					}}
				>
					<summary>{messages['meeting-details']}</summary>
					{!meetingForm && <p role="status">{messages.loading}</p>}
					{meetingForm && (
						<meetingForm.default
							// Keyed by the meeting only: another tab's save must not empty what is being typed here
							// (the form keeps it and says the meeting changed elsewhere).
							key={meeting.id}
							flows={flowChoices}
							messages={messages}
							initial={{
								name: meeting.name,
								flowId: meeting.flowId,
								start: meeting.start,
								end: meeting.end,
								sessions: meeting.sessions,
								place: meeting.place,
								notes: meeting.notes,
								expected: meeting.expected,
							}}
							submitLabel={messages.save}
							onSubmit={(input) => {
								meetingsStore.updateMeeting(meeting.id, input);
								setSaved($meetings.isSaved() ? 'saved' : 'not-saved');
							}}
						/>
					)}
					{saved === 'saved' && <p role="status">{messages.saved}</p>}
					{saved === 'not-saved' && (
						<p class="save-failed huiwu-notice huiwu-notice-error" role="alert" data-save-failed>
							{messages['save-failed']} <UnsavedDataExport label={messages['export-unsaved']} fileStem={messages['unsaved-file']} />
						</p>
					)}
				</details>
				<p class="meeting-print-actions">
					<span>{messages['print-title']}:</span>{' '}
					<button type="button" onClick={() => void print('form')}>
						{messages['print-form']}
					</button>{' '}
					<button type="button" onClick={() => void print('blank')}>
						{messages['print-blank']}
					</button>{' '}
					<button type="button" onClick={() => void print('sign-in')}>
						{messages['print-sign-in']}
					</button>
				</p>
				<details
					class="participants-section"
					data-participants-section
					open={hasPeople || undefined}
					onToggle={(event) => {
						if (event.currentTarget.open) void loadParticipantsPanel();
					}}
				>
					<summary>
						<h3>{props.participantsMessages.title}</h3>{' '}
						<span data-participants-count={people.length}>{formatMessage(props.participantsMessages.count, { count: people.length })}</span>
					</summary>
					{participantsPanel ? (
						<participantsPanel.default
							meetingId={meeting.id}
							messages={props.participantsMessages}
							selected={selected}
							onSelect={setSelected}
						/>
					) : (
						<p role="status">{messages.loading}</p>
					)}
				</details>
				{people.length > 0 && <ParticipantPrintActions messages={props.participantsMessages} onPrint={(sheet) => void print(sheet)} />}
				<details
					class="meeting-seating-section"
					data-seating-section
					onToggle={(event) => {
						if (event.currentTarget.open) void loadSeatingSection();
					}}
				>
					<summary>
						<h3>{messages['seating-section']}</h3>
					</summary>
					{seatingSection ? (
						<>
							<seatingSection.MeetingRostrum
								meeting={meeting}
								people={people}
								messages={props.participantsMessages}
								seatingHref={props.seatingHref}
							/>
							<seatingSection.MeetingSeatingPlans meetingId={meeting.id} messages={messages} seatingHref={props.seatingHref} />
						</>
					) : (
						<p role="status">{messages.loading}</p>
					)}
				</details>
				<details
					class="meeting-documents-section"
					data-documents-section
					onToggle={(event) => {
						if (event.currentTarget.open) void loadDocuments();
					}}
				>
					<summary>
						<h3>{props.documentsMessages['section-title']}</h3>
					</summary>
					{documents ? (
						<documents.default
							meeting={meeting}
							messages={props.documentsMessages}
							distributions={props.distributions}
							onPrint={(kind) => void print(kind)}
						/>
					) : (
						<p role="status">{messages.loading}</p>
					)}
				</details>
				<h3>{messages.checklist}</h3>
				<p class="meeting-due-note">
					{times ? (
						<a href={`${props.deadlinesHref}${deadlinesQuery}`} data-deadlines-link>
							{messages['deadlines-link']}
						</a>
					) : (
						messages['due-needs-dates']
					)}
				</p>
				<p class="meeting-operator">
					<label>
						{messages.operator}{' '}
						<input
							type="text"
							maxLength={100}
							value={state.operator ?? ''}
							onChange={(event) => meetingsStore.setOperator(event.currentTarget.value)}
						/>
					</label>{' '}
					<small>{messages['operator-hint']}</small>
				</p>
				<div class="meeting-flow-list" data-meeting-flows>
					{addableFlows.length > 0 && (
						<label>
							{messages['add-flow']}{' '}
							<select
								value=""
								onChange={(event) => {
									const value = event.currentTarget.value;
									if (value) meetingsStore.updateMeeting(meeting.id, { extraFlowIds: [...(meeting.extraFlowIds ?? []), value] });
								}}
							>
								<option value="">—</option>
								{addableFlows.map((choice) => (
									<option value={choice.id} key={choice.id}>
										{choice.group} {choice.title}
									</option>
								))}
							</select>
						</label>
					)}
				</div>
				{runFlows.map((runFlow, index) => (
					<section class="meeting-flow" key={runFlow.id} data-meeting-flow={runFlow.id}>
						{runFlows.length > 1 && (
							<h4 class="meeting-flow-title">
								{runFlow.title}{' '}
								{index > 0 && (
									<button
										type="button"
										onClick={() =>
											meetingsStore.updateMeeting(meeting.id, {
												extraFlowIds: (meeting.extraFlowIds ?? []).filter((f) => f !== runFlow.id),
											})
										}
									>
										{messages['remove-flow']}
									</button>
								)}
							</h4>
						)}
						<Checklist
							flow={runFlow}
							messages={checklistMessages}
							standardHref={standardHrefs[runFlow.standard] ?? ''}
							runId={meeting.id}
							dueByKey={
								index === 0
									? dueByKey
									: meetingDueBadges(
											meeting,
											runFlow,
											flowProgress(progress, meeting.id, runFlow.id),
											now,
											deadlinesMessages,
											props.holidayNames,
											calendar,
										)
							}
							dueMessages={deadlinesMessages}
							headingLevel={4}
							onToggle={(keys, done) => meetingsStore.recordTick(meeting.id, runFlow.id, keys, done)}
							stepExtra={stepExtra(runFlow.id, runFlow)}
						/>
					</section>
				))}
			</div>
			{forms && printMode === 'form' && (
				<forms.ChecklistForm
					flow={flow}
					meeting={meeting}
					ticked={ticked}
					dueByKey={dueByKey}
					messages={messages}
					title={formTitles[flow.id] ?? flow.title}
				/>
			)}
			{forms && printMode === 'blank' && (
				<forms.ChecklistForm
					flow={flow}
					meeting={null}
					ticked={new Set()}
					dueByKey={{}}
					messages={messages}
					title={formTitles[flow.id] ?? flow.title}
				/>
			)}
			{forms && printMode === 'sign-in' && people.length === 0 && <forms.SignInSheet meeting={meeting} messages={messages} />}
			{sheets && isParticipantSheet(printMode) && (printMode !== 'sign-in' || people.length > 0) && (
				<sheets.PrintedParticipantSheet
					sheet={printMode}
					{...sheetProps}
					asOf={asOf || wallClockInChina(new Date())}
					cardText={cardText}
					welcome={props.cardMessages['cards.welcome-default'] ?? ''}
				/>
			)}
			{documentSheet && isDocumentKind(printMode) && (
				<documentSheet.default kind={printMode} meeting={meeting} messages={props.documentsMessages} distributions={props.distributions} />
			)}
		</div>
	);
}
