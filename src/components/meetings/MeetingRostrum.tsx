import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { rostrumPeople } from '~/lib/participants';
import { planDrift } from '~/lib/reprint';
import { rostrumRows, SEAT_LIMITS } from '~/lib/seating';
import { DEFAULT_LAYOUT } from '~/lib/seatingQuery';
import type { Meeting } from '~/schemas/meeting';
import type { Participant } from '~/schemas/participant';
import { $seatingPlans, savePlan } from '~/stores/seatingPlans';
import { when } from './meetingWhen';

interface Props {
	meeting: Meeting;
	people: readonly Participant[];
	messages: ParticipantsMessages;
	seatingHref: string;
}

/** The id of a meeting's rostrum plan: one per meeting, made again from the list on demand. */
export const rostrumPlanId = (meetingId: string) => `rostrum-${meetingId}`;

/**
 * 主席臺座次 from the list: those marked for the rostrum, in precedence order,
 * seated by 第二篇 四(三)2(1). The plan saved from here is a copy: a manual
 * swap in the seat tool changes the plan, never the list.
 */
export default function MeetingRostrum({ meeting, people, messages, seatingHref }: Props) {
	const plans = useStore($seatingPlans);
	const [status, setStatus] = useState('');
	// A seat plan holds at most SEAT_LIMITS.max people; a rostrum never comes near it.
	const rostrum = rostrumPeople(people).slice(0, SEAT_LIMITS.max);
	const id = rostrumPlanId(meeting.id);
	const existing = plans.plans[id];
	const perRow = Math.min(Math.max(rostrum.length, 1), DEFAULT_LAYOUT.perRow);
	// A withdrawal or addition re-flows the preview at once; the saved plan (a copy) says it is behind.
	const drift = existing
		? planDrift(
				existing.people.map((person) => person.name),
				rostrum.map((person) => person.name),
			)
		: null;
	const stale = drift !== null && (drift.added.length > 0 || drift.gone.length > 0 || drift.reordered);
	const rows = rostrum.length > 0 ? rostrumRows(rostrum.length, perRow, existing?.honour ?? 'left') : [];

	const save = () => {
		const name = formatMessage(messages['rostrum-plan-name'], { meeting: meeting.name }).slice(0, 100);
		const listed = rostrum.map((person) => ({ name: person.name, ...(person.title ? { title: person.title } : {}) }));
		// Manual swaps are seat positions: they still apply while the number of seats is the same.
		const keepOverrides = existing && existing.count === rostrum.length && existing.perRow === perRow;
		savePlan({
			id,
			name,
			meetingId: meeting.id,
			count: rostrum.length,
			perRow,
			honour: existing?.honour ?? 'left',
			view: existing?.view ?? 'audience',
			people: listed,
			...(keepOverrides && existing.overrides ? { overrides: existing.overrides } : {}),
			// What was printed stays: the seat preview compares the new list with it and reprints only the changed 席卡.
			...(existing?.printed ? { printed: existing.printed } : {}),
			meetingName: meeting.name.slice(0, 200),
			meetingDate: when(meeting).slice(0, 40),
		});
		setStatus(formatMessage(messages[existing ? 'rostrum-updated' : 'rostrum-made'], { name }));
	};

	return (
		<section class="meeting-rostrum" data-meeting-rostrum data-count={rostrum.length}>
			<h3>{messages['rostrum-title']}</h3>
			{rostrum.length === 0 ? (
				<p>{messages['rostrum-none']}</p>
			) : (
				<>
					<p>{formatMessage(messages['rostrum-count'], { count: rostrum.length })}</p>
					{rows.map((row, index) => (
						<ol class="meeting-rostrum-row" key={index} data-rostrum-row={index + 1}>
							{row.map((rank) => (
								<li key={rank} data-rank={rank}>
									<span class="meeting-rostrum-rank">{rank}</span> {rostrum[rank - 1]!.name}
								</li>
							))}
						</ol>
					))}
					<p>
						<button type="button" onClick={save} data-rostrum-save>
							{messages[existing ? 'rostrum-update' : 'rostrum-make']}
						</button>{' '}
						<a href={seatingHref}>{messages['rostrum-open']}</a>
					</p>
					{status && <p role="status">{status}</p>}
				</>
			)}
			{stale && drift && (
				<p class="huiwu-notice" data-rostrum-stale>
					{messages['rostrum-stale']}
					{[
						drift.added.length > 0 && formatMessage(messages['rostrum-added'], { names: drift.added.join('、') }),
						drift.gone.length > 0 && formatMessage(messages['rostrum-gone'], { names: drift.gone.join('、') }),
						drift.reordered && messages['rostrum-reordered'],
					]
						.filter(Boolean)
						.join(';')}
					。{messages['rostrum-stale-action']}
				</p>
			)}
		</section>
	);
}
