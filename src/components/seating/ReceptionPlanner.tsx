import { useMemo, useState } from 'preact/hooks';
import { splitSides } from '~/lib/layoutPeople';
import type { ListedPerson } from '~/lib/nameList';
import { MAX_DELEGATION, ReceptionInputError, receptionSeats, type ReceptionSeat } from '~/lib/receptionSeating';
import { cardChanges, fingerprint, goneNames } from '~/lib/reprint';
import type { LayoutInput } from '~/stores/seatingLayouts';

import { NameCards } from './CardSheets';
import { fromParticipants, fromPasted, type LayoutPerson } from './layoutPeople';
import { MeetingSource, ReprintBar, SidesEditor, SwapSeat, SwapStatus, NumberField, RadioChoice } from './LayoutParts';
import { translator, type SeatingMessages, type Translate } from './messages';
import { useMeetingLayout } from './useMeetingLayout';
import { useHydrated, usePrintSheet } from './usePrintSheet';
import { useSeatSwaps, type SeatSwaps } from './useSeatSwaps';
import './seating.css';

export interface ReceptionPlannerProps {
	messages: SeatingMessages;
	/** 第三篇 三 (接待上級領導視察), the nearest the standards come to a reception */
	ruleSource: string;
	/** The meeting page, for the way back when opened from a meeting. */
	meetingHref: string;
}

type PrintMode = 'chart' | 'name-cards' | 'changed-cards';

interface Placed extends ReceptionSeat {
	/** the seat's key, `x<x>y<y>` */
	key: string;
	/** the rule's person here; absent for an interpreter or recorder */
	person?: LayoutPerson | undefined;
}

const DEFAULTS: LayoutInput<'reception'> = { guestOn: 'right', hostStaff: 1, guestStaff: 1, sides: {}, swaps: [], printed: {} };

const staffCount = (text: string): number | null => (/^\s*\d{1,2}\s*$/.test(text) && Number(text) <= MAX_DELEGATION ? Number(text) : null);

/**
 * 會見/會談 in a reception room: the host and the chief guest side by side facing
 * the entrance, the delegations along the sides, interpreters and recorders
 * behind; a chart and 席卡 on A4. Opened from a meeting (`?meeting=`), the people
 * come from its list and the layout is saved with it; seats can be swapped by
 * hand; after a change, changed seats are marked and only new 席卡 reprinted.
 */
