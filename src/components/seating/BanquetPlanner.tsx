import { useMemo, useState } from 'preact/hooks';
import { BanquetInputError, banquetTables, MAX_AT_TABLE, type BanquetTable } from '~/lib/banquet';
import type { DiningTable } from '~/lib/diningTables';
import { splitSides } from '~/lib/layoutPeople';
import type { ListedPerson } from '~/lib/nameList';
import { cardChanges, fingerprint } from '~/lib/reprint';
import type { RuleSeat } from '~/lib/seatSwaps';
import type { LayoutInput } from '~/stores/seatingLayouts';

import { TableCards } from './CardSheets';
import { fromParticipants, fromPasted, type LayoutPerson } from './layoutPeople';
import { MeetingSource, ReprintBar, SidesEditor, SwapSeat, SwapStatus, RadioChoice } from './LayoutParts';
import { translator, type SeatingMessages, type Translate } from './messages';
import { useMeetingLayout } from './useMeetingLayout';
import { useHydrated, usePrintSheet } from './usePrintSheet';
import { useSeatSwaps, type SeatSwaps } from './useSeatSwaps';
import './seating.css';

export interface BanquetPlannerProps {
	messages: SeatingMessages;
	/** 第一篇 三 (三個標卡), where the 桌卡 come from */
	cardsSource: string;
	/** The meeting page, for the way back when opened from a meeting. */
	meetingHref: string;
}

type PrintMode = 'chart' | 'cards' | 'changed';

const DEFAULTS: LayoutInput<'banquet'> = { perTable: 10, honour: 'right', sides: {}, swaps: [], printed: {} };

const seatKey = (table: number, seat: number) => `t${table}s${seat}`;

/**
 * 宴請: hosts and guests in precedence order → tables from the 主桌, each with its
 * seats by the common convention (banquetSeats), a 桌次圖 and the 桌卡. Opened
 * from a meeting (`?meeting=`), the people come from its list and the layout is
 * saved with it. Seats can be swapped by hand (恢復規則排列 undoes it). After a
 * change the day before, the tables whose people changed are marked and their
 * cards alone can be reprinted. Names stay in this page: nothing goes in the URL.
 */
