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
