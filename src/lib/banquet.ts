/*
 * Seats at a round banquet table (宴請), by the common Chinese convention.
 * Seats are numbered clockwise as seen from above with the entrance at the
 * bottom; seat 0 faces the entrance and is the 主陪's (first host's).
 * - 主賓 (first guest) sits on the 主陪's right hand, 副主賓 on his left;
 * - 副陪 (second host) sits opposite the 主陪 (for an odd count, the seat just
 *   before the bottom going clockwise);
 * - 三賓 sits on the 副陪's right hand, 四賓 on his left;
 * - the remaining hosts and guests alternate outward from the head: the two
 *   seats nearest the 主陪 still free take the next hosts (right hand first),
 *   the next two the next guests, and so on; when one side runs out the other fills.
 * Facing the entrance, a diner's right hand points to the higher seat numbers.
 * Offices vary; this is the practice the seat tool states on the page.
 */

export type BanquetSide = 'host' | 'guest';

export interface BanquetSeat {
	side: BanquetSide;
	/** 1 = 主陪 / 主賓, 2 = 副陪 / 副主賓, … */
	rank: number;
}

/** A round table seats at most this many. */
export const MAX_AT_TABLE = 20;

export type BanquetErrorCode = 'no-host' | 'too-many' | 'count-invalid';

export class BanquetInputError extends Error {
	readonly code: BanquetErrorCode;
	readonly params: Readonly<Record<string, number | string>>;
	constructor(code: BanquetErrorCode, params: Record<string, number | string> = {}) {
		super(`${code} ${JSON.stringify(params)}`);
		this.name = 'BanquetInputError';
		this.code = code;
		this.params = params;
	}
}

/** One entry per seat, seat 0 first (see the module comment for the numbering). */
export function banquetSeats({ hosts, guests }: { hosts: number; guests: number }): BanquetSeat[] {
	for (const [field, value] of [
		['hosts', hosts],
		['guests', guests],
	] as const) {
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
			throw new BanquetInputError('count-invalid', { field, value: String(value) });
	}
	if (hosts < 1) throw new BanquetInputError('no-host');
	const total = hosts + guests;
	if (total > MAX_AT_TABLE) throw new BanquetInputError('too-many', { max: MAX_AT_TABLE, value: total });

	const seats: (BanquetSeat | undefined)[] = new Array(total).fill(undefined);
	const placed = { host: new Set<number>(), guest: new Set<number>() };
	const claim = (seat: number, side: BanquetSide, rank: number) => {
		const count = side === 'host' ? hosts : guests;
		if (rank > count || seats[seat] || seat < 0 || seat >= total || placed[side].has(rank)) return;
		seats[seat] = { side, rank };
		placed[side].add(rank);
	};
	const opposite = Math.floor(total / 2);
	claim(0, 'host', 1);
	claim(total - 1, 'guest', 1); // the 主陪's right hand
	claim(1, 'guest', 2); // his left hand
	claim(opposite, 'host', 2);
	claim(opposite - 1, 'guest', 3); // the 副陪 faces the 主陪: his right hand is the lower seat number
	claim(opposite + 1, 'guest', 4);

	const waiting = {
		host: Array.from({ length: hosts }, (_, i) => i + 1).filter((rank) => !placed.host.has(rank)),
		guest: Array.from({ length: guests }, (_, i) => i + 1).filter((rank) => !placed.guest.has(rank)),
	};
	// Free seats by nearness to the head, the head's right hand (higher number) first, in pairs.
	const distance = (seat: number) => Math.min(seat, total - seat);
	const free = seats
		.map((seat, index) => (seat ? -1 : index))
		.filter((index) => index >= 0)
		.sort((a, b) => distance(a) - distance(b) || b - a);
	const groups: number[][] = [];
	for (const seat of free) {
		const last = groups.at(-1);
		if (last && distance(last[0]!) === distance(seat)) last.push(seat);
		else groups.push([seat]);
	}
	groups.forEach((group, index) => {
		const preferred: BanquetSide = index % 2 === 0 ? 'host' : 'guest';
		const other: BanquetSide = preferred === 'host' ? 'guest' : 'host';
		for (const seat of group) {
			const side = waiting[preferred].length > 0 ? preferred : other;
			seats[seat] = { side, rank: waiting[side].shift()! };
		}
	});
	return seats as BanquetSeat[];
}