export default function BanquetPlanner({ messages, cardsSource, meetingHref }: BanquetPlannerProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const layout = useMeetingLayout('banquet', DEFAULTS);
	const { settings, update } = layout;
	const [hostsText, setHostsText] = useState('');
	const [guestsText, setGuestsText] = useState('');
	const [perTableText, setPerTableText] = useState<string | null>(null);
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
	const shownPerTable = perTableText ?? String(settings.perTable);
	const perTable = Number(shownPerTable);
	let tables: BanquetTable[] = [];
	let error = '';
	if (hosts.length + guests.length > 0) {
		try {
			tables = banquetTables({ hosts: hosts.map((p) => p.key), guests: guests.map((p) => p.key), perTable }, settings.honour);
		} catch (caught) {
			if (!(caught instanceof BanquetInputError)) throw caught;
			error =
				caught.code === 'no-host'
					? caught.params.tables
						? t('banquet.too-few-hosts', { tables: caught.params.tables, hosts: caught.params.hosts ?? 0 })
						: t('banquet.no-host')
					: caught.code === 'too-many'
						? t('banquet.too-many', { max: MAX_AT_TABLE })
						: t('banquet.count-invalid');
		}
	}
	// The rule: every seat of every table with the person the convention puts there.
	const rule: RuleSeat<string, string>[] = tables.flatMap((table) =>
		table.seats.map((seat, index) => ({
			seat: seatKey(table.number, index),
			occupant: seat.side === 'host' ? table.hosts[seat.rank - 1]! : table.guests[seat.rank - 1]!,
		})),
	);
	const nameOf = (key: string) => byKey.get(key)?.name ?? '';
	const swaps = useSeatSwaps(rule, settings.swaps, (next) => update({ swaps: next }), nameOf, t);
	/** Who sits at each seat of a table now, in seat order. */
	const seatedAt = (table: BanquetTable) => table.seats.map((_, index) => swaps.at.get(seatKey(table.number, index))?.occupant ?? '');

	// What a 桌卡 says: the table and who sits there, in seat order.
	const current = Object.fromEntries(tables.map((table) => [String(table.number), fingerprint(...seatedAt(table).map(nameOf))]));
	const { changed: changedKeys, gone } = cardChanges(settings.printed.cards, current);
	const changed = new Set(changedKeys.map(Number));
	const record = () => update({ printed: { ...settings.printed, cards: current } });

	// The 桌卡 take the seat tool's table cards: people by the order they sit, table by table.
	const cardTables = tables.filter((table) => printMode !== 'changed' || changed.has(table.number));
	const cardPeople: ListedPerson[] = [];
	const diningTables: DiningTable[] = cardTables.map((table) => {
		const ranks = seatedAt(table).map((key) => {
			cardPeople.push({ name: nameOf(key) });
			return cardPeople.length;
		});
		return { number: table.number, ranks };
	});

	return (
		<div
			class="seating banquet not-content"
			data-banquet
			data-seating
			data-print={printMode === 'chart' ? 'chart' : 'table-cards'}
			data-hydrated={hydrated ? '' : undefined}
			data-pagefind-ignore
		>
			<section class="seating-form">
				{layout.people && layout.meetingId ? (
					<>
						<MeetingSource
							meetingHref={meetingHref}
							meetingId={layout.meetingId}
							empty={hosts.length + guests.length === 0}
							saveState={layout.saveState}
							t={t}
						/>
						<SidesEditor people={layout.people} sides={settings.sides} onSides={(sides) => update({ sides })} t={t} />
					</>
				) : (
					<div class="seating-fields banquet-lists">
						<label>
							{t('banquet.hosts')}
							<textarea rows={6} name="banquet-hosts" value={hostsText} onInput={(event) => setHostsText(event.currentTarget.value)} />
						</label>
						<label>
							{t('banquet.guests')}
							<textarea rows={6} name="banquet-guests" value={guestsText} onInput={(event) => setGuestsText(event.currentTarget.value)} />
						</label>
					</div>
				)}
				<div class="seating-fields">
					<label>
						{t('banquet.per-table')}
						<input
							type="text"
							inputMode="numeric"
							name="banquet-per-table"
							value={shownPerTable}
							onInput={(event) => {
								const text = event.currentTarget.value;
								setPerTableText(text);
								const value = Number(text);
								if (Number.isInteger(value) && value >= 2 && value <= MAX_AT_TABLE) update({ perTable: value });
							}}
						/>
					</label>
				</div>
				<RadioChoice
					legend={t('banquet.table-honour')}
					name="banquet-honour"
					value={settings.honour}
					options={[
						{ value: 'right', label: t('banquet.table-right') },
						{ value: 'left', label: t('banquet.table-left') },
					]}
					onChange={(value) => update({ honour: value })}
				/>
				<aside class="seating-note">
					<p>
						<strong>{t('banquet.rule-title')}</strong>:{t('banquet.rule')} <a href={cardsSource}>{t('cards.source')}</a>
					</p>
				</aside>
				{error && (
					<p class="seating-notice huiwu-notice huiwu-notice-error" role="alert" data-banquet-error>
						{error}
					</p>
				)}
				<ReprintBar
					changed={changed.size}
					gone={gone.map((number) => t('banquet.table', { n: number }))}
					recorded={recorded}
					onRecord={() => {
						record();
						setRecorded(true);
					}}
					disabled={tables.length === 0}
					t={t}
					changedNote={t('banquet.changed-note', { count: changed.size })}
					goneNote={t('reprint.gone-tables', { names: gone.map((number) => t('banquet.table', { n: number })).join('、') })}
					recordedNote={t('banquet.baseline-set')}
					statusAttribute="data-banquet-status"
				>
					<button type="button" class="seating-button" disabled={tables.length === 0} onClick={() => print('chart')}>
						{t('banquet.print-chart')}
					</button>{' '}
					<button
						type="button"
						class="seating-button"
						disabled={tables.length === 0}
						onClick={() => {
							// Every 桌卡 printed: what changes from now on is what to reprint.
							record();
							print('cards');
						}}
					>
						{t('banquet.print-cards')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={changed.size === 0} onClick={() => print('changed')}>
						{t('banquet.print-changed')}
					</button>
				</ReprintBar>
			</section>

			<section class="seating-chart-section banquet-chart" aria-labelledby="banquet-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="banquet-chart-heading">{t('banquet.chart-title')}</h2>
				</header>
				{tables.length > 0 && <SwapStatus swaps={swaps} t={t} />}
				<BanquetChart tables={tables} changed={changed} swaps={swaps} nameOf={nameOf} t={t} />
			</section>

			<section class="seating-print">
				<div class="card-preview" data-sheets="table-cards">
					<TableCards tables={diningTables} people={cardPeople} listNames t={t} />
				</div>
			</section>
		</div>
	);
}

/** The tables as they stand in the room (主桌 front centre, the entrance at the bottom), each with its seats around it. */
function BanquetChart({
	tables,
	changed,
	swaps,
	nameOf,
	t,
}: {
	tables: readonly BanquetTable[];
	changed: ReadonlySet<number>;
	swaps: SeatSwaps;
	nameOf: (key: string) => string;
	t: Translate;
}) {
	if (tables.length === 0) return null;
	const columns = [...new Set(tables.map((table) => table.column))].sort((a, b) => a - b);
	const rows = [...new Set(tables.map((table) => table.row))].sort((a, b) => a - b);
	return (
		<div class="banquet-room" style={{ '--columns': columns.length }} data-banquet-chart>
			{rows.map((row) => (
				<div class="banquet-row" key={row}>
					{columns.map((column) => {
						const table = tables.find((candidate) => candidate.row === row && candidate.column === column);
						return table ? (
							<TableDrawing key={column} table={table} changed={changed.has(table.number)} swaps={swaps} nameOf={nameOf} t={t} />
						) : (
							<div key={column} class="banquet-gap" />
						);
					})}
				</div>
			))}
			<p class="banquet-entrance">{t('banquet.entrance')}</p>
		</div>
	);
}

function TableDrawing({
	table,
	changed,
	swaps,
	nameOf,
	t,
}: {
	table: BanquetTable;
	changed: boolean;
	swaps: SeatSwaps;
	nameOf: (key: string) => string;
	t: Translate;
}) {
	const count = table.seats.length;
	return (
		<figure
			class="banquet-table"
			data-table={table.number}
			data-changed={changed ? '' : undefined}
			style={{ '--table-order': table.number }}
		>
			<div class="banquet-circle">
				<p class="banquet-table-name">
					{t('banquet.table', { n: table.number })}
					{table.number === 1 && <span> {t('banquet.head-table')}</span>}
					{changed && <strong class="banquet-changed"> {t('banquet.changed')}</strong>}
				</p>
				{table.seats.map((seat, index) => {
					// Seat 0 at the top (facing the entrance), clockwise as seen from above.
					const angle = (2 * Math.PI * index) / count;
					const key = seatKey(table.number, index);
					const name = nameOf(swaps.at.get(key)?.occupant ?? '');
					const role = t(seat.side === 'host' ? 'banquet.host' : 'banquet.guest', { rank: seat.rank });
					return (
						<p
							key={index}
							class={`banquet-seat banquet-seat-${seat.side}`}
							data-seat={index}
							data-side={seat.side}
							data-rank={seat.rank}
							style={{ left: `${50 + 50 * Math.sin(angle)}%`, top: `${50 - 50 * Math.cos(angle)}%` }}
						>
							<SwapSeat
								seat={key}
								swaps={swaps}
								name={name}
								place={`${t('banquet.table', { n: table.number })} ${role}`}
								className="banquet-seat-button"
								t={t}
							>
								<span class="banquet-seat-role">{role}</span>
								<span class="banquet-seat-name">{name}</span>
							</SwapSeat>
						</p>
					);
				})}
			</div>
		</figure>
	);
}
