import { describe, expect, it } from 'vitest';
import { BanquetInputError, banquetSeats, banquetTables, MAX_AT_TABLE, tablePlace, type BanquetSeat } from '../../src/lib/banquet';

const seatOf = (seats: BanquetSeat[], side: 'host' | 'guest', rank: number) =>
	seats.findIndex((seat) => seat.side === side && seat.rank === rank);
const label = (seat: BanquetSeat) => `${seat.side === 'host' ? 'H' : 'G'}${seat.rank}`;

describe('banquetSeats: the convention at one table', () => {
	it('seats ten (five hosts, five guests) as the convention says', () => {
		const seats = banquetSeats({ hosts: 5, guests: 5 });
		expect(seats.map(label)).toEqual(['H1', 'G2', 'H4', 'H5', 'G3', 'H2', 'G4', 'G5', 'H3', 'G1']);
	});

	it('puts 主陪 facing the entrance, 主賓 on his right hand, 副主賓 on his left, 副陪 opposite with 三賓 right and 四賓 left', () => {
		for (let total = 6; total <= MAX_AT_TABLE; total++) {
			const guests = Math.max(4, Math.floor(total / 2));
			const seats = banquetSeats({ hosts: total - guests, guests });
			const opposite = Math.floor(total / 2);
			expect(seatOf(seats, 'host', 1)).toBe(0);
			expect(seatOf(seats, 'guest', 1)).toBe(total - 1);
			expect(seatOf(seats, 'guest', 2)).toBe(1);
			expect(seatOf(seats, 'host', 2)).toBe(opposite);
			expect(seatOf(seats, 'guest', 3)).toBe(opposite - 1);
			expect(seatOf(seats, 'guest', 4)).toBe(opposite + 1);
		}
	});

	it.each(Array.from({ length: MAX_AT_TABLE - 1 }, (_, i) => i + 2))('seats %i people, every split, each person exactly once', (total) => {
		for (let hosts = 1; hosts <= total; hosts++) {
			const guests = total - hosts;
			const seats = banquetSeats({ hosts, guests });
			expect(seats).toHaveLength(total);
			expect(seats.every(Boolean)).toBe(true);
			const ranks = (side: 'host' | 'guest') =>
				seats
					.filter((seat) => seat.side === side)
					.map((seat) => seat.rank)
					.sort((a, b) => a - b);
			expect(ranks('host')).toEqual(Array.from({ length: hosts }, (_, i) => i + 1));
			expect(ranks('guest')).toEqual(Array.from({ length: guests }, (_, i) => i + 1));
			expect(seats[0]).toEqual({ side: 'host', rank: 1 });
			if (guests >= 1) expect(seats[total - 1]).toEqual({ side: 'guest', rank: 1 });
		}
	});

	it('seats the less senior further from the head on each side', () => {
		const seats = banquetSeats({ hosts: 6, guests: 6 });
		const distance = (index: number) => Math.min(index, seats.length - index);
		// hosts beyond the fixed seats: rank 3 no further from the head than rank 6
		expect(distance(seatOf(seats, 'host', 3))).toBeLessThanOrEqual(distance(seatOf(seats, 'host', 6)));
		expect(distance(seatOf(seats, 'guest', 5))).toBeLessThanOrEqual(distance(seatOf(seats, 'guest', 6)));
	});

	it('handles the smallest tables', () => {
		expect(banquetSeats({ hosts: 1, guests: 1 }).map(label)).toEqual(['H1', 'G1']);
		expect(banquetSeats({ hosts: 1, guests: 2 }).map(label)).toEqual(['H1', 'G2', 'G1']);
		expect(banquetSeats({ hosts: 2, guests: 0 }).map(label)).toEqual(['H1', 'H2']);
		expect(banquetSeats({ hosts: 1, guests: 0 }).map(label)).toEqual(['H1']);
	});

	it('throws coded errors for impossible tables', () => {
		const codeOf = (input: { hosts: number; guests: number }) => {
			try {
				banquetSeats(input);
			} catch (error) {
				expect(error).toBeInstanceOf(BanquetInputError);
				return (error as BanquetInputError).code;
			}
			return null;
		};
		expect(codeOf({ hosts: 0, guests: 4 })).toBe('no-host');
		expect(codeOf({ hosts: 11, guests: 10 })).toBe('too-many');
		expect(codeOf({ hosts: 1.5, guests: 2 })).toBe('count-invalid');
		expect(codeOf({ hosts: 2, guests: -1 })).toBe('count-invalid');
		expect(codeOf({ hosts: 10, guests: 10 })).toBeNull();
	});
});

describe('banquetTables: several tables', () => {
	const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

	it('puts the most senior at the 主桌 and every table gets a host', () => {
		const tables = banquetTables({ hosts: names('H', 8), guests: names('G', 20), perTable: 10 });
		expect(tables).toHaveLength(3);
		expect(tables[0]!.hosts[0]).toBe('H1');
		expect(tables[0]!.guests[0]).toBe('G1');
		for (const table of tables) {
			expect(table.hosts.length).toBeGreaterThanOrEqual(1);
			expect(table.hosts.length + table.guests.length).toBeLessThanOrEqual(10);
			expect(table.seats).toHaveLength(table.hosts.length + table.guests.length);
		}
		expect(tables.flatMap((table) => table.hosts)).toEqual(names('H', 8));
		expect(tables.flatMap((table) => table.guests)).toEqual(names('G', 20));
	});

	it('numbers tables from the 主桌 outward, its right hand first by default, left when the office says so', () => {
		expect([1, 2, 3, 4, 5, 6].map((index) => tablePlace(index, 'right', 3))).toEqual([
			{ row: 0, column: -1 },
			{ row: 0, column: 1 },
			{ row: 1, column: 0 },
			{ row: 1, column: -1 },
			{ row: 1, column: 1 },
			{ row: 2, column: 0 },
		]);
		expect(tablePlace(1, 'left', 3)).toEqual({ row: 0, column: 1 });
	});

	it('refuses more tables than hosts', () => {
		expect(() => banquetTables({ hosts: names('H', 1), guests: names('G', 30), perTable: 10 })).toThrow(BanquetInputError);
	});
});
