import { placeWithOverrides, swapOverrides, type RuleSeat, type SwapOverride } from './seatSwaps';

// Rostrum seat order, 第二篇 四(三)2(1) (office-standard#s4-3-2-1):
// 「以主席臺座位為準,無論人數單、雙,均以最高領導為中心,然后依先左后右次序排列。」
// "Left" is the seated leaders' own left as they face the audience, so from the
// audience No.2 appears to the RIGHT of No.1. All positions here are counted
// from the audience's left (台下視角); the rostrum view is its mirror image.

/** 以左為上 (Party and government meetings, 第二篇) or 以右為上 (foreign affairs, business). */
export type Honour = 'left' | 'right';

/** 台下視角 (facing the rostrum) or 台上視角 (the seated leaders' own view). */
export type SeatView = 'audience' | 'rostrum';

/** Bounds for the number of people and for seats per row. */
export const SEAT_LIMITS = { min: 1, max: 300 } as const;

export type SeatingErrorCode =
	| 'count-not-integer'
	| 'count-too-small'
	| 'count-too-large'
	| 'per-row-not-integer'
	| 'per-row-too-small'
	| 'per-row-too-large'
	| 'honour-invalid'
	| 'seat-out-of-range'
	| 'overrides-invalid';

export class SeatingInputError extends Error {
	readonly code: SeatingErrorCode;
	readonly params: Readonly<Record<string, string | number>>;

	constructor(code: SeatingErrorCode, params: Record<string, string | number> = {}) {
		super(`${code} ${JSON.stringify(params)}`);
		this.name = 'SeatingInputError';
		this.code = code;
		this.params = params;
	}
}

type CountField = 'count' | 'per-row';

function assertSeatCount(value: unknown, field: CountField): asserts value is number {
	// Callers may hand us raw form input; a numeric string is still rejected so
	// that parsing stays the UI's explicit job.
	const shown = typeof value === 'number' ? value : String(value);
	const params = { min: SEAT_LIMITS.min, max: SEAT_LIMITS.max, value: shown };
	if (typeof value !== 'number' || !Number.isInteger(value)) {
		throw new SeatingInputError(`${field}-not-integer`, params);
	}
	if (value < SEAT_LIMITS.min) throw new SeatingInputError(`${field}-too-small`, params);
	if (value > SEAT_LIMITS.max) throw new SeatingInputError(`${field}-too-large`, params);
}

function assertHonour(value: unknown): asserts value is Honour {
	if (value !== 'left' && value !== 'right') {
		throw new SeatingInputError('honour-invalid', { value: String(value) });
	}
}

/**
 * The rank seated in each position of one row, left to right as seen from the
 * audience. 'left': No.1 in the centre (for an even count the centre-left seat
 * as seen from the audience), No.2 on No.1's own left, No.3 on No.1's own
 * right, alternating outwards. 'right' is the mirror image.
 */
export function rostrumOrder(count: number, honour: Honour = 'left'): number[] {
	assertSeatCount(count, 'count');
	assertHonour(honour);
	const order = new Array<number>(count);
	const centre = Math.floor((count - 1) / 2);
	for (let rank = 1; rank <= count; rank++) {
		// Even ranks go to the leaders' left (audience right), odd ranks to their right.
		const offset = rank % 2 === 0 ? rank / 2 : -(rank - 1) / 2;
		order[centre + offset] = rank;
	}
	return honour === 'left' ? order : order.reverse();
}

/**
 * Several rows, front row first. Ranks fill the front row, then continue in
 * the next; each row is ordered centre-out by the same rule, so a row with
 * ranks 6..10 looks like ranks 1..5 shifted by 5.
 */
export function rostrumRows(count: number, perRow: number, honour: Honour = 'left'): number[][] {
	assertSeatCount(count, 'count');
	assertSeatCount(perRow, 'per-row');
	assertHonour(honour);
	const rows: number[][] = [];
	for (let first = 0; first < count; first += perRow) {
		const size = Math.min(perRow, count - first);
		rows.push(rostrumOrder(size, honour).map((rank) => rank + first));
	}
	return rows;
}

/**
 * Seats per line when a row of `rowLength` seats is drawn where a line holds `capacity`
 * seats (a phone): as few lines as it must, all about as long (15 in 7 → 5 5 5, not 7 7 1).
 */
export function seatsPerLine(rowLength: number, capacity: number): number {
	if (rowLength <= capacity) return rowLength;
	const lines = Math.ceil(rowLength / Math.max(1, capacity));
	return Math.ceil(rowLength / lines);
}

/** One row as the seated leaders see it: the audience view mirrored. */
export function toRostrumView<T>(row: readonly T[]): T[] {
	return [...row].reverse();
}

/** Rows (front first, audience order) turned into the requested view; rows keep their order. */
export function rowsInView<T>(rows: readonly (readonly T[])[], view: SeatView): T[][] {
	return rows.map((row) => (view === 'rostrum' ? toRostrumView(row) : [...row]));
}

/** A seat: row 0 is the front row; seat 0 is the leftmost as seen from the audience. */
export interface SeatPosition {
	row: number;
	seat: number;
}

