import { useEffect, useRef, useState } from 'preact/hooks';
import { fitFontSize } from '~/lib/cardText';
import type { ListedPerson } from '~/lib/nameList';
import type { Seat, SeatPosition } from '~/lib/seatPlan';
import { rowsInView, seatsPerLine, type SeatView } from '~/lib/seating';
import type { Translate } from './messages';

export interface SeatChartProps {
	/** Audience order (src/lib/seating.ts), front row first. */
	seats: readonly (readonly Seat[])[];
	view: SeatView;
	/** Rank order: rank r is people[r - 1]; may be shorter (a count without names). */
	people: readonly ListedPerson[];
	t: Translate;
	onSwap(a: SeatPosition, b: SeatPosition): void;
	/** Chairs (`row:seat`) whose occupant changed since the chart was printed: marked 有變動. */
	changed?: ReadonlySet<string> | undefined;
}

/** From this many seats in a row, a phone draws names top to bottom so they fit the narrower seats. */
const NARROW_FROM = 6;

/** A seat is never narrower than a fingertip (44 CSS px) on a phone; the gap between seats there. */
const MIN_SEAT_PX = 44;
const SEAT_GAP_PX = 4;
/** The drawing's own inline padding on a phone (seating.css: `.seat-rows` padding-inline). */
const ROWS_PADDING_PX = 8;

const keyOf = (p: SeatPosition) => `${p.row}:${p.seat}`;

function parseKey(key: string): SeatPosition | null {
	const match = /^(\d+):(\d+)$/.exec(key);
	return match ? { row: Number(match[1]), seat: Number(match[2]) } : null;
}

/** The column in a row of `toLength` seats nearest to column `column` of a row of `fromLength` (rows are centred). */
function nearestColumn(fromLength: number, column: number, toLength: number): number {
	const offset = column - (fromLength - 1) / 2;
	return Math.min(toLength - 1, Math.max(0, Math.round(offset + (toLength - 1) / 2)));
}

/**
 * The rostrum as drawn in one view, with the seats as buttons: pick two (click,
 * Enter or Space) or drag one onto another to swap them (按領導意見辦); arrow keys
 * move between seats. Each seat keeps its audience-order position, so a swap
 * picked in either view means the same two chairs.
 */
