import { useMemo, useState } from 'preact/hooks';
import { parseNameList, type ListedPerson } from '~/lib/nameList';
import { MAX_DELEGATION, ReceptionInputError, receptionSeats, type ReceptionSeat } from '~/lib/receptionSeating';

import { NameCards } from './CardSheets';
import { translator, type SeatingMessages, type Translate } from './messages';
import { useHydrated, usePrintSheet } from './usePrintSheet';
import './seating.css';

export interface ReceptionPlannerProps {
	messages: SeatingMessages;
	/** 第三篇 三 (接待上級領導視察), the nearest the standards come to a reception */
	ruleSource: string;
}

type PrintMode = 'chart' | 'name-cards';

interface Placed extends ReceptionSeat {
	/** absent for an interpreter or recorder */
	person?: ListedPerson | undefined;
}

/**
 * 會見/會談 in a reception room: the host and the chief guest side by side facing
 * the entrance, the delegations along the sides, interpreters and recorders
 * behind; a chart and 席卡 on A4. Names stay in this page.
 */
export default function ReceptionPlanner({ messages, ruleSource }: ReceptionPlannerProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const [hostsText, setHostsText] = useState('');
	const [guestsText, setGuestsText] = useState('');
	const [hostStaffText, setHostStaffText] = useState('1');
	const [guestStaffText, setGuestStaffText] = useState('1');
	const [guestOn, setGuestOn] = useState<'right' | 'left'>('right');
	const [printMode, print] = usePrintSheet<PrintMode>('chart');
	const hydrated = useHydrated();

	const hosts = parseNameList(hostsText).people;
	const guests = parseNameList(guestsText).people;
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
					guestOn,
				}).map((seat) => ({ ...seat, person: seat.rank > 0 ? (seat.side === 'host' ? hosts : guests)[seat.rank - 1] : undefined }));
			} catch (caught) {
				if (!(caught instanceof ReceptionInputError)) throw caught;
				error = caught.code === 'too-many' ? t('reception.too-many', { max: MAX_DELEGATION }) : t('reception.count-invalid');
			}
		}
	}
	// Cards in precedence order: the two principals, then each side's next in turn.
	const cardPeople = placed
		.filter((seat) => seat.person)
		.sort((a, b) => a.rank - b.rank || (a.side === 'host' ? 0 : 1) - (b.side === 'host' ? 0 : 1))
		.map((seat) => seat.person!);

	return (
		<div
			class="seating room-planner not-content"
			data-reception
			data-seating
			data-print={printMode}
			data-hydrated={hydrated ? '' : undefined}
			data-pagefind-ignore
		>
			<section class="seating-form">
				<div class="seating-fields banquet-lists">
					<label>
						{t('reception.hosts')}
						<textarea rows={5} name="reception-hosts" value={hostsText} onInput={(event) => setHostsText(event.currentTarget.value)} />
					</label>
					<label>
						{t('reception.guests')}
						<textarea rows={5} name="reception-guests" value={guestsText} onInput={(event) => setGuestsText(event.currentTarget.value)} />
					</label>
					<label>
						{t('reception.host-staff')}
						<input
							type="text"
							inputMode="numeric"
							name="reception-host-staff"
							value={hostStaffText}
							onInput={(event) => setHostStaffText(event.currentTarget.value)}
						/>
					</label>
					<label>
						{t('reception.guest-staff')}
						<input
							type="text"
							inputMode="numeric"
							name="reception-guest-staff"
							value={guestStaffText}
							onInput={(event) => setGuestStaffText(event.currentTarget.value)}
						/>
					</label>
				</div>
				<fieldset class="seating-choice">
					<legend>{t('reception.guest-on')}</legend>
					<label>
						<input
							type="radio"
							name="reception-guest-on"
							value="right"
							checked={guestOn === 'right'}
							onChange={() => setGuestOn('right')}
						/>{' '}
						{t('reception.guest-right')}
					</label>
					<label>
						<input type="radio" name="reception-guest-on" value="left" checked={guestOn === 'left'} onChange={() => setGuestOn('left')} />{' '}
						{t('reception.guest-left')}
					</label>
				</fieldset>
				<aside class="seating-note" data-rule-note>
					<p>
						<strong>{t('room.rule-title')}</strong>:{t('reception.rule')} <a href={ruleSource}>{t('reception.rule-source')}</a>
					</p>
					<p>{t('room.not-saved')}</p>
				</aside>
				{error && (
					<p class="seating-notice huiwu-notice huiwu-notice-error" role="alert" data-room-error>
						{error}
					</p>
				)}
				<p class="seating-print-controls">
					<button type="button" class="seating-button" disabled={placed.length === 0} onClick={() => print('chart')}>
						{t('room.print-chart')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={placed.length === 0} onClick={() => print('name-cards')}>
						{t('room.print-name-cards')}
					</button>
				</p>
				<p class="seating-hint">{t('room.print-hint')}</p>
			</section>

			<section class="seating-chart-section" aria-labelledby="reception-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="reception-chart-heading">{t('reception.chart-title')}</h2>
				</header>
				{placed.length > 0 && <ReceptionChart placed={placed} t={t} />}
			</section>

			<section class="seating-print">
				<div class="card-preview">{printMode === 'name-cards' && <NameCards people={cardPeople} t={t} />}</div>
			</section>
		</div>
	);
}

/** The room as seen from the entrance (at the bottom): principals at the top facing it, staff behind them. */
function ReceptionChart({ placed, t }: { placed: readonly Placed[]; t: Translate }) {
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
								<span class="room-seat-role">{role}</span>
								{seat.person && <span class="room-seat-name">{seat.person.name}</span>}
							</p>
						);
					}),
				)}
			</div>
			<p class="room-back">{t('reception.entrance')}</p>
		</div>
	);
}
