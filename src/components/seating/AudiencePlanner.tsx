import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { AUDIENCE_LIMITS, AudienceInputError, audienceSeats, type AudienceSeat } from '~/lib/audienceSeating';
import { audienceBlocks } from '~/lib/layoutPeople';
import type { ListedPerson } from '~/lib/nameList';
import { cardChanges, fingerprint, goneNames } from '~/lib/reprint';
import type { LayoutInput } from '~/stores/seatingLayouts';

import { NameCards } from './CardSheets';
import { fromParticipants, fromPasted, type LayoutPerson } from './layoutPeople';
import { MeetingSource, ReprintBar, SwapSeat, SwapStatus, NumberField, RadioChoice } from './LayoutParts';
import { translator, type SeatingMessages, type Translate } from './messages';
import { useMeetingLayout } from './useMeetingLayout';
import { useHydrated, usePrintSheet } from './usePrintSheet';
import { useSeatSwaps, type SeatSwaps } from './useSeatSwaps';
import './seating.css';

export interface AudiencePlannerProps {
	messages: SeatingMessages;
	/** 第二篇 四(三)2(2): seats marked on the admission ticket */
	ruleSource: string;
	/** The meeting page, for the way back when opened from a meeting. */
	meetingHref: string;
}

type PrintMode = 'chart' | 'name-cards' | 'tickets' | 'changed-cards' | 'changed-tickets';

interface Block {
	label: string;
	names: string;
}

/** A seated person: their seat (after manual swaps) and who they are. */
interface Placed extends AudienceSeat {
	person: LayoutPerson;
	blockLabel: string;
	/** the seat's key, `r<row>s<seat>` */
	key: string;
}

const TICKETS_PER_SHEET = 10;

const DEFAULTS: LayoutInput<'audience'> = {
	groupBy: 'category',
	perRow: 20,
	reservedRows: 0,
	aisleAfter: 0,
	fill: 'centre-out',
	swaps: [],
	printed: {},
};

const seatKey = (row: number, seat: number) => `r${row}s${seat}`;
const seatFromKey = (key: string) => {
	const match = /^r(\d+)s(\d+)$/.exec(key);
	return { row: Number(match?.[1] ?? 0), seat: Number(match?.[2] ?? 0) };
};

/** A whole number typed in a field, or null. */
const whole = (text: string): number | null => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null);

/**
 * 臺下座位: blocks of people (a unit or a category each, in precedence order)
 * seated row by row from the front, with reserved rows and an aisle; a chart as
 * the hall stands, seat tickets (排/號) and 席卡 on A4. Opened from a meeting
 * (`?meeting=`), the people come from its list and the layout is saved with it.
 * Seats can be swapped by hand (恢復規則排列 undoes it); after a change the
 * seats whose ticket changed are marked and only their tickets and cards reprinted.
 */