/** Which way tables beyond the 主桌 are numbered: to the 主桌's right first (international practice) or its left. */
export type TableHonour = 'right' | 'left';

export interface BanquetTableInput {
	/** hosts in precedence order (their ids or names; the function only counts and splits them) */
	hosts: readonly string[];
	guests: readonly string[];
	/** seats per table, at most MAX_AT_TABLE */
	perTable: number;
}

export interface BanquetTable {
	/** 1 = 主桌 */
	number: number;
	/** where the table stands relative to the 主桌, in the chart's grid: 0 = the 主桌's column, -1 its left as seen from the entrance… */
	column: number;
	row: number;
	hosts: string[];
	guests: string[];
	seats: BanquetSeat[];
}

/**
 * Several tables: people by precedence, the 主桌 (table 1) first. Each table
 * takes about the same share of guests and hosts, the most senior at the 主桌;
 * every table has at least one host. Tables stand in rows facing the 主桌, which
 * is front centre; beyond it tables are numbered outward, alternating sides, the
 * `honour` side first (右為上 by default), row by row.
 */
export function banquetTables({ hosts, guests, perTable }: BanquetTableInput, honour: TableHonour = 'right', perRow = 3): BanquetTable[] {
	if (!Number.isInteger(perTable) || perTable < 2 || perTable > MAX_AT_TABLE)
		throw new BanquetInputError('count-invalid', { field: 'perTable', value: String(perTable) });
	if (hosts.length < 1) throw new BanquetInputError('no-host');
	const total = hosts.length + guests.length;
	const count = Math.max(1, Math.ceil(total / perTable));
	if (hosts.length < count) throw new BanquetInputError('no-host', { tables: count, hosts: hosts.length });
	// Share guests evenly across tables (first tables take the remainder), then fill each table with hosts.
	const guestShare = Array.from({ length: count }, (_, i) => Math.floor(guests.length / count) + (i < guests.length % count ? 1 : 0));
	const tables: BanquetTable[] = [];
	let g = 0;
	let h = 0;
	for (let index = 0; index < count; index++) {
		const tableGuests = guests.slice(g, g + guestShare[index]!);
		g += tableGuests.length;
		const hostsLeftForOthers = count - index - 1;
		const room = perTable - tableGuests.length;
		const take = Math.max(1, Math.min(room, hosts.length - h - hostsLeftForOthers));
		const tableHosts = hosts.slice(h, h + take);
		h += tableHosts.length;
		const { column, row } = tablePlace(index, honour, perRow);
		tables.push({
			number: index + 1,
			column,
			row,
			hosts: tableHosts,
			guests: tableGuests,
			seats: banquetSeats({ hosts: tableHosts.length, guests: tableGuests.length }),
		});
	}
	return tables;
}

/**
 * Where the n-th table (0 = 主桌) stands. The 主桌 is front centre (row 0,
 * column 0); each row holds `perRow` tables on either side's alternation:
 * row 0: 主桌, then right (as the 主桌 faces the entrance: the viewer's left), then left…
 */
export function tablePlace(index: number, honour: TableHonour, perRow: number): { row: number; column: number } {
	if (index === 0) return { row: 0, column: 0 };
	const width = Math.max(1, perRow);
	// the 主桌's row holds it and up to width-1 more; later rows hold width each, centre first
	const inFirstRow = width - 1;
	let row = 0;
	let position = index; // position within its row, 0 = centre
	if (index > inFirstRow) {
		row = 1 + Math.floor((index - inFirstRow - 1) / width);
		position = (index - inFirstRow - 1) % width;
		if (position === 0) return { row, column: 0 };
	}
	const step = Math.ceil(position / 2);
	// Facing the entrance, the 主桌's right hand is the viewer's left (negative column).
	const rightFirst = position % 2 === 1;
	const towardRight = honour === 'right' ? rightFirst : !rightFirst;
	return { row, column: towardRight ? -step : step };
}
