import { describe, expect, it } from 'vitest';
import { placeWithOverrides, swapOverrides, type RuleSeat } from '../../src/lib/seatSwaps';

// Four seats a, b, c, d with the rule putting p1..p4 in them.
const rule: RuleSeat<string, string>[] = [
	{ seat: 'a', occupant: 'p1' },
	{ seat: 'b', occupant: 'p2' },
	{ seat: 'c', occupant: 'p3' },
	{ seat: 'd', occupant: 'p4' },
];
const occupants = (overrides: Parameters<typeof placeWithOverrides<string, string>>[1]) =>
	placeWithOverrides(rule, overrides).seats.map((seat) => `${seat.seat}:${seat.occupant}${seat.moved ? '*' : ''}`);

describe('swaps kept apart from the rule', () => {
	it('without overrides everyone sits where the rule says, nobody marked moved', () => {
		expect(occupants([])).toEqual(['a:p1', 'b:p2', 'c:p3', 'd:p4']);
	});

	it('a swap of two seats gives two overrides and marks exactly those seats', () => {
		const swapped = swapOverrides(rule, [], 'a', 'c')!;
		expect(swapped).toEqual([
			{ seat: 'a', occupant: 'p3' },
			{ seat: 'c', occupant: 'p1' },
		]);
		expect(occupants(swapped)).toEqual(['a:p3*', 'b:p2', 'c:p1*', 'd:p4']);
	});

	it('swapping back returns to the rule with no override left (恢復規則排列 is no overrides)', () => {
		const once = swapOverrides(rule, [], 'b', 'd')!;
		expect(swapOverrides(rule, once, 'b', 'd')).toEqual([]);
	});

	it('chained swaps compose: a↔b then b↔c leaves p2, p3, p1', () => {
		const first = swapOverrides(rule, [], 'a', 'b')!;
		const second = swapOverrides(rule, first, 'b', 'c')!;
		expect(occupants(second)).toEqual(['a:p2*', 'b:p3*', 'c:p1*', 'd:p4']);
	});

	it('refuses a seat the rule does not have', () => {
		expect(swapOverrides(rule, [], 'a', 'z')).toBeNull();
	});

	it('after someone is withdrawn, a swap of two others still holds; one naming the withdrawn person is dropped', () => {
		// p2 withdrawn: the rule reflows to three seats a, b, c for p1, p3, p4.
		const reflowed: RuleSeat<string, string>[] = [
			{ seat: 'a', occupant: 'p1' },
			{ seat: 'b', occupant: 'p3' },
			{ seat: 'c', occupant: 'p4' },
		];
		const placement = placeWithOverrides(reflowed, [
			{ seat: 'a', occupant: 'p4' },
			{ seat: 'c', occupant: 'p1' },
			{ seat: 'b', occupant: 'p2' },
		]);
		expect(placement.seats.map((seat) => seat.occupant)).toEqual(['p4', 'p3', 'p1']);
		expect(placement.dropped).toEqual([{ seat: 'b', occupant: 'p2' }]);
	});

	it('a half-applicable override never seats two people in one chair or loses anyone', () => {
		// p1 is put on c, but p3 (who the rule puts on c) has no override: p3 takes the seat p1 left.
		const placement = placeWithOverrides(rule, [{ seat: 'c', occupant: 'p1' }]);
		expect(placement.seats.map((seat) => seat.occupant)).toEqual(['p3', 'p2', 'p1', 'p4']);
		expect(placement.displaced).toEqual(['p3']);
		expect(new Set(placement.seats.map((seat) => seat.occupant)).size).toBe(4);
	});

	it('two overrides claiming one seat: the first wins, the second is dropped', () => {
		const placement = placeWithOverrides(rule, [
			{ seat: 'a', occupant: 'p4' },
			{ seat: 'a', occupant: 'p3' },
			{ seat: 'd', occupant: 'p1' },
		]);
		expect(placement.seats.map((seat) => seat.occupant)).toEqual(['p4', 'p2', 'p3', 'p1']);
		expect(placement.dropped).toEqual([{ seat: 'a', occupant: 'p3' }]);
	});
});
