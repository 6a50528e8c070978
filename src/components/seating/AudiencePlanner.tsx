import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { AudienceInputError, audienceSeats, type AudienceFill, type AudienceSeat } from '~/lib/audienceSeating';
import { parseNameList, type ListedPerson } from '~/lib/nameList';

import { NameCards } from './CardSheets';
import { translator, type SeatingMessages, type Translate } from './messages';
import { useHydrated, usePrintSheet } from './usePrintSheet';
import './seating.css';

export interface AudiencePlannerProps {
	messages: SeatingMessages;
	/** 第二篇 四(三)2(2): seats marked on the admission ticket */
	ruleSource: string;
}

type PrintMode = 'chart' | 'name-cards' | 'tickets';

interface Block {
	label: string;
	names: string;
}

/** A seated person: the seat from audienceSeats and who sits there. */
interface Placed extends AudienceSeat {
	person: ListedPerson;
	blockLabel: string;
}

const TICKETS_PER_SHEET = 10;

/**
 * 臺下座位: blocks of people (a unit or a category each, in precedence order)
 * seated row by row from the front, with reserved rows and an aisle; a chart as
 * the hall stands, seat tickets (排/號) and 席卡 on A4. Names stay in this page.
 */
export default function AudiencePlanner({ messages, ruleSource }: AudiencePlannerProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const [blocks, setBlocks] = useState<Block[]>([
		{ label: '', names: '' },
		{ label: '', names: '' },
	]);
	const [perRowText, setPerRowText] = useState('20');
	const [reservedText, setReservedText] = useState('0');
	const [aisleText, setAisleText] = useState('');
	const [meeting, setMeeting] = useState('');
	const [fill, setFill] = useState<AudienceFill>('centre-out');
	const [printMode, print] = usePrintSheet<PrintMode>('chart');
	const hydrated = useHydrated();

	const people = blocks.map((block) => parseNameList(block.names).people);
	const blockLabels = blocks.map((block, index) => block.label.trim() || t('audience.block-default', { n: index + 1 }));
	const perRow = Number(perRowText);
	const reservedRows = Number(reservedText || '0');
	const aisleAfter = aisleText.trim() === '' ? 0 : Number(aisleText);
	let placed: Placed[] = [];
	let error = '';
	if (people.some((list) => list.length > 0)) {
		try {
			placed = audienceSeats({ blocks: people.map((list) => list.length), perRow, reservedRows, fill }).map((seat) => ({
				...seat,
				person: people[seat.block]![seat.rank - 1]!,
				blockLabel: blockLabels[seat.block]!,
			}));
		} catch (caught) {
			if (!(caught instanceof AudienceInputError)) throw caught;
			error = t(`audience.${caught.code}`, { ...caught.params });
		}
		if (!error && aisleText.trim() !== '' && (!Number.isInteger(aisleAfter) || aisleAfter < 1 || aisleAfter >= perRow))
			error = t('audience.aisle-invalid');
	}
	const shown = error ? [] : placed;

	const setBlock = (index: number, change: Partial<Block>) =>
		setBlocks(blocks.map((block, i) => (i === index ? { ...block, ...change } : block)));

	return (
		<div
			class="seating room-planner not-content"
			data-audience
			data-seating
			data-print={printMode}
			data-hydrated={hydrated ? '' : undefined}
			data-pagefind-ignore
		>
			<section class="seating-form">
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
				<div class="seating-fields">
					<label>
						{t('audience.per-row')}
						<input
							type="text"
							inputMode="numeric"
							name="audience-per-row"
							value={perRowText}
							onInput={(event) => setPerRowText(event.currentTarget.value)}
						/>
					</label>
					<label>
						{t('audience.reserved')}
						<input
							type="text"
							inputMode="numeric"
							name="audience-reserved"
							value={reservedText}
							onInput={(event) => setReservedText(event.currentTarget.value)}
						/>
					</label>
					<label>
						{t('audience.aisle')}
						<input
							type="text"
							inputMode="numeric"
							name="audience-aisle"
							value={aisleText}
							onInput={(event) => setAisleText(event.currentTarget.value)}
						/>
					</label>
					<label>
						{t('audience.meeting')}
						<input type="text" name="audience-meeting" value={meeting} onInput={(event) => setMeeting(event.currentTarget.value)} />
					</label>
				</div>
				<fieldset class="seating-choice">
					<legend>{t('audience.fill')}</legend>
					<label>
						<input
							type="radio"
							name="audience-fill"
							value="centre-out"
							checked={fill === 'centre-out'}
							onChange={() => setFill('centre-out')}
						/>{' '}
						{t('audience.fill-centre')}
					</label>
					<label>
						<input
							type="radio"
							name="audience-fill"
							value="left-to-right"
							checked={fill === 'left-to-right'}
							onChange={() => setFill('left-to-right')}
						/>{' '}
						{t('audience.fill-left')}
					</label>
				</fieldset>
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
					<p>{t('room.not-saved')}</p>
				</aside>
				{error && (
					<p class="seating-notice huiwu-notice huiwu-notice-error" role="alert" data-room-error>
						{error}
					</p>
				)}
				<p class="seating-print-controls">
					<button type="button" class="seating-button" disabled={shown.length === 0} onClick={() => print('chart')}>
						{t('room.print-chart')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={shown.length === 0} onClick={() => print('tickets')}>
						{t('audience.print-tickets')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={shown.length === 0} onClick={() => print('name-cards')}>
						{t('room.print-name-cards')}
					</button>
				</p>
				<p class="seating-hint">{t('room.print-hint')}</p>
			</section>

			<section class="seating-chart-section" aria-labelledby="audience-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="audience-chart-heading">{t('audience.chart-title')}</h2>
					{meeting.trim() && <p>{meeting}</p>}
				</header>
				{shown.length > 0 && <AudienceChart placed={shown} perRow={perRow} reservedRows={reservedRows} aisleAfter={aisleAfter} t={t} />}
				{shown.length > 0 && <SeatList placed={shown} labels={blockLabels} t={t} />}
			</section>

			<section class="seating-print">
				<div class="card-preview">
					{printMode === 'name-cards' && <NameCards people={shown.map((seat) => seat.person)} t={t} />}
					{printMode === 'tickets' && <SeatTickets placed={shown} meeting={meeting.trim()} t={t} />}
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
	t,
}: {
	placed: readonly Placed[];
	perRow: number;
	reservedRows: number;
	aisleAfter: number;
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
						return (
							<span
								key={column}
								class="room-hall-seat"
								data-seat={column}
								data-block={seat ? seat.block + 1 : undefined}
								title={seat ? `${t('audience.seat-label', { row, seat: column })} ${seat.person.name}` : undefined}
							>
								{seat ? seat.person.name : row <= reservedRows && column === 1 ? t('audience.reserved-row') : ''}
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
								<li key={seat.rank} data-person={seat.person.name} data-row={seat.row} data-seat={seat.seat}>
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