/** A rank placed away from its rule seat (按領導意見辦). */
export interface SeatOverride extends SeatPosition {
	rank: number;
}

export interface SeatPlan {
	count: number;
	perRow: number;
	honour: Honour;
	/** Only the ranks that sit elsewhere than the rule puts them; absent when the rule holds. */
	overrides?: readonly SeatOverride[];
}

export interface Seat {
	rank: number;
	position: SeatPosition;
	/** True when a manual adjustment put this rank here. */
	moved: boolean;
}

function hasSeat(rows: readonly (readonly unknown[])[], { row, seat }: SeatPosition): boolean {
	const cells = Number.isInteger(row) ? rows[row] : undefined;
	return cells !== undefined && Number.isInteger(seat) && seat >= 0 && seat < cells.length;
}

/** The rule's seats as keyed entries for src/lib/seatSwaps.ts: seat `row:seat`, occupant the rank. */
function ruleSeats(rule: readonly (readonly number[])[]): RuleSeat<string, number>[] {
	return rule.flatMap((row, r) => row.map((rank, s) => ({ seat: `${r}:${s}`, occupant: rank })));
}

const toSwapOverride = (o: SeatOverride): SwapOverride<string, number> => ({ seat: `${o.row}:${o.seat}`, occupant: o.rank });

/** The plan's seats in audience order, front row first, with overrides applied. */
export function seatPlanRows(plan: SeatPlan): Seat[][] {
	const rule = rostrumRows(plan.count, plan.perRow, plan.honour);
	const overrides = plan.overrides ?? [];
	// Overrides must describe a permutation of this layout, or they belong to another one
	// (count, row width or honour changed since): refuse rather than seat two people in one chair.
	const movedRanks = new Set<number>();
	for (const o of overrides) {
		const validRank = Number.isInteger(o.rank) && o.rank >= 1 && o.rank <= plan.count;
		if (!validRank || movedRanks.has(o.rank) || !hasSeat(rule, o)) {
			throw new SeatingInputError('overrides-invalid');
		}
		movedRanks.add(o.rank);
	}
	const placement = placeWithOverrides(ruleSeats(rule), overrides.map(toSwapOverride));
	if (placement.dropped.length > 0 || placement.displaced.length > 0) throw new SeatingInputError('overrides-invalid');
	let index = 0;
	return rule.map((row, r) =>
		row.map((_, s) => {
			const placed = placement.seats[index++]!;
			return { rank: placed.occupant, position: { row: r, seat: s }, moved: placed.moved };
		}),
	);
}

/** Swaps whoever sits at a and b. Swapping back to the rule leaves no overrides. */
export function swapSeats(plan: SeatPlan, a: SeatPosition, b: SeatPosition): SeatPlan {
	const seats = seatPlanRows(plan);
	for (const p of [a, b]) {
		if (!hasSeat(seats, p)) {
			// Params count from 1, as the page labels rows and seats.
			throw new SeatingInputError('seat-out-of-range', { row: ordinal(p.row), seat: ordinal(p.seat) });
		}
	}
	const rule = ruleSeats(rostrumRows(plan.count, plan.perRow, plan.honour));
	const swapped = swapOverrides(rule, (plan.overrides ?? []).map(toSwapOverride), `${a.row}:${a.seat}`, `${b.row}:${b.seat}`) ?? [];
	const overrides = swapped.map(({ seat, occupant }) => {
		const [row, column] = seat.split(':').map(Number);
		return { rank: occupant, row: row!, seat: column! };
	});
	overrides.sort((x, y) => x.rank - y.rank);
	return withOverrides(plan, overrides);
}

const ordinal = (index: number): number | string => (Number.isInteger(index) ? index + 1 : String(index));

function withOverrides({ count, perRow, honour }: SeatPlan, overrides: SeatOverride[]): SeatPlan {
	return overrides.length > 0 ? { count, perRow, honour, overrides } : { count, perRow, honour };
}

/** How the rule placed a layout, for the page to explain in words (codes and numbers only). */
export interface RostrumExplanation {
	parity: 'odd' | 'even';
	/** the front row's seats of No.1 and No.2, 1-based from the audience's left */
	first: { seat: number };
	second?: { seat: number; side: 'audience-left' | 'audience-right' };
	/** each row: its number (1 = front) and its first and last rank */
	rows: { row: number; first: number; last: number }[];
}

/**
 * What the page says under the chart: whether the front row's count is odd or even,
 * where No.1 and No.2 sit as seen from the audience, and which ranks each row holds.
 */
export function rostrumExplanation(count: number, perRow: number, honour: Honour = 'left'): RostrumExplanation {
	const rows = rostrumRows(count, perRow, honour);
	const front = rows[0]!;
	const first = front.indexOf(1) + 1;
	const secondAt = front.indexOf(2);
	const explanation: RostrumExplanation = {
		parity: front.length % 2 === 0 ? 'even' : 'odd',
		first: { seat: first },
		rows: rows.map((row, index) => ({ row: index + 1, first: Math.min(...row), last: Math.max(...row) })),
	};
	if (secondAt >= 0) explanation.second = { seat: secondAt + 1, side: secondAt + 1 > first ? 'audience-right' : 'audience-left' };
	return explanation;
}