export default function AudiencePlanner({ messages, ruleSource, meetingHref }: AudiencePlannerProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const layout = useMeetingLayout('audience', DEFAULTS);
	const { settings, update } = layout;
	const [blocks, setBlocks] = useState<Block[]>([
		{ label: '', names: '' },
		{ label: '', names: '' },
	]);
	// What is typed in the number fields; a valid value also goes to the settings.
	const [typed, setTyped] = useState<{ perRow?: string; reserved?: string; aisle?: string }>({});
	const [meeting, setMeeting] = useState('');
	const [recorded, setRecorded] = useState(false);
	const [printMode, print] = usePrintSheet<PrintMode>('chart');
	const hydrated = useHydrated();

	let people: LayoutPerson[][];
	let blockLabels: string[];
	if (layout.people) {
		const fromMeeting = audienceBlocks(layout.people, settings.groupBy);
		people = fromMeeting.map((block) => fromParticipants(block.people));
		blockLabels = fromMeeting.map((block) => (block.category ? t(`layout.category-${block.category}`) : block.unit || t('layout.no-unit')));
	} else {
		people = blocks.map((block, index) => fromPasted(block.names, `b${index}`));
		blockLabels = blocks.map((block, index) => block.label.trim() || t('audience.block-default', { n: index + 1 }));
	}
	const byKey = new Map(people.flat().map((person) => [person.key, person]));
	const perRowText = typed.perRow ?? String(settings.perRow);
	const reservedText = typed.reserved ?? String(settings.reservedRows);
	const aisleText = typed.aisle ?? (settings.aisleAfter > 0 ? String(settings.aisleAfter) : '');
	const perRow = Number(perRowText);
	const reservedRows = Number(reservedText || '0');
	const aisleAfter = aisleText.trim() === '' ? 0 : Number(aisleText);
	let rulePlaced: (AudienceSeat & { person: LayoutPerson })[] = [];
	let error = '';
	if (people.some((list) => list.length > 0)) {
		try {
			rulePlaced = audienceSeats({ blocks: people.map((list) => list.length), perRow, reservedRows, fill: settings.fill }).map((seat) => ({
				...seat,
				person: people[seat.block]![seat.rank - 1]!,
			}));
		} catch (caught) {
			if (!(caught instanceof AudienceInputError)) throw caught;
			error = t(`audience.${caught.code}`, { ...caught.params });
		}
		if (!error && aisleText.trim() !== '' && (!Number.isInteger(aisleAfter) || aisleAfter < 1 || aisleAfter >= perRow))
			error = t('audience.aisle-invalid');
	}
	const rule = (error ? [] : rulePlaced).map((seat) => ({ seat: seatKey(seat.row, seat.seat), occupant: seat.person.key }));
	const nameOf = (key: string) => byKey.get(key)?.name ?? '';
	const swaps = useSeatSwaps(rule, settings.swaps, (next) => update({ swaps: next }), nameOf, t);
	// Everyone where they sit now (swaps applied), block by block in rank order.
	const shown: Placed[] = error
		? []
		: rulePlaced.map((seat) => {
				const key = swaps.seatOf.get(seat.person.key) ?? seatKey(seat.row, seat.seat);
				return { ...seat, ...seatFromKey(key), key, blockLabel: blockLabels[seat.block]! };
			});

	// What each ticket and 席卡 says, to find what changed since they were printed.
	const tickets = Object.fromEntries(
		shown.map((seat) => [seat.person.key, fingerprint(seat.person.name, seat.blockLabel, seat.row, seat.seat)]),
	);
	const cards = Object.fromEntries(shown.map((seat) => [seat.person.key, fingerprint(seat.person.name)]));
	const ticketChanges = cardChanges(settings.printed.tickets, tickets);
	const cardChangesNow = cardChanges(settings.printed.cards, cards);
	const changedTickets = new Set(ticketChanges.changed);
	const changedCards = new Set(cardChangesNow.changed);
	const changedPeople = new Set([...changedTickets, ...changedCards]);
	const gone = [
		...new Set([...goneNames(settings.printed.tickets, ticketChanges.gone), ...goneNames(settings.printed.cards, cardChangesNow.gone)]),
	];
	const record = (families: { tickets?: boolean; cards?: boolean }) =>
		update({
			printed: {
				...settings.printed,
				...(families.tickets && { tickets }),
				...(families.cards && { cards }),
			},
		});

	const setBlock = (index: number, change: Partial<Block>) =>
		setBlocks(blocks.map((block, i) => (i === index ? { ...block, ...change } : block)));
	const numberField = (field: 'perRow' | 'reserved' | 'aisle', text: string) => {
		setTyped({ ...typed, [field]: text });
		const value = whole(text);
		if (field === 'perRow' && value !== null && value >= 1 && value <= AUDIENCE_LIMITS.perRow) update({ perRow: value });
		if (field === 'reserved' && value !== null && value <= AUDIENCE_LIMITS.reservedRows) update({ reservedRows: value });
		if (field === 'aisle' && (text.trim() === '' || (value !== null && value < AUDIENCE_LIMITS.perRow))) update({ aisleAfter: value ?? 0 });
	};
	const cardPeople: ListedPerson[] = shown
		.filter((seat) => printMode !== 'changed-cards' || changedCards.has(seat.person.key))
		.map((seat) => ({ name: seat.person.name }));
	const ticketSeats = shown.filter((seat) => printMode !== 'changed-tickets' || changedTickets.has(seat.person.key));
	const sheet = printMode === 'changed-cards' ? 'name-cards' : printMode === 'changed-tickets' ? 'tickets' : printMode;

	return (
		<div
			class="seating room-planner not-content"
			data-audience
			data-seating
			data-print={sheet}
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
						<RadioChoice
							legend={t('layout.group-by')}
							name="audience-group-by"
							value={settings.groupBy}
							options={[
								{ value: 'category', label: t('layout.group-category') },
								{ value: 'unit', label: t('layout.group-unit') },
							]}
							onChange={(value) => update({ groupBy: value, swaps: [] })}
						/>
					</>
				) : (
					<fieldset class="room-blocks">
						<legend>{t('audience.blocks')}</legend>
						{blocks.map((block, index) => (
							<div class="room-block" key={index} data-block={index + 1}>
								<label>
									{t('audience.block-label', { n: index + 1 })}
									<input
										type="text"
										name={`audience-block-label-${index + 1}`}
										value={block.label}
										onInput={(event) => setBlock(index, { label: event.currentTarget.value })}
									/>
								</label>
								<label>
									{t('audience.block-names', { n: index + 1 })}
									<textarea
										rows={5}
										name={`audience-block-names-${index + 1}`}
										value={block.names}
										onInput={(event) => setBlock(index, { names: event.currentTarget.value })}
									/>
								</label>
								{blocks.length > 1 && (
									<button type="button" class="seating-button" onClick={() => setBlocks(blocks.filter((_, i) => i !== index))}>
										{t('audience.remove-block', { n: index + 1 })}
									</button>
								)}
							</div>
						))}
						<button type="button" class="seating-button" onClick={() => setBlocks([...blocks, { label: '', names: '' }])}>
							{t('audience.add-block')}
						</button>
					</fieldset>
				)}
				<div class="seating-fields">
					<NumberField
						label={t('audience.per-row')}
						name="audience-per-row"
						value={perRowText}
						onInput={(text) => numberField('perRow', text)}
					/>
					<NumberField
						label={t('audience.reserved')}
						name="audience-reserved"
						value={reservedText}
						onInput={(text) => numberField('reserved', text)}
					/>
					<NumberField label={t('audience.aisle')} name="audience-aisle" value={aisleText} onInput={(text) => numberField('aisle', text)} />
					<label>
						{t('audience.meeting')}
						<input type="text" name="audience-meeting" value={meeting} onInput={(event) => setMeeting(event.currentTarget.value)} />
					</label>
				</div>
				<RadioChoice
					legend={t('audience.fill')}
					name="audience-fill"
					value={settings.fill}
					options={[
						{ value: 'centre-out', label: t('audience.fill-centre') },
						{ value: 'left-to-right', label: t('audience.fill-left') },
					]}
					onChange={(value) => update({ fill: value })}
				/>
				<aside class="seating-note" data-rule-note>
					<p>
						<strong>{t('room.rule-title')}</strong>:{t('audience.rule')}
					</p>
					<p>{t('audience.quote-intro')}</p>
					<blockquote class="seating-quote">
						<p>{t('audience.quote-marking')}</p>
						<p>{t('audience.quote-chart')}</p>
						<p>
							<a href={ruleSource}>{t('audience.quote-source')}</a>
						</p>
					</blockquote>
					{!layout.people && <p>{t('room.not-saved')}</p>}
				</aside>
				{error && (
					<p class="seating-notice huiwu-notice huiwu-notice-error" role="alert" data-room-error>
						{error}
					</p>
				)}
				<ReprintBar
					changed={changedPeople.size}
					gone={gone}
					recorded={recorded}
					onRecord={() => {
						record({ tickets: true, cards: true });
						setRecorded(true);
					}}
					disabled={shown.length === 0}
					t={t}
					changedNote={t('reprint.changed-note', { count: changedPeople.size })}
					goneNote={t('reprint.gone', { names: gone.join('、') })}
					statusAttribute="data-reprint-status"
				>
					<button type="button" class="seating-button" disabled={shown.length === 0} onClick={() => print('chart')}>
						{t('room.print-chart')}
					</button>{' '}
					<button
						type="button"
						class="seating-button"
						disabled={shown.length === 0}
						onClick={() => {
							record({ tickets: true });
							print('tickets');
						}}
					>
						{t('audience.print-tickets')}
					</button>{' '}
					<button
						type="button"
						class="seating-button"
						disabled={shown.length === 0}
						onClick={() => {
							record({ cards: true });
							print('name-cards');
						}}
					>
						{t('room.print-name-cards')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={changedTickets.size === 0} onClick={() => print('changed-tickets')}>
						{t('reprint.print-changed-tickets')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={changedCards.size === 0} onClick={() => print('changed-cards')}>
						{t('reprint.print-changed-cards')}
					</button>
				</ReprintBar>
				<p class="seating-hint">{t('room.print-hint')}</p>
			</section>

			<section class="seating-chart-section" aria-labelledby="audience-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="audience-chart-heading">{t('audience.chart-title')}</h2>
					{meeting.trim() && <p>{meeting}</p>}
				</header>
				{shown.length > 0 && <SwapStatus swaps={swaps} t={t} />}
				{shown.length > 0 && (
					<AudienceChart
						placed={shown}
						perRow={perRow}
						reservedRows={reservedRows}
						aisleAfter={aisleAfter}
						swaps={swaps}
						changed={changedPeople}
						t={t}
					/>
				)}
				{shown.length > 0 && <SeatList placed={shown} labels={blockLabels} t={t} />}
			</section>

			<section class="seating-print">
				<div class="card-preview">
					{sheet === 'name-cards' && <NameCards people={cardPeople} t={t} />}
					{sheet === 'tickets' && <SeatTickets placed={ticketSeats} meeting={meeting.trim()} t={t} />}
				</div>
			</section>
		</div>
	);
}