export default function SeatChart({ seats, view, people, t, onSwap, changed }: SeatChartProps) {
	const chart = useRef<HTMLDivElement>(null);
	const dragFrom = useRef<string | null>(null);
	const [selected, setSelected] = useState<string | null>(null);
	const [focusKey, setFocusKey] = useState<string | null>(null);
	const [announcement, setAnnouncement] = useState('');

	// Rows as drawn, top to bottom. From the audience the front row is nearest to them (bottom);
	// from the rostrum the audience is ahead (top), so the front row comes first.
	const inView = rowsInView(seats, view);
	const drawn = view === 'audience' ? [...inView].reverse() : inView;
	const byKey = new Map(seats.flat().map((seat) => [keyOf(seat.position), seat]));
	const widest = Math.max(1, ...seats.map((row) => row.length));
	const multiRow = seats.length > 1;
	const scroller = useRef<HTMLDivElement>(null);

	// How many fingertip-wide seats a line of the drawing holds; a phone (seating.css) wraps
	// longer rows into balanced lines instead of scrolling sideways or shrinking the seats.
	const [capacity, setCapacity] = useState<number | null>(null);
	useEffect(() => {
		const el = scroller.current;
		if (!el || typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(() => {
			const width = el.clientWidth - ROWS_PADDING_PX;
			setCapacity(Math.max(1, Math.floor((width + SEAT_GAP_PX) / (MIN_SEAT_PX + SEAT_GAP_PX))));
		});
		observer.observe(el);
		return () => observer.disconnect();
	}, []);
	const perLine = capacity === null ? widest : seatsPerLine(widest, capacity);
	const wrapped = perLine < widest;

	// On a wide screen a long row scrolls inside the drawing: start at the centre, where No.1 sits.
	useEffect(() => {
		const el = scroller.current;
		if (el && el.scrollWidth > el.clientWidth) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
	}, [widest, seats.length, view]);

	const columnOf = (p: SeatPosition) => {
		const row = inView[p.row] ?? [];
		return row.findIndex((seat) => seat.position.seat === p.seat) + 1;
	};
	const nameOf = (rank: number) => people[rank - 1]?.name ?? '';
	const rowLabel = (row: number) => t('seat.row', { row: row + 1 });
	const positionLabel = (p: SeatPosition) => t('seat.position', { row: rowLabel(p.row), col: columnOf(p) });
	const describe = (seat: Seat) =>
		t(seat.moved ? 'seat.label-moved' : 'seat.label', {
			position: positionLabel(seat.position),
			rank: seat.rank,
			name: nameOf(seat.rank) || t('seat.no-name'),
		});

	const tabbable = focusKey !== null && byKey.has(focusKey) ? focusKey : drawn[0]?.[0] ? keyOf(drawn[0][0].position) : null;
	const activeSelection = selected !== null && byKey.has(selected) ? selected : null;

	const focusSeat = (key: string) => {
		setFocusKey(key);
		const position = parseKey(key);
		if (!position) return;
		chart.current?.querySelector<HTMLElement>(`[data-row="${position.row}"][data-seat="${position.seat}"]`)?.focus();
	};

	const swap = (from: string, to: SeatPosition) => {
		const a = parseKey(from);
		const seatA = byKey.get(from);
		const seatB = byKey.get(keyOf(to));
		if (!a || !seatA || !seatB || from === keyOf(to)) return;
		onSwap(a, to);
		setAnnouncement(t('swap.done', { a: seatA.rank, b: seatB.rank }));
	};

	const choose = (seat: Seat) => {
		const key = keyOf(seat.position);
		setFocusKey(key);
		if (activeSelection === null) {
			setSelected(key);
			setAnnouncement(t('swap.selected', { seat: describe(seat) }));
		} else if (activeSelection === key) {
			setSelected(null);
			setAnnouncement(t('swap.cancelled'));
		} else {
			swap(activeSelection, seat.position);
			setSelected(null);
		}
	};

	const onKeyDown = (event: KeyboardEvent, rowIndex: number, column: number) => {
		const row = drawn[rowIndex] ?? [];
		let target: Seat | undefined;
		switch (event.key) {
			case 'ArrowLeft':
				target = row[column - 1];
				break;
			case 'ArrowRight':
				target = row[column + 1];
				break;
			case 'ArrowUp':
			case 'ArrowDown': {
				const other = drawn[rowIndex + (event.key === 'ArrowUp' ? -1 : 1)];
				if (other) target = other[nearestColumn(row.length, column, other.length)];
				break;
			}
			case 'Home':
				target = row[0];
				break;
			case 'End':
				target = row[row.length - 1];
				break;
			case 'Escape':
				if (activeSelection !== null) {
					event.preventDefault();
					setSelected(null);
					setAnnouncement(t('swap.cancelled'));
				}
				return;
			default:
				return;
		}
		event.preventDefault();
		if (target) focusSeat(keyOf(target.position));
	};

	const side = (which: 'start' | 'end') => {
		// From the audience, the leaders' right hand is on the viewer's left.
		const leadersRight = (view === 'audience') === (which === 'start');
		return <p class={`seat-side seat-side-${which}`}>{t(leadersRight ? 'chart.leaders-right' : 'chart.leaders-left')}</p>;
	};
	const audience = (
		<p class="seat-audience" key="audience">
			{t('chart.audience')}
		</p>
	);
	const frontEdge = (
		<p class={`seat-front-edge seat-front-edge-${view}`} key="front-edge">
			{t('chart.front-edge')}
		</p>
	);
	const back = <p class="seat-back">{t('chart.back')}</p>;

	return (
		<div class="seat-chart" data-view={view} ref={chart}>
			<p class="seat-view-label" data-view-label>
				{t(view === 'audience' ? 'view.audience' : 'view.rostrum')}
			</p>
			{wrapped && (
				<p class="seat-wrap-note" data-wrap-note>
					{t('chart.wrapped')}
				</p>
			)}
			{view === 'rostrum' ? [audience, frontEdge] : back}
			<div class="seat-stage">
				{side('start')}
				<div class="seat-rows-scroll" ref={scroller}>
					<div
						class={`seat-rows seat-rows-${view}`}
						style={{ '--per-row': widest, '--per-line': perLine }}
						data-narrow={perLine > NARROW_FROM ? '' : undefined}
						data-wrapped={wrapped ? '' : undefined}
					>
						<div class="centre-line" aria-hidden="true">
							<span>{t('centre-line')}</span>
						</div>
						{drawn.map((row, rowIndex) => {
							const rowNumber = row[0]?.position.row ?? 0;
							return (
								<div class="seat-row" role="group" aria-label={rowLabel(rowNumber)} key={`row-${rowNumber}`}>
									{multiRow && (
										<span class="seat-row-label" aria-hidden="true">
											{rowLabel(rowNumber)}
										</span>
									)}
									{row.map((seat, column) => {
										const key = keyOf(seat.position);
										const person = people[seat.rank - 1];
										const label = person?.name ?? '';
										const slot = 100 / widest;
										const style = {
											'--seat-name-fit': fitFontSize(label || String(seat.rank), { width: slot * 0.8, maxSize: Math.min(slot * 0.4, 3.6) }),
											'--seat-rank-fit': Math.min(slot * 0.2, 1.6),
										};
										return (
											<button
												type="button"
												class="seat"
												key={key}
												data-rank={seat.rank}
												data-row={seat.position.row}
												data-seat={seat.position.seat}
												data-moved={seat.moved ? '' : undefined}
												data-changed={changed?.has(key) ? '' : undefined}
												aria-pressed={activeSelection === key}
												tabIndex={tabbable === key ? 0 : -1}
												draggable
												style={style}
												onClick={() => choose(seat)}
												onKeyDown={(event) => onKeyDown(event, rowIndex, column)}
												onFocus={() => setFocusKey(key)}
												onDragStart={(event) => {
													dragFrom.current = key;
													event.dataTransfer?.setData('text/plain', key);
													if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
												}}
												onDragOver={(event) => {
													event.preventDefault();
													if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
												}}
												onDrop={(event) => {
													event.preventDefault();
													const from = dragFrom.current ?? event.dataTransfer?.getData('text/plain') ?? '';
													dragFrom.current = null;
													setSelected(null);
													swap(from, seat.position);
												}}
												onDragEnd={() => {
													dragFrom.current = null;
												}}
											>
												<span class="sr-only">{positionLabel(seat.position)}</span>
												<span class="seat-rank">{t('seat.rank', { rank: seat.rank })}</span>
												{label && <span class="seat-name">{label}</span>}
												{person?.title && <span class="seat-title">{person.title}</span>}
												{seat.moved && <span class="seat-moved">{t('seat.moved')}</span>}
												{changed?.has(key) && <span class="seat-moved seat-changed seating-screen-only">{t('reprint.changed')}</span>}
											</button>
										);
									})}
								</div>
							);
						})}
					</div>
				</div>
				{side('end')}
			</div>
			{view === 'audience' ? [frontEdge, audience] : back}
			<div class="seat-order" data-seat-order>
				{drawn.map((row) => {
					const text = t(view === 'audience' ? 'order.audience' : 'order.rostrum', { order: row.map((seat) => seat.rank).join(' ') });
					const rowNumber = row[0]?.position.row ?? 0;
					return <p key={`order-${rowNumber}`}>{multiRow ? t('order.row', { row: rowLabel(rowNumber), text }) : text}</p>;
				})}
			</div>
			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
			<div class="sr-only seat-list">
				<p>{t('list.heading')}</p>
				<ol>
					{inView.map((row, r) => (
						<li key={`list-${r}`}>
							{rowLabel(r)}
							<ol>
								{row.map((seat) => (
									<li key={keyOf(seat.position)}>{describe(seat)}</li>
								))}
							</ol>
						</li>
					))}
				</ol>
			</div>
		</div>
	);
}
