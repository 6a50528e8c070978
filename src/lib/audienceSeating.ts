import { rostrumOrder } from './seating';

/*
 * 臺下座位: the audience in blocks (a unit or a category each, in precedence
 * order), front row first. Each block starts on a row of its own; reserved rows
 * at the front stay empty. Within a row people sit centre-out by the rostrum
 * rule (the most senior in the middle) or left to right as seen from the rostrum's
 * audience side. Seat labels are 第N排 第M號, 號 counted from the left as one
 * faces the rostrum. Offices vary; the page states the choice it used.
 */

export type AudienceFill = 'centre-out' | 'left-to-right';

export interface AudienceInput {
	/** people per block, blocks in precedence order */
	blocks: readonly number[];
	/** seats in a row (an aisle is a gap the chart draws after `aisleAfter` seats) */
	perRow: number;
	/** empty rows at the front (reserved), default 0 */
	reservedRows?: number;
	fill?: AudienceFill;
}

export interface AudienceSeat {
	/** 1 = the front row */
	row: number;
	/** 1 = the leftmost seat as one faces the rostrum */
	seat: number;
	/** 0-based block index */
	block: number;
	/** 1-based rank within the block */
	rank: number;
}

export type AudienceErrorCode = 'per-row-invalid' | 'block-invalid' | 'reserved-invalid' | 'too-many';

export class AudienceInputError extends Error {
	readonly code: AudienceErrorCode;
	readonly params: Readonly<Record<string, number | string>>;
	constructor(code: AudienceErrorCode, params: Record<string, number | string> = {}) {
		super(`${code} ${JSON.stringify(params)}`);
		this.name = 'AudienceInputError';
		this.code = code;
		this.params = params;
	}
}

/** A hall the tool plans for: 60 seats a row, 1000 people. */
export const AUDIENCE_LIMITS = { perRow: 60, people: 1000, reservedRows: 20 } as const;

/** Every person's seat, block by block, each in rank order. */
export function audienceSeats({ blocks, perRow, reservedRows = 0, fill = 'centre-out' }: AudienceInput): AudienceSeat[] {
	if (!Number.isInteger(perRow) || perRow < 1 || perRow > AUDIENCE_LIMITS.perRow) {
		throw new AudienceInputError('per-row-invalid', { value: String(perRow), max: AUDIENCE_LIMITS.perRow });
	}
	if (!Number.isInteger(reservedRows) || reservedRows < 0 || reservedRows > AUDIENCE_LIMITS.reservedRows) {
		throw new AudienceInputError('reserved-invalid', { value: String(reservedRows), max: AUDIENCE_LIMITS.reservedRows });
	}
	if (blocks.some((size) => !Number.isInteger(size) || size < 0)) throw new AudienceInputError('block-invalid');
	const total = blocks.reduce((sum, size) => sum + size, 0);
	if (total > AUDIENCE_LIMITS.people) throw new AudienceInputError('too-many', { value: total, max: AUDIENCE_LIMITS.people });

	const seats: AudienceSeat[] = [];
	let row = reservedRows + 1;
	blocks.forEach((size, block) => {
		for (let first = 0; first < size; first += perRow) {
			const inRow = Math.min(perRow, size - first);
			// A short row sits in the middle of the hall when filled centre-out, at the left otherwise.
			const offset = fill === 'centre-out' ? Math.floor((perRow - inRow) / 2) : 0;
			const order = fill === 'centre-out' ? rostrumOrder(inRow) : Array.from({ length: inRow }, (_, i) => i + 1);
			order.forEach((rankInRow, position) => seats.push({ row, seat: offset + position + 1, block, rank: first + rankInRow }));
			row++;
		}
	});
	return seats.sort((a, b) => a.block - b.block || a.rank - b.rank);
}