/** The hall as seen from the back: the rostrum on top, row 1 nearest it, 號 1 at the left, the aisle a narrow gap. */
function AudienceChart({
	placed,
	perRow,
	reservedRows,
	aisleAfter,
	swaps,
	changed,
	t,
}: {
	placed: readonly Placed[];
	perRow: number;
	reservedRows: number;
	aisleAfter: number;
	swaps: SeatSwaps;
	/** people whose ticket or card changed since printed */
	changed: ReadonlySet<string>;
	t: Translate;
}) {
	const rows = Math.max(...placed.map((seat) => seat.row));
	const at = new Map(placed.map((seat) => [`${seat.row}-${seat.seat}`, seat]));
	const columns = Array.from({ length: perRow }, (_, i) => i + 1);
	const template =
		aisleAfter > 0
			? `repeat(${aisleAfter}, minmax(0, 1fr)) minmax(0, 0.6fr) repeat(${perRow - aisleAfter}, minmax(0, 1fr))`
			: `repeat(${perRow}, minmax(0, 1fr))`;
	const line = (row: number | null, cell: (column: number) => JSX.Element) => (
		<div class={`room-hall-seats${row === null ? ' room-hall-numbers' : ''}`} style={{ gridTemplateColumns: template }}>
			{columns.flatMap((column) =>
				column === aisleAfter ? [cell(column), <span key="aisle" class="room-aisle" aria-hidden="true" />] : [cell(column)],
			)}
		</div>
	);
	return (
		<div class="room-hall" style={{ '--per-row': perRow }} data-audience-chart>
			<p class="room-rostrum">{t('audience.rostrum')}</p>
			<div class="room-hall-row" aria-hidden="true">
				<span class="room-row-label" />
				{line(null, (column) => (
					<span key={column}>{column}</span>
				))}
			</div>
			{Array.from({ length: rows }, (_, i) => i + 1).map((row) => (
				<div class="room-hall-row" key={row} data-row={row} data-reserved={row <= reservedRows ? '' : undefined}>
					<span class="room-row-label">{t('audience.row', { row })}</span>
					{line(row, (column) => {
						const seat = at.get(`${row}-${column}`);
						if (!seat)
							return (
								<span key={column} class="room-hall-seat" data-seat={column}>
									{row <= reservedRows && column === 1 ? t('audience.reserved-row') : ''}
								</span>
							);
						return (
							<span key={column} class="room-hall-seat" data-seat={column} data-block={seat.block + 1}>
								<SwapSeat
									seat={seat.key}
									swaps={swaps}
									name={seat.person.name}
									place={t('audience.seat-label', { row, seat: column })}
									changed={changed.has(seat.person.key)}
									className="room-hall-seat-button"
									t={t}
								>
									{seat.person.name}
								</SwapSeat>
							</span>
						);
					})}
				</div>
			))}
			<p class="room-back">{t('audience.back')}</p>
		</div>
	);
}