export default function ReceptionPlanner({ messages, ruleSource, meetingHref }: ReceptionPlannerProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const layout = useMeetingLayout('reception', DEFAULTS);
	const { settings, update } = layout;
	const [hostsText, setHostsText] = useState('');
	const [guestsText, setGuestsText] = useState('');
	const [typed, setTyped] = useState<{ hostStaff?: string; guestStaff?: string }>({});
	const [recorded, setRecorded] = useState(false);
	const [printMode, print] = usePrintSheet<PrintMode>('chart');
	const hydrated = useHydrated();

	let hosts: LayoutPerson[];
	let guests: LayoutPerson[];
	if (layout.people) {
		const sides = splitSides(layout.people, settings.sides);
		hosts = fromParticipants(sides.hosts);
		guests = fromParticipants(sides.guests);
	} else {
		hosts = fromPasted(hostsText, 'h');
		guests = fromPasted(guestsText, 'g');
	}
	const byKey = new Map([...hosts, ...guests].map((person) => [person.key, person]));
	const hostStaffText = typed.hostStaff ?? String(settings.hostStaff);
	const guestStaffText = typed.guestStaff ?? String(settings.guestStaff);
	let placed: Placed[] = [];
	let error = '';
	if (hosts.length + guests.length > 0) {
		if (hosts.length === 0 || guests.length === 0) error = t('reception.needs-both');
		else {
			try {
				placed = receptionSeats({
					hosts: hosts.length,
					guests: guests.length,
					hostStaff: Number(hostStaffText || '0'),
					guestStaff: Number(guestStaffText || '0'),
					guestOn: settings.guestOn,
				}).map((seat) => ({
					...seat,
					key: `x${seat.x}y${seat.y}`,
					person: seat.rank > 0 ? (seat.side === 'host' ? hosts : guests)[seat.rank - 1] : undefined,
				}));
			} catch (caught) {
				if (!(caught instanceof ReceptionInputError)) throw caught;
				error = caught.code === 'too-many' ? t('reception.too-many', { max: MAX_DELEGATION }) : t('reception.count-invalid');
			}
		}
	}
	const rule = placed.flatMap((seat) => (seat.person ? [{ seat: seat.key, occupant: seat.person.key }] : []));
	const nameOf = (key: string) => byKey.get(key)?.name ?? '';
	const swaps = useSeatSwaps(rule, settings.swaps, (next) => update({ swaps: next }), nameOf, t);

	// Cards in precedence order: the two principals, then each side's next in turn.
	const inPrecedence = placed
		.filter((seat) => seat.person)
		.sort((a, b) => a.rank - b.rank || (a.side === 'host' ? 0 : 1) - (b.side === 'host' ? 0 : 1))
		.map((seat) => seat.person!);
	// What was printed: each 席卡 (the name) and each seat of the chart (who sits there).
	const cards = Object.fromEntries(inPrecedence.map((person) => [person.key, fingerprint(person.name)]));
	const chart = Object.fromEntries(rule.map(({ seat }) => [seat, fingerprint(nameOf(swaps.at.get(seat)?.occupant ?? ''))]));
	const cardNow = cardChanges(settings.printed.cards, cards);
	const chartNow = cardChanges(settings.printed.chart, chart);
	const changedCards = new Set(cardNow.changed);
	const changedSeats = new Set(chartNow.changed);
	const gone = goneNames(settings.printed.cards, cardNow.gone);
	const record = (families: { chart?: boolean; cards?: boolean }) =>
		update({ printed: { ...settings.printed, ...(families.chart && { chart }), ...(families.cards && { cards }) } });
	const cardPeople: ListedPerson[] = inPrecedence
		.filter((person) => printMode !== 'changed-cards' || changedCards.has(person.key))
		.map((person) => ({ name: person.name }));
	const staffField = (field: 'hostStaff' | 'guestStaff', text: string) => {
		setTyped({ ...typed, [field]: text });
		const value = staffCount(text);
		if (value !== null) update({ [field]: value });
	};

	return (
		<div
			class="seating room-planner not-content"
			data-reception
			data-seating
			data-print={printMode === 'changed-cards' ? 'name-cards' : printMode}
			data-hydrated={hydrated ? '' : undefined}
			data-pagefind-ignore
		>
			<section class="seating-form">
				{layout.people && layout.meetingId ? (
					<>
						<MeetingSource
							meetingHref={meetingHref}
							meetingId={layout.meetingId}
							empty={byKey.size === 0}
							saveState={layout.saveState}
							t={t}
						/>
						<SidesEditor people={layout.people} sides={settings.sides} onSides={(sides) => update({ sides })} t={t} />
					</>
				) : (
					<div class="seating-fields banquet-lists">
						<label>
							{t('reception.hosts')}
							<textarea rows={5} name="reception-hosts" value={hostsText} onInput={(event) => setHostsText(event.currentTarget.value)} />
						</label>
						<label>
							{t('reception.guests')}
							<textarea rows={5} name="reception-guests" value={guestsText} onInput={(event) => setGuestsText(event.currentTarget.value)} />
						</label>
					</div>
				)}
				<div class="seating-fields">
					<NumberField
						label={t('reception.host-staff')}
						name="reception-host-staff"
						value={hostStaffText}
						onInput={(text) => staffField('hostStaff', text)}
					/>
					<NumberField
						label={t('reception.guest-staff')}
						name="reception-guest-staff"
						value={guestStaffText}
						onInput={(text) => staffField('guestStaff', text)}
					/>
				</div>
				<RadioChoice
					legend={t('reception.guest-on')}
					name="reception-guest-on"
					value={settings.guestOn}
					options={[
						{ value: 'right', label: t('reception.guest-right') },
						{ value: 'left', label: t('reception.guest-left') },
					]}
					onChange={(value) => update({ guestOn: value })}
				/>
				<aside class="seating-note" data-rule-note>
					<p>
						<strong>{t('room.rule-title')}</strong>:{t('reception.rule')} <a href={ruleSource}>{t('reception.rule-source')}</a>
					</p>
					{!layout.people && <p>{t('room.not-saved')}</p>}
				</aside>
				{error && (
					<p class="seating-notice huiwu-notice huiwu-notice-error" role="alert" data-room-error>
						{error}
					</p>
				)}
				<ReprintBar
					changed={changedCards.size + changedSeats.size}
					gone={gone}
					recorded={recorded}
					onRecord={() => {
						record({ chart: true, cards: true });
						setRecorded(true);
					}}
					disabled={placed.length === 0}
					t={t}
					changedNote={t('reprint.changed-note', {
						count: new Set([...changedCards, ...[...changedSeats].map((seat) => swaps.at.get(seat)?.occupant)]).size,
					})}
					goneNote={t('reprint.gone-cards', { names: gone.join('、') })}
					statusAttribute="data-reprint-status"
				>
					<button
						type="button"
						class="seating-button"
						disabled={placed.length === 0}
						onClick={() => {
							record({ chart: true });
							print('chart');
						}}
					>
						{t('room.print-chart')}
					</button>{' '}
					<button
						type="button"
						class="seating-button"
						disabled={placed.length === 0}
						onClick={() => {
							record({ cards: true });
							print('name-cards');
						}}
					>
						{t('room.print-name-cards')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={changedCards.size === 0} onClick={() => print('changed-cards')}>
						{t('reprint.print-changed-cards')}
					</button>
				</ReprintBar>
				<p class="seating-hint">{t('room.print-hint')}</p>
			</section>

			<section class="seating-chart-section" aria-labelledby="reception-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="reception-chart-heading">{t('reception.chart-title')}</h2>
				</header>
				{placed.length > 0 && <SwapStatus swaps={swaps} t={t} />}
				{placed.length > 0 && <ReceptionChart placed={placed} swaps={swaps} nameOf={nameOf} changed={changedSeats} t={t} />}
			</section>

			<section class="seating-print">
				<div class="card-preview">{printMode !== 'chart' && <NameCards people={cardPeople} t={t} />}</div>
			</section>
		</div>
	);
}

/** The room as seen from the entrance (at the bottom): principals at the top facing it, staff behind them. */
function ReceptionChart({
	placed,
	swaps,
	nameOf,
	changed,
	t,
}: {
	placed: readonly Placed[];
	swaps: SeatSwaps;
	nameOf: (key: string) => string;
	changed: ReadonlySet<string>;
	t: Translate;
}) {
	const xs = [...new Set([0, ...placed.map((seat) => seat.x)])].sort((a, b) => a - b);
	const ys = [...new Set(placed.map((seat) => seat.y))].sort((a, b) => a - b);
	return (
		<div class="room-reception" style={{ '--columns': xs.length }} data-reception-chart>
			<p class="room-rostrum">{t('reception.wall')}</p>
			<div class="room-reception-grid">
				{ys.flatMap((y) =>
					xs.map((x) => {
						const seat = placed.find((candidate) => candidate.x === x && candidate.y === y);
						if (!seat) return <span key={`${x},${y}`} class="room-reception-gap" />;
						const role =
							seat.rank === 0
								? t('reception.staff')
								: seat.rank === 1
									? t(seat.side === 'host' ? 'reception.host-principal' : 'reception.guest-principal')
									: t(seat.side === 'host' ? 'reception.host' : 'reception.guest', { rank: seat.rank });
						return (
							<p
								key={`${x},${y}`}
								class={`room-reception-seat room-reception-${seat.side}`}
								data-side={seat.side}
								data-rank={seat.rank}
								data-x={x}
								data-y={y}
							>
								{seat.person ? (
									<SwapSeat
										seat={seat.key}
										swaps={swaps}
										name={nameOf(swaps.at.get(seat.key)?.occupant ?? '')}
										place={role}
										changed={changed.has(seat.key)}
										className="room-reception-seat-button"
										t={t}
									>
										<span class="room-seat-role">{role}</span>
										<span class="room-seat-name">{nameOf(swaps.at.get(seat.key)?.occupant ?? '')}</span>
									</SwapSeat>
								) : (
									<span class="room-seat-role">{role}</span>
								)}
							</p>
						);
					}),
				)}
			</div>
			<p class="room-back">{t('reception.entrance')}</p>
		</div>
	);
}
