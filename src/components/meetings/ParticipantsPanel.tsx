import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { blankParticipant } from '~/lib/participants';
import { wallClockInChina } from '~/lib/stepDue';
import {
	type AttendanceStatus,
	attendanceStatuses,
	type Participant,
	participantCategories,
	type ParticipantInput,
} from '~/schemas/participant';
import { $participants, participantsOf, participantsStore } from '~/stores/participants';
import { useOnDemand } from '../site/useOnDemand';
import ParticipantImport from './ParticipantImport';

interface Props {
	meetingId: string;
	messages: ParticipantsMessages;
	/** Ids chosen for the cards and passes. */
	selected: ReadonlySet<string>;
	onSelect(selected: Set<string>): void;
}

type Editing = { id: string | null } | null;

/**
 * 人員名單: the meeting's people in precedence order, their attendance
 * (擬出席 / 請假 with reason and who took it / 缺席 with reason / 已簽到 with
 * time), entered by paste, .xlsx or by hand, and reordered by hand.
 */
export default function ParticipantsPanel({ meetingId, messages, selected, onSelect }: Props) {
	const people = participantsOf(useStore($participants), meetingId);
	const [editing, setEditingNow] = useState<Editing>(null);
	// The form loads when someone adds or edits a person, not with the page.
	const [form, loadForm] = useOnDemand(() => import('./ParticipantForm'));
	const setEditing = (next: Editing) => {
		if (next) void loadForm().then(() => setEditingNow(next));
		else setEditingNow(null);
	};
	const [removed, setRemoved] = useState<{ person: Participant; index: number } | null>(null);
	const m = (key: keyof ParticipantsMessages, params?: Record<string, string | number>) => formatMessage(messages[key], params);
	const update = (id: string, edit: Partial<ParticipantInput>) => participantsStore.updateParticipant(meetingId, id, edit);
	const setStatus = (person: Participant, attendance: AttendanceStatus) =>
		update(person.id, {
			attendance,
			// A sign-in is stamped now; other states keep no time.
			signedInAt: attendance === 'signed-in' ? person.signedInAt || wallClockInChina(new Date()) : '',
			...(attendance === 'leave' || attendance === 'absent' ? {} : { reason: '', takenBy: '' }),
		});
	const toggle = (id: string, on: boolean) => {
		const next = new Set(selected);
		if (on) next.add(id);
		else next.delete(id);
		onSelect(next);
	};
	const editingPerson = editing?.id ? people.find((person) => person.id === editing.id) : null;

	return (
		<section class="participants" data-participants-panel>
			<p class="hint">{messages.intro}</p>
			{removed && (
				<p class="huiwu-notice" role="status">
					{m('removed', { name: removed.person.name })}{' '}
					<button
						type="button"
						onClick={() => {
							participantsStore.restoreParticipant(meetingId, removed);
							setRemoved(null);
						}}
					>
						{messages.undo}
					</button>
				</p>
			)}
			{people.length === 0 ? (
				<p data-participants data-count="0">
					{messages.empty}
				</p>
			) : (
				<>
					<p>{m('count', { count: people.length })}</p>
					<div class="participants-scroll">
						<table class="participants-table" data-participants data-count={people.length}>
							<thead>
								<tr>
									<th scope="col">{messages['col.select']}</th>
									<th scope="col">{messages['col.order']}</th>
									<th scope="col">{messages['col.name']}</th>
									<th scope="col">{messages['col.unit']}</th>
									<th scope="col">{messages['col.title']}</th>
									<th scope="col">{messages['col.category']}</th>
									<th scope="col">{messages['col.rostrum']}</th>
									<th scope="col">{messages['col.attendance']}</th>
									<th scope="col">{messages['col.actions']}</th>
								</tr>
							</thead>
							<tbody>
								{people.map((person, index) => (
									<tr key={person.id} data-participant={person.id} data-order={index + 1} data-attendance={person.attendance}>
										<td data-label={messages['col.select']}>
											<input
												type="checkbox"
												checked={selected.has(person.id)}
												aria-label={m('select-label', { name: person.name })}
												onChange={(event) => toggle(person.id, event.currentTarget.checked)}
											/>
										</td>
										<td class="participant-order">{index + 1}</td>
										<th scope="row" class="participant-name">
											{person.name}
										</th>
										<td data-label={messages['col.unit']} class="participant-text">
											{person.unit}
										</td>
										<td data-label={messages['col.title']} class="participant-text">
											{person.title}
										</td>
										<td data-label={messages['col.category']}>
											<select
												value={person.category}
												aria-label={`${person.name} ${messages['col.category']}`}
												onChange={(event) => update(person.id, { category: event.currentTarget.value as Participant['category'] })}
											>
												{participantCategories.map((category) => (
													<option value={category} key={category}>
														{messages[`category.${category}`]}
													</option>
												))}
											</select>
										</td>
										<td data-label={messages['col.rostrum']}>
											<input
												type="checkbox"
												checked={person.rostrum}
												aria-label={m('rostrum-label', { name: person.name })}
												onChange={(event) => update(person.id, { rostrum: event.currentTarget.checked })}
											/>
										</td>
										<td data-label={messages['col.attendance']}>
											<span class="participant-attendance">
												<select
													value={person.attendance}
													aria-label={m('attendance-label', { name: person.name })}
													onChange={(event) => setStatus(person, event.currentTarget.value as AttendanceStatus)}
												>
													{attendanceStatuses.map((status) => (
														<option value={status} key={status}>
															{messages[`attendance.${status}`]}
														</option>
													))}
												</select>
												{(person.attendance === 'leave' || person.attendance === 'absent') && (
													<input
														type="text"
														value={person.reason}
														maxLength={500}
														placeholder={messages[person.attendance === 'leave' ? 'leave-reason' : 'absent-reason']}
														aria-label={`${person.name} ${messages[person.attendance === 'leave' ? 'leave-reason' : 'absent-reason']}`}
														onChange={(event) => update(person.id, { reason: event.currentTarget.value })}
													/>
												)}
												{person.attendance === 'leave' && (
													<input
														type="text"
														value={person.takenBy}
														maxLength={100}
														placeholder={messages['leave-taken-by']}
														aria-label={`${person.name} ${messages['leave-taken-by']}`}
														onChange={(event) => update(person.id, { takenBy: event.currentTarget.value })}
													/>
												)}
												{person.attendance === 'signed-in' && (
													<input
														type="datetime-local"
														value={person.signedInAt}
														aria-label={`${person.name} ${messages['signed-in-at']}`}
														onChange={(event) => update(person.id, { signedInAt: event.currentTarget.value })}
													/>
												)}
											</span>
										</td>
										<td class="participant-actions">
											<button type="button" onClick={() => setEditing({ id: person.id })}>
												{messages.edit}
											</button>
											<button
												type="button"
												disabled={index === 0}
												aria-label={m('move-up-label', { name: person.name })}
												onClick={() => participantsStore.moveParticipant(meetingId, person.id, index - 1)}
											>
												↑
											</button>
											<button
												type="button"
												disabled={index === people.length - 1}
												aria-label={m('move-down-label', { name: person.name })}
												onClick={() => participantsStore.moveParticipant(meetingId, person.id, index + 1)}
											>
												↓
											</button>
											<button type="button" onClick={() => setRemoved(participantsStore.removeParticipant(meetingId, person.id))}>
												{messages.remove}
											</button>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</>
			)}
			{editing && form ? (
				<form.default
					key={editing.id ?? 'new'}
					messages={messages}
					title={editingPerson ? m('edit-title', { name: editingPerson.name }) : messages['add-title']}
					initial={editingPerson ?? blankParticipant()}
					onSave={(input) => {
						if (editingPerson) update(editingPerson.id, input);
						else participantsStore.addParticipants(meetingId, [input]);
						setEditing(null);
					}}
					onCancel={() => setEditing(null)}
				/>
			) : (
				<p>
					<button type="button" onClick={() => setEditing({ id: null })}>
						{messages.add}
					</button>
				</p>
			)}
			<ParticipantImport
				messages={messages}
				existing={people.length}
				onImport={(inputs, mode) => participantsStore.addParticipants(meetingId, inputs, mode)}
			/>
		</section>
	);
}