/** The same seats as text, block by block: readable on a phone, and for screen readers. */
function SeatList({ placed, labels, t }: { placed: readonly Placed[]; labels: readonly string[]; t: Translate }) {
	return (
		<div class="room-seat-list">
			<h3>{t('audience.list-heading')}</h3>
			{labels.map((label, block) => {
				const seats = placed.filter((seat) => seat.block === block);
				if (seats.length === 0) return null;
				return (
					<section key={block}>
						<h4>{label}</h4>
						<ol>
							{seats.map((seat) => (
								<li key={seat.person.key} data-person={seat.person.name} data-row={seat.row} data-seat={seat.seat}>
									{seat.person.name} {t('audience.seat-label', { row: seat.row, seat: seat.seat })}
								</li>
							))}
						</ol>
					</section>
				);
			})}
		</div>
	);
}

/** Admission tickets with the seat (第二篇 四(三)2(2)): ten to an A4 sheet, cut apart along the lines. */
function SeatTickets({ placed, meeting, t }: { placed: readonly Placed[]; meeting: string; t: Translate }) {
	const sheets: Placed[][] = [];
	for (let i = 0; i < placed.length; i += TICKETS_PER_SHEET) sheets.push(placed.slice(i, i + TICKETS_PER_SHEET));
	return (
		<>
			{sheets.map((sheet, index) => (
				<article class="card-sheet card-sheet-tickets" key={index}>
					{sheet.map((seat) => (
						<div class="seat-ticket" key={`${seat.block}-${seat.rank}`} data-ticket>
							<p class="seat-ticket-title">{meeting || t('audience.ticket-title')}</p>
							<p class="seat-ticket-name">{seat.person.name}</p>
							<p class="seat-ticket-block">{seat.blockLabel}</p>
							<p class="seat-ticket-seat">{t('audience.seat-label', { row: seat.row, seat: seat.seat })}</p>
						</div>
					))}
				</article>
			))}
		</>
	);
}
