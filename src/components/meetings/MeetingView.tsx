import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
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
import MeetingForm, { type FlowChoice } from './MeetingForm';
import MeetingSeatingPlans from './MeetingSeatingPlans';
import UnsavedDataExport from '../site/UnsavedDataExport';
import { ChecklistForm, SignInSheet } from './PrintSheets';

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
	/** holiday names of the calendar data (Traditional) → the reader's edition, for warnings */
	holidayNames: Record<string, string>;
	/** every standard that sets timed rules: the calculator link switches off all but the meeting's */
	ruleStandards: string[];
}

type PrintMode = 'form' | 'blank' | 'sign-in';

/** One meeting (`?id=` in the URL): its details, its own checklist run, and its printed forms. */
export default function MeetingView(props: MeetingViewProps) {
	const { flows, flowChoices, messages, checklistMessages, deadlinesMessages, standardHrefs, listHref, formTitles } = props;
	const state = useStore($meetings);
	const progress = useStore($progress);
	const localCalendar = useStore($localCalendar);
	const [id, setId] = useState<string | null>(null);
	const [printMode, setPrintMode] = useState<PrintMode>('form');
	const [saved, setSaved] = useState<'saved' | 'not-saved' | null>(null);
	const [now, setNow] = useState(() => wallClockInChina(new Date()));
	useEffect(() => {
		setId(new URLSearchParams(location.search).get('id'));
		// Overdue and due-soon marks move with the clock while the page stays open.
		const timer = setInterval(() => setNow(wallClockInChina(new Date())), 60_000);
		return () => clearInterval(timer);
	}, []);

	if (id === null) return <div class="meeting-view" data-meeting-view />;
	// Own keys only: `?id=constructor` must not find what every object inherits.
	const meeting = Object.hasOwn(state.meetings, id) ? state.meetings[id] : undefined;
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
	const ticked = flowProgress(progress, meeting.id, flow.id);
	const localYears = usableLocalYears(Object.values(localCalendar.years), officialCalendars.map((calendar) => calendar.year)).used;
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
	const print = (mode: PrintMode) => {
		setPrintMode(mode);
		// Let the chosen sheet render before the print dialog takes its snapshot.
		requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
	};

	return (
		<div class="meeting-view not-content" data-meeting-view data-hydrated="" data-print-mode={printMode} data-pagefind-ignore>
			<div class="meeting-screen">
				<h2>{meeting.name}</h2>
				<p>
					<a href={listHref}>{messages['back-to-list']}</a>
				</p>
				<details class="meeting-details">
					<summary>{messages['meeting-details']}</summary>
					<MeetingForm
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
					{saved === 'saved' && <p role="status">{messages.saved}</p>}
					{saved === 'not-saved' && (
						<p class="save-failed huiwu-notice huiwu-notice-error" role="alert" data-save-failed>
							{messages['save-failed']} <UnsavedDataExport label={messages['export-unsaved']} fileStem={messages['unsaved-file']} />
						</p>
					)}
				</details>
				<p class="meeting-print-actions">
					<span>{messages['print-title']}:</span>{' '}
					<button type="button" onClick={() => print('form')}>
						{messages['print-form']}
					</button>{' '}
					<button type="button" onClick={() => print('blank')}>
						{messages['print-blank']}
					</button>{' '}
					<button type="button" onClick={() => print('sign-in')}>
						{messages['print-sign-in']}
					</button>
				</p>
				<MeetingSeatingPlans meetingId={meeting.id} messages={messages} seatingHref={props.seatingHref} />
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
				<Checklist
					flow={flow}
					messages={checklistMessages}
					standardHref={standardHrefs[flow.standard] ?? ''}
					runId={meeting.id}
					dueByKey={dueByKey}
					dueMessages={deadlinesMessages}
					headingLevel={4}
				/>
			</div>
			{printMode === 'form' && (
				<ChecklistForm flow={flow} meeting={meeting} ticked={ticked} dueByKey={dueByKey} messages={messages} title={formTitles[flow.id] ?? flow.title} />
			)}
			{printMode === 'blank' && (
				<ChecklistForm flow={flow} meeting={null} ticked={new Set()} dueByKey={{}} messages={messages} title={formTitles[flow.id] ?? flow.title} />
			)}
			{printMode === 'sign-in' && <SignInSheet meeting={meeting} messages={messages} />}
		</div>
	);
}
