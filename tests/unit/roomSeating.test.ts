import { describe, expect, it } from 'vitest';
import { AudienceInputError, audienceSeats } from '../../src/lib/audienceSeating';
import { ReceptionInputError, receptionSeats } from '../../src/lib/receptionSeating';

describe('audienceSeats (臺下)', () => {
	it('starts each block on a row of its own, after the reserved rows, centre-out', () => {
		const seats = audienceSeats({ blocks: [3, 7], perRow: 5, reservedRows: 1 });
		const at = (block: number, rank: number) => seats.find((seat) => seat.block === block && seat.rank === rank)!;
		// block 0: 3 people in the middle of row 2 (row 1 reserved): 3 1 2 from the left → seats 2,3,4
		expect([at(0, 1), at(0, 2), at(0, 3)].map((seat) => [seat.row, seat.seat])).toEqual([
			[2, 3],
			[2, 4],
			[2, 2],
		]);
		// block 1 starts on row 3; its 6th and 7th people on row 4, centred
		expect(at(1, 1)).toMatchObject({ row: 3, seat: 3 });
		expect(at(1, 6)).toMatchObject({ row: 4, seat: 2 });
		expect(at(1, 7)).toMatchObject({ row: 4, seat: 3 });
	});

	it('fills left to right when the office asks, and never seats two people in one seat', () => {
		const seats = audienceSeats({ blocks: [12, 5, 30], perRow: 10, fill: 'left-to-right' });
		expect(
			seats
				.filter((seat) => seat.block === 0)
				.map((seat) => seat.seat)
				.slice(0, 3),
		).toEqual([1, 2, 3]);
		const keys = seats.map((seat) => `${seat.row}-${seat.seat}`);
		expect(new Set(keys).size).toBe(seats.length);
		expect(seats).toHaveLength(47);
	});

	it('refuses impossible halls with codes', () => {
		expect(() => audienceSeats({ blocks: [3], perRow: 0 })).toThrow(AudienceInputError);
		expect(() => audienceSeats({ blocks: [-1], perRow: 5 })).toThrow(AudienceInputError);
		expect(() => audienceSeats({ blocks: [1001], perRow: 50 })).toThrow(AudienceInputError);
		expect(audienceSeats({ blocks: [0], perRow: 5 })).toEqual([]);
	});
});

describe('receptionSeats (會見/會談)', () => {
	it('seats the chief guest on the host’s right: the viewer’s left, seen from the entrance', () => {
		const seats = receptionSeats({ hosts: 3, guests: 4, guestStaff: 1, hostStaff: 1 });
		const at = (side: 'host' | 'guest', rank: number) => seats.find((seat) => seat.side === side && seat.rank === rank)!;
		expect(at('host', 1)).toMatchObject({ x: 1, y: 0 });
		expect(at('guest', 1)).toMatchObject({ x: -1, y: 0 });
		expect([2, 3, 4].map((rank) => at('guest', rank).y)).toEqual([1, 2, 3]);
		expect(at('guest', 2).x).toBeLessThan(0);
		expect(at('host', 2).x).toBeGreaterThan(0);
		expect(seats.filter((seat) => seat.rank === 0).every((seat) => seat.y === -1)).toBe(true);
	});

	it('mirrors when the office seats the guest on the left', () => {
		const seats = receptionSeats({ hosts: 1, guests: 1, guestOn: 'left' });
		expect(seats.find((seat) => seat.side === 'guest')!.x).toBe(1);
	});

	it('refuses a delegation without its principal', () => {
		expect(() => receptionSeats({ hosts: 0, guests: 2 })).toThrow(ReceptionInputError);
	});
});
