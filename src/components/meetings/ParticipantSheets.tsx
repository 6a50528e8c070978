import { formatMessage, wallClockText } from '~/i18n/format';
import type { MeetingsMessages } from '~/i18n/messages/meetings';
import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { type DiningTable, diningTables } from '~/lib/diningTables';
import { attendanceSummary, groupBy, isMinorityEthnicity } from '~/lib/participants';
import type { Meeting } from '~/schemas/meeting';
import type { Participant } from '~/schemas/participant';
import { when } from './meetingWhen';
import { SheetHeader } from './PrintSheets';
import { NameCards, RoomCards, TableCards } from '../seating/CardSheets';
import type { Translate } from '../seating/messages';

// The sheets printed from a meeting's list (A4). Tables repeat their header
// row on every page (thead), and its first header row carries the meeting's
// name and date, so every page of a long sheet says which meeting it is.

import type { ParticipantSheet } from './participantSheetKinds';

export { type ParticipantSheet, participantSheets, sheetsForChosen } from './participantSheetKinds';

interface SheetProps {
	meeting: Meeting;
	people: readonly Participant[];
	messages: ParticipantsMessages;
	meetingMessages: MeetingsMessages;
}

type M = (key: keyof ParticipantsMessages, params?: Record<string, string | number>) => string;
const translate =
	(messages: ParticipantsMessages): M =>
	(key, params) =>
		formatMessage(messages[key], params);

/** The first header row of a table that runs over pages: the meeting, on every page. */
function RepeatedTitle({ meeting, columns }: { meeting: Meeting; columns: number }) {
	return (
		<tr class="sheet-running-title">
			<th colSpan={columns} scope="colgroup">
				{meeting.name}
				{meeting.start && ` · ${when(meeting)}`}
			</th>
		</tr>
	);
}

function PersonCells({ person }: { person: Participant }) {
	return (
		<>
			<td class="sheet-name">{person.name}</td>
			<td>{person.unit}</td>
			<td>{person.title}</td>
		</>
	);
}

