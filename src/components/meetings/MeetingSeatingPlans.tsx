import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import { $seatingPlans, attachPlanToMeeting } from '~/stores/seatingPlans';
import { plansOfMeeting, sortedPlans } from '~/stores/seatingPlansState';

interface Props {
	meetingId: string;
	messages: MeetingsMessages;
	seatingHref: string;
}

/** The seat layouts fed from the meeting's list: pages beside the seat preview, opened with `?meeting=` (an id, never a name). */
const LAYOUT_PAGES = [
	['audience', 'seating-audience'],
	['reception', 'seating-reception'],
	['banquet', 'seating-banquet'],
] as const;

/** `/…/tools/seating/` → `/…/tools/banquet/`: the layout pages sit beside the seat preview in both editions. */
const layoutHref = (seatingHref: string, page: string) => seatingHref.replace(/seating\/$/, `${page}/`);

/** The seat plans (saved on the seat-order preview) attached to one meeting. */
export default function MeetingSeatingPlans({ meetingId, messages, seatingHref }: Props) {
	const state = useStore($seatingPlans);
	const attached = plansOfMeeting(state, meetingId);
	const free = sortedPlans(state).filter((plan) => !plan.meetingId);
	const [choice, setChoice] = useState('');

	return (
		<section class="meeting-seating" data-meeting-seating>
			<h3>{messages['seating-title']}</h3>
			{attached.length === 0 ? (
				<p>{messages['seating-none']}</p>
			) : (
				<ul>
					{attached.map((plan) => (
						<li key={plan.id} data-seating-plan={plan.id}>
							{plan.name}({formatMessage(messages['seating-people'], { count: plan.count })}){' '}
							<button type="button" onClick={() => attachPlanToMeeting(plan.id, undefined)}>
								{messages['seating-detach']}
							</button>
						</li>
					))}
				</ul>
			)}
			{free.length > 0 && (
				<p>
					<label>
						{messages['seating-choose']}{' '}
						<select value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
							<option value="">—</option>
							{free.map((plan) => (
								<option value={plan.id} key={plan.id}>
									{plan.name}
								</option>
							))}
						</select>
					</label>{' '}
					<button
						type="button"
						disabled={!choice}
						onClick={() => {
							attachPlanToMeeting(choice, meetingId);
							setChoice('');
						}}
					>
						{messages['seating-attach']}
					</button>
				</p>
			)}
			<p>
				<a href={seatingHref}>{messages['seating-open']}</a>
			</p>
			<p data-meeting-layouts>
				{messages['seating-layouts']}
				{LAYOUT_PAGES.map(([page, label], index) => (
					<span key={page}>
						{index > 0 && '、'}
						<a href={`${layoutHref(seatingHref, page)}?meeting=${encodeURIComponent(meetingId)}`} data-layout-link={page}>
							{messages[label]}
						</a>
					</span>
				))}
			</p>
		</section>
	);
}
