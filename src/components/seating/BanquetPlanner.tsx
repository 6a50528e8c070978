import { useMemo, useState } from 'preact/hooks';
import { BanquetInputError, banquetTables, MAX_AT_TABLE, type BanquetTable, type TableHonour } from '~/lib/banquet';
import type { DiningTable } from '~/lib/diningTables';
import { parseNameList, type ListedPerson } from '~/lib/nameList';

import { TableCards } from './CardSheets';
import { translator, type SeatingMessages, type Translate } from './messages';
import { useHydrated, usePrintSheet } from './usePrintSheet';
import './seating.css';

export interface BanquetPlannerProps {
	messages: SeatingMessages;
	/** 第一篇 三 (三個標卡), where the 桌卡 come from */
	cardsSource: string;
}

type PrintMode = 'chart' | 'cards' | 'changed';

/** Who sits at each table, by name: what a reprint compares. */
const tableKey = (table: BanquetTable) => JSON.stringify([table.hosts, table.guests]);

/**
 * 宴請: hosts and guests in precedence order → tables from the 主桌, each with its
 * seats by the common convention (banquetSeats), a 桌次圖 and the 桌卡. After a
 * change the day before, the tables whose people changed are marked and their
 * cards alone can be reprinted. Names stay in this page: nothing goes in the URL.
 */
export default function BanquetPlanner({ messages, cardsSource }: BanquetPlannerProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const [hostsText, setHostsText] = useState('');
	const [guestsText, setGuestsText] = useState('');
	const [perTableText, setPerTableText] = useState('10');
	const [honour, setHonour] = useState<TableHonour>('right');
	const [baseline, setBaseline] = useState<Map<number, string> | null>(null);
	const [printMode, print] = usePrintSheet<PrintMode>('chart');
	const [notice, setNotice] = useState('');
	const hydrated = useHydrated();

	const hosts = parseNameList(hostsText).people;
	const guests = parseNameList(guestsText).people;
	const perTable = Number(perTableText);
	let tables: BanquetTable[] = [];
	let error = '';
	if (hosts.length + guests.length > 0) {
		try {
			tables = banquetTables({ hosts: hosts.map((p) => p.name), guests: guests.map((p) => p.name), perTable }, honour);
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
	const changed = new Set(
		baseline ? tables.filter((table) => baseline.get(table.number) !== tableKey(table)).map((table) => table.number) : [],
	);

	// The 桌卡 take the seat tool's table cards: people by the order they sit, table by table.
	const cardTables = tables.filter((table) => printMode !== 'changed' || changed.has(table.number));
	const cardPeople: ListedPerson[] = [];
	const diningTables: DiningTable[] = cardTables.map((table) => {
		const ranks = table.seats.map((seat) => {
			cardPeople.push({ name: seat.side === 'host' ? table.hosts[seat.rank - 1]! : table.guests[seat.rank - 1]! });
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
				<div class="seating-fields banquet-lists">
					<label>
						{t('banquet.hosts')}
						<textarea rows={6} name="banquet-hosts" value={hostsText} onInput={(event) => setHostsText(event.currentTarget.value)} />
					</label>
					<label>
						{t('banquet.guests')}
						<textarea rows={6} name="banquet-guests" value={guestsText} onInput={(event) => setGuestsText(event.currentTarget.value)} />
					</label>
					<label>
						{t('banquet.per-table')}
						<input
							type="text"
							inputMode="numeric"
							name="banquet-per-table"
							value={perTableText}
							onInput={(event) => setPerTableText(event.currentTarget.value)}
						/>
					</label>
				</div>
				<fieldset class="seating-choice">
					<legend>{t('banquet.table-honour')}</legend>
					<label>
						<input type="radio" name="banquet-honour" value="right" checked={honour === 'right'} onChange={() => setHonour('right')} />{' '}
						{t('banquet.table-right')}
					</label>
					<label>
						<input type="radio" name="banquet-honour" value="left" checked={honour === 'left'} onChange={() => setHonour('left')} />{' '}
						{t('banquet.table-left')}
					</label>
				</fieldset>
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
				<p class="seating-print-controls">
					<button type="button" class="seating-button" disabled={tables.length === 0} onClick={() => print('chart')}>
						{t('banquet.print-chart')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={tables.length === 0} onClick={() => print('cards')}>
						{t('banquet.print-cards')}
					</button>{' '}
					<button type="button" class="seating-button" disabled={changed.size === 0} onClick={() => print('changed')}>
						{t('banquet.print-changed')}
					</button>{' '}
					<button
						type="button"
						class="seating-button"
						disabled={tables.length === 0}
						onClick={() => {
							setBaseline(new Map(tables.map((table) => [table.number, tableKey(table)])));
							setNotice(t('banquet.baseline-set'));
						}}
					>
						{t('banquet.baseline')}
					</button>
				</p>
				<p role="status" data-banquet-status>
					{changed.size > 0 ? t('banquet.changed-note', { count: changed.size }) : notice}
				</p>
			</section>

			<section class="seating-chart-section banquet-chart" aria-labelledby="banquet-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="banquet-chart-heading">{t('banquet.chart-title')}</h2>
				</header>
				<BanquetChart tables={tables} changed={changed} t={t} />
			</section>

			<section class="seating-print">
				<div class="card-preview" data-sheets={printMode === 'chart' ? 'table-cards' : 'table-cards'}>
					<TableCards tables={diningTables} people={cardPeople} listNames t={t} />
				</div>
			</section>
		</div>
	);
}

/** The tables as they stand in the room (主桌 front centre, the entrance at the bottom), each with its seats around it. */
function BanquetChart({ tables, changed, t }: { tables: readonly BanquetTable[]; changed: ReadonlySet<number>; t: Translate }) {
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
							<TableDrawing key={column} table={table} changed={changed.has(table.number)} t={t} />
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

function TableDrawing({ table, changed, t }: { table: BanquetTable; changed: boolean; t: Translate }) {
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
					const name = seat.side === 'host' ? table.hosts[seat.rank - 1] : table.guests[seat.rank - 1];
					return (
						<p
							key={index}
							class={`banquet-seat banquet-seat-${seat.side}`}
							data-seat={index}
							data-side={seat.side}
							data-rank={seat.rank}
							style={{ left: `${50 + 50 * Math.sin(angle)}%`, top: `${50 - 50 * Math.cos(angle)}%` }}
						>
							<span class="banquet-seat-role">{t(seat.side === 'host' ? 'banquet.host' : 'banquet.guest', { rank: seat.rank })}</span>
							<span class="banquet-seat-name">{name}</span>
						</p>
					);
				})}
			</div>
		</figure>
	);
}
