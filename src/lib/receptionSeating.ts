/*
 * 會見/會談 in a reception room: the host and the chief guest sit side by side
 * facing the entrance, the guest on the host's right (international practice;
 * an office may choose the left). Each delegation sits along its own side, in
 * precedence order from the principals toward the entrance; interpreters and
 * recorders sit behind the principals. Positions are as seen from the entrance:
 * x < 0 is the viewer's left, y = 0 the principals' line, y > 0 toward the entrance,
 * y = -1 behind.
 */

export type ReceptionSide = 'host' | 'guest';

export interface ReceptionSeat {
	side: ReceptionSide;
	/** 1 = the host / chief guest; 0 = an interpreter or recorder behind */
	rank: number;
	x: number;
	y: number;
}

export type ReceptionErrorCode = 'count-invalid' | 'too-many';

export class ReceptionInputError extends Error {
	readonly code: ReceptionErrorCode;
	readonly params: Readonly<Record<string, number | string>>;
	constructor(code: ReceptionErrorCode, params: Record<string, number | string> = {}) {
		super(`${code} ${JSON.stringify(params)}`);
		this.name = 'ReceptionInputError';
		this.code = code;
		this.params = params;
	}
}

/** A delegation larger than this no longer fits along a reception room's side. */
export const MAX_DELEGATION = 30;

export interface ReceptionInput {
	/** people of each delegation, the principal included (at least 1 each) */
	hosts: number;
	guests: number;
	/** interpreters / recorders behind each principal */
	hostStaff?: number;
	guestStaff?: number;
	/** the side of the host the chief guest sits on, as the host faces the entrance; default right */
	guestOn?: 'right' | 'left';
}

export function receptionSeats({ hosts, guests, hostStaff = 0, guestStaff = 0, guestOn = 'right' }: ReceptionInput): ReceptionSeat[] {
	for (const [field, value, min] of [
		['hosts', hosts, 1],
		['guests', guests, 1],
		['hostStaff', hostStaff, 0],
		['guestStaff', guestStaff, 0],
	] as const) {
		if (!Number.isInteger(value) || value < min) throw new ReceptionInputError('count-invalid', { field, value: String(value) });
		if (value > MAX_DELEGATION) throw new ReceptionInputError('too-many', { field, value, max: MAX_DELEGATION });
	}
	// Facing the entrance, the host's right hand is the viewer's left.
	const guestX = guestOn === 'right' ? -1 : 1;
	const seats: ReceptionSeat[] = [
		{ side: 'host', rank: 1, x: -guestX, y: 0 },
		{ side: 'guest', rank: 1, x: guestX, y: 0 },
	];
	for (let rank = 2; rank <= guests; rank++) seats.push({ side: 'guest', rank, x: guestX * 2, y: rank - 1 });
	for (let rank = 2; rank <= hosts; rank++) seats.push({ side: 'host', rank, x: -guestX * 2, y: rank - 1 });
	for (let n = 0; n < guestStaff; n++) seats.push({ side: 'guest', rank: 0, x: guestX * (1 + n), y: -1 });
	for (let n = 0; n < hostStaff; n++) seats.push({ side: 'host', rank: 0, x: -guestX * (1 + n), y: -1 });
	return seats;
}