/** 簽到表: everyone in order, with the summary box 應到 / 實到 / 請假 / 缺席. */
export function ParticipantSignInSheet({ meeting, people, messages, meetingMessages }: SheetProps) {
	const m = translate(messages);
	const summary = attendanceSummary(people);
	// Before the meeting 實到 and 缺席 are written in by hand; once recorded, they print.
	const count = (value: number, known: boolean) => (known ? m('sheet.people', { count: value }) : '');
	return (
		<section class="print-sheet participant-sheet" data-sheet="sign-in">
			<SheetHeader title={`${meeting.name} ${meetingMessages['sign-in-title']}`} meeting={meeting} messages={meetingMessages} />
			<dl class="sheet-summary" data-sign-in-summary>
				<div>
					<dt>{messages['sheet.expected']}</dt>
					<dd data-summary="expected">{count(summary.expected, true)}</dd>
				</div>
				<div>
					<dt>{messages['sheet.present']}</dt>
					<dd data-summary="present">{count(summary.present, summary.present > 0)}</dd>
				</div>
				<div>
					<dt>{messages['sheet.leave']}</dt>
					<dd data-summary="leave">{count(summary.leave, true)}</dd>
				</div>
				<div>
					<dt>{messages['sheet.absent']}</dt>
					<dd data-summary="absent">{count(summary.absent, summary.absent > 0)}</dd>
				</div>
			</dl>
			<table class="sheet-table sign-in-table">
				<thead>
					<RepeatedTitle meeting={meeting} columns={6} />
					<tr>
						<th scope="col">{messages['col.order']}</th>
						<th scope="col">{messages['col.name']}</th>
						<th scope="col">{messages['col.unit']}</th>
						<th scope="col">{messages['col.title']}</th>
						<th scope="col">{messages['sheet.signature']}</th>
						<th scope="col">{messages['sheet.note']}</th>
					</tr>
				</thead>
				<tbody>
					{people.map((person, index) => (
						<tr key={person.id} data-sign-in-row={index + 1}>
							<td>{index + 1}</td>
							<PersonCells person={person} />
							<td />
							<td>
								{person.attendance === 'leave'
									? m('sheet.leave-note', { reason: person.reason || messages['attendance.leave'] })
									: person.attendance === 'absent'
										? messages['attendance.absent']
										: person.note}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}

/** 出席情況匯總: the one-page report to the leader (第二篇 四(一)4, 六1). */
export function AttendanceReport({ meeting, people, messages, meetingMessages, asOf }: SheetProps & { asOf: string }) {
	const m = translate(messages);
	const summary = attendanceSummary(people);
	const categories = (['attendee', 'observer', 'guest', 'staff'] as const).filter((category) => summary.byCategory[category].total > 0);
	return (
		<section class="print-sheet participant-sheet" data-sheet="attendance">
			<SheetHeader title={`${meeting.name} ${messages['print.attendance']}`} meeting={meeting} messages={meetingMessages} />
			<p class="sheet-as-of">{m('sheet.as-of', { time: wallClockText(asOf) })}</p>
			<dl class="sheet-summary" data-attendance-summary>
				{(
					[
						['expected', summary.expected],
						['present', summary.present],
						['pending', summary.pending],
						['leave', summary.leave],
						['absent', summary.absent],
					] as const
				).map(([key, value]) => (
					<div key={key}>
						<dt>{messages[`sheet.${key}`]}</dt>
						<dd data-summary={key}>{m('sheet.people', { count: value })}</dd>
					</div>
				))}
			</dl>
			<h3>{messages['sheet.by-category']}</h3>
			<table class="sheet-table">
				<thead>
					<tr>
						<th scope="col">{messages['col.category']}</th>
						<th scope="col">{messages['sheet.total']}</th>
						<th scope="col">{messages['attendance.signed-in']}</th>
						<th scope="col">{messages['attendance.expected']}</th>
						<th scope="col">{messages['attendance.leave']}</th>
						<th scope="col">{messages['attendance.absent']}</th>
					</tr>
				</thead>
				<tbody>
					{categories.map((category) => {
						const row = summary.byCategory[category];
						return (
							<tr key={category} data-category={category}>
								<th scope="row">{messages[`category.${category}`]}</th>
								<td>{row.total}</td>
								<td>{row['signed-in']}</td>
								<td>{row.expected}</td>
								<td>{row.leave}</td>
								<td>{row.absent}</td>
							</tr>
						);
					})}
				</tbody>
			</table>
			<h3>{messages['sheet.leave-list']}</h3>
			{summary.onLeave.length === 0 ? (
				<p>{messages['sheet.none']}</p>
			) : (
				<table class="sheet-table" data-leave-list>
					<thead>
						<tr>
							<th scope="col">{messages['col.order']}</th>
							<th scope="col">{messages['col.name']}</th>
							<th scope="col">{messages['col.unit']}</th>
							<th scope="col">{messages['col.title']}</th>
							<th scope="col">{messages['sheet.reason']}</th>
							<th scope="col">{messages['sheet.taken-by']}</th>
						</tr>
					</thead>
					<tbody>
						{summary.onLeave.map((person) => (
							<tr key={person.id}>
								<td>{people.indexOf(person) + 1}</td>
								<PersonCells person={person} />
								<td>{person.reason}</td>
								<td>{person.takenBy}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
			<h3>{messages['sheet.absent-list']}</h3>
			{summary.absentees.length === 0 ? (
				<p>{messages['sheet.none']}</p>
			) : (
				<table class="sheet-table" data-absent-list>
					<thead>
						<tr>
							<th scope="col">{messages['col.order']}</th>
							<th scope="col">{messages['col.name']}</th>
							<th scope="col">{messages['col.unit']}</th>
							<th scope="col">{messages['col.title']}</th>
							<th scope="col">{messages['sheet.reason']}</th>
						</tr>
					</thead>
					<tbody>
						{summary.absentees.map((person) => (
							<tr key={person.id}>
								<td>{people.indexOf(person) + 1}</td>
								<PersonCells person={person} />
								<td>{person.reason}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}

const listed = (people: readonly Participant[]) =>
	people.map((person) => ({ name: person.name, ...(person.title ? { title: person.title } : {}) }));

/** 席卡, 桌卡 and 歡迎卡 of the chosen people: the seat tool's cards, same geometry. */
export function ParticipantCards({
	kind,
	people,
	t,
	welcome,
}: {
	kind: 'name-cards' | 'table-cards' | 'room-cards';
	people: readonly Participant[];
	t: Translate;
	welcome: string;
}) {
	// 桌卡: one per numbered table of the list (就餐 column), its people in list order;
	// with no tables given, ten to a table in precedence order, as the seat tool does.
	const numbered: DiningTable[] = groupBy(people, 'table')
		.filter((group) => /^\d+$/.test(group.key))
		.map((group) => ({ number: Number(group.key), ranks: group.people.map((person) => people.indexOf(person) + 1) }));
	const tables = numbered.length > 0 || people.length === 0 ? numbered : diningTables(people.length, 10);
	return (
		<section class="print-sheet participant-cards" data-sheet={kind}>
			{kind === 'name-cards' && <NameCards people={listed(people)} t={t} />}
			{kind === 'table-cards' && <TableCards tables={tables} people={listed(people)} listNames t={t} />}
			{kind === 'room-cards' && <RoomCards people={listed(people)} texts={{ welcome, hotel: '', contact: '' }} t={t} />}
		</section>
	);
}

/** 住宿安排表: rooms by 性別, 民族 noted (少數民族 marked ★). */
export function RoomsSheet({ meeting, people, messages, meetingMessages }: SheetProps) {
	const m = translate(messages);
	const byGender = (['male', 'female', ''] as const)
		.map((gender) => ({ gender, people: people.filter((person) => person.gender === gender) }))
		.filter((group) => group.people.length > 0);
	return (
		<section class="print-sheet participant-sheet" data-sheet="rooms">
			<SheetHeader title={`${meeting.name} ${messages['print.rooms']}`} meeting={meeting} messages={meetingMessages} />
			<table class="sheet-table">
				<thead>
					<RepeatedTitle meeting={meeting} columns={7} />
					<tr>
						<th scope="col">{messages['sheet.room']}</th>
						<th scope="col">{messages['col.name']}</th>
						<th scope="col">{messages['col.unit']}</th>
						<th scope="col">{messages['col.title']}</th>
						<th scope="col">{messages['sheet.gender']}</th>
						<th scope="col">{messages['sheet.ethnicity']}</th>
						<th scope="col">{messages['sheet.phone']}</th>
					</tr>
				</thead>
				{byGender.map(({ gender, people: members }) => (
					<tbody key={gender || 'none'}>
						<tr class="sheet-section">
							<th colSpan={7} scope="rowgroup">
								{messages[`gender.${gender}`]} · {m('sheet.people', { count: members.length })}
							</th>
						</tr>
						{groupBy(members, 'room').flatMap((room) =>
							room.people.map((person, index) => (
								<tr key={person.id} data-room={room.key}>
									<td>{index === 0 ? room.key || messages['sheet.unassigned'] : ''}</td>
									<PersonCells person={person} />
									<td>{messages[`gender.${person.gender}`]}</td>
									<td>{isMinorityEthnicity(person.ethnicity) ? `★${person.ethnicity}` : person.ethnicity}</td>
									<td>{person.phone}</td>
								</tr>
							)),
						)}
					</tbody>
				))}
			</table>
		</section>
	);
}

/** 就餐安排: tables, 少數民族 and dietary notes marked ★. */
export function DiningSheet({ meeting, people, messages, meetingMessages }: SheetProps) {
	const m = translate(messages);
	const marked = people.filter((person) => isMinorityEthnicity(person.ethnicity) || person.diet.trim() !== '');
	return (
		<section class="print-sheet participant-sheet" data-sheet="dining">
			<SheetHeader title={`${meeting.name} ${messages['print.dining']}`} meeting={meeting} messages={meetingMessages} />
			<p>
				★ {messages['sheet.minority']} / {messages['sheet.diet']}:{m('sheet.people', { count: marked.length })}
			</p>
			<table class="sheet-table">
				<thead>
					<RepeatedTitle meeting={meeting} columns={6} />
					<tr>
						<th scope="col">{messages['sheet.table']}</th>
						<th scope="col">{messages['col.name']}</th>
						<th scope="col">{messages['col.unit']}</th>
						<th scope="col">{messages['col.title']}</th>
						<th scope="col">{messages['sheet.ethnicity']}</th>
						<th scope="col">{messages['sheet.diet']}</th>
					</tr>
				</thead>
				{groupBy(people, 'table').map((table) => (
					<tbody key={table.key || 'none'}>
						{table.people.map((person, index) => (
							<tr key={person.id} data-table={table.key}>
								<td>{index === 0 ? table.key || messages['sheet.unassigned'] : ''}</td>
								<PersonCells person={person} />
								<td>{isMinorityEthnicity(person.ethnicity) ? `★${person.ethnicity}` : person.ethnicity}</td>
								<td>{person.diet && `★${person.diet}`}</td>
							</tr>
						))}
					</tbody>
				))}
			</table>
		</section>
	);
}

/** 車輛安排表: each car by number, its passengers in order (排序). */
export function VehiclesSheet({ meeting, people, messages, meetingMessages }: SheetProps) {
	return (
		<section class="print-sheet participant-sheet" data-sheet="vehicles">
			<SheetHeader title={`${meeting.name} ${messages['print.vehicles']}`} meeting={meeting} messages={meetingMessages} />
			<table class="sheet-table">
				<thead>
					<RepeatedTitle meeting={meeting} columns={6} />
					<tr>
						<th scope="col">{messages['sheet.car']}</th>
						<th scope="col">{messages['sheet.car-order']}</th>
						<th scope="col">{messages['col.name']}</th>
						<th scope="col">{messages['col.unit']}</th>
						<th scope="col">{messages['col.title']}</th>
						<th scope="col">{messages['sheet.phone']}</th>
					</tr>
				</thead>
				{groupBy(people, 'car').map((car) => (
					<tbody key={car.key || 'none'}>
						{car.people.map((person, index) => (
							<tr key={person.id} data-car={car.key}>
								<td>{index === 0 ? car.key || messages['sheet.unassigned'] : ''}</td>
								<td>{index + 1}</td>
								<PersonCells person={person} />
								<td>{person.phone}</td>
							</tr>
						))}
					</tbody>
				))}
			</table>
		</section>
	);
}

/** 通訊錄: everyone in order with unit, title, phone and room. */
export function ContactsSheet({ meeting, people, messages, meetingMessages }: SheetProps) {
	return (
		<section class="print-sheet participant-sheet" data-sheet="contacts">
			<SheetHeader title={`${meeting.name} ${messages['print.contacts']}`} meeting={meeting} messages={meetingMessages} />
			<table class="sheet-table">
				<thead>
					<RepeatedTitle meeting={meeting} columns={6} />
					<tr>
						<th scope="col">{messages['col.order']}</th>
						<th scope="col">{messages['col.name']}</th>
						<th scope="col">{messages['col.unit']}</th>
						<th scope="col">{messages['col.title']}</th>
						<th scope="col">{messages['sheet.phone']}</th>
						<th scope="col">{messages['sheet.room']}</th>
					</tr>
				</thead>
				<tbody>
					{people.map((person, index) => (
						<tr key={person.id}>
							<td>{index + 1}</td>
							<PersonCells person={person} />
							<td>{person.phone}</td>
							<td>{person.room}</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}

/** 證件: 出席證 / 列席證 / 工作證 as cut-out cards, eight to an A4 sheet. */
export function PassesSheet({ meeting, people, messages }: Omit<SheetProps, 'meetingMessages'>) {
	return (
		<section class="print-sheet participant-passes" data-sheet="passes">
			<div class="pass-grid">
				{people.map((person) => (
					<article class="pass-card" data-pass-category={person.category} key={person.id} aria-label={person.name}>
						<p class="pass-meeting">{meeting.name}</p>
						<p class="pass-kind">{messages[`pass.${person.category}`]}</p>
						<p class="pass-name">{person.name}</p>
						<p class="pass-unit">{[person.unit, person.title].filter(Boolean).join(' ')}</p>
						<p class="pass-date">{meeting.start ? when(meeting) : ''}</p>
					</article>
				))}
			</div>
			<p class="pass-note">{messages['pass.cut']}</p>
		</section>
	);
}

/**
 * The sheet chosen for print. The meeting page loads this module only when a
 * sheet is printed, so the sheets stay out of the script the page opens with.
 */
export function PrintedParticipantSheet({
	sheet,
	asOf,
	cardText,
	welcome,
	...props
}: SheetProps & { sheet: ParticipantSheet; asOf: string; cardText: Translate; welcome: string }) {
	switch (sheet) {
		case 'sign-in':
			return <ParticipantSignInSheet {...props} />;
		case 'attendance':
			return <AttendanceReport {...props} asOf={asOf} />;
		case 'name-cards':
		case 'table-cards':
		case 'room-cards':
			return <ParticipantCards kind={sheet} people={props.people} t={cardText} welcome={welcome} />;
		case 'rooms':
			return <RoomsSheet {...props} />;
		case 'dining':
			return <DiningSheet {...props} />;
		case 'vehicles':
			return <VehiclesSheet {...props} />;
		case 'contacts':
			return <ContactsSheet {...props} />;
		case 'passes':
			return <PassesSheet {...props} />;
	}
}
