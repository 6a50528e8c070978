import { describe, expect, it } from 'vitest';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { type SeatPlan, seatPlanRows, swapSeats } from '../../src/lib/seatPlan';
import {
	rostrumExplanation,
	SEAT_LIMITS,
	SeatingInputError,
	rostrumOrder,
	rostrumRows,
	rowsInView,
	seatsPerLine,
	toRostrumView,
} from '../../src/lib/seating';

const ranks = (plan: SeatPlan) => seatPlanRows(plan).map((row) => row.map((seat) => seat.rank));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function thrown(fn: () => unknown): SeatingInputError {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(SeatingInputError);
		return error as SeatingInputError;
	}
	throw new Error('expected a SeatingInputError');
}

// Seen from the audience, left to right (第二篇 四(三)2(1): No.2 on No.1's own left).
const leftHonour: Record<number, number[]> = {
	1: [1],
	2: [1, 2],
	3: [3, 1, 2],
	4: [3, 1, 2, 4],
	5: [5, 3, 1, 2, 4],
	6: [5, 3, 1, 2, 4, 6],
	7: [7, 5, 3, 1, 2, 4, 6],
	8: [7, 5, 3, 1, 2, 4, 6, 8],
	9: [9, 7, 5, 3, 1, 2, 4, 6, 8],
	10: [9, 7, 5, 3, 1, 2, 4, 6, 8, 10],
	11: [11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10],
	12: [11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12],
};

const rightHonour: Record<number, number[]> = {
	1: [1],
	2: [2, 1],
	3: [2, 1, 3],
	4: [4, 2, 1, 3],
	5: [4, 2, 1, 3, 5],
	6: [6, 4, 2, 1, 3, 5],
	7: [6, 4, 2, 1, 3, 5, 7],
	8: [8, 6, 4, 2, 1, 3, 5, 7],
	9: [8, 6, 4, 2, 1, 3, 5, 7, 9],
	10: [10, 8, 6, 4, 2, 1, 3, 5, 7, 9],
	11: [10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11],
	12: [12, 10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11],
};

describe('rostrumOrder, 以左為上 (第二篇), seen from the audience', () => {
	for (const n of range(12)) {
		it(`seats ${n} as ${leftHonour[n]!.join(' ')}`, () => {
			expect(rostrumOrder(n)).toEqual(leftHonour[n]);
			expect(rostrumOrder(n, 'left')).toEqual(leftHonour[n]);
		});
	}

	it('puts No.2 on the leaders’ own left: to No.1’s right from the audience, to its left from the rostrum', () => {
		const audience = rostrumOrder(5);
		expect(audience.indexOf(2)).toBe(audience.indexOf(1) + 1);
		const rostrum = toRostrumView(audience);
		expect(rostrum.indexOf(2)).toBe(rostrum.indexOf(1) - 1);
	});

	it('with an even count puts No.1 and No.2 in the two centre seats', () => {
		for (const n of [2, 4, 6, 8, 10, 12]) {
			const order = rostrumOrder(n);
			expect(order.slice(n / 2 - 1, n / 2 + 1)).toEqual([1, 2]);
		}
	});
});

describe('rostrumOrder, 以右為上 (foreign affairs, business), seen from the audience', () => {
	for (const n of range(12)) {
		it(`seats ${n} as ${rightHonour[n]!.join(' ')}`, () => {
			expect(rostrumOrder(n, 'right')).toEqual(rightHonour[n]);
		});
	}
});

describe('rostrumOrder invariants for every count from 1 to 300', () => {
	const counts = range(SEAT_LIMITS.max);

	it('is a permutation of 1..n in both honours', () => {
		for (const n of counts) {
			for (const honour of ['left', 'right'] as const) {
				expect([...rostrumOrder(n, honour)].sort((a, b) => a - b)).toEqual(range(n));
			}
		}
	});

	it('puts No.1 at the centre: centre-left from the audience for 以左為上, centre-right for 以右為上', () => {
		for (const n of counts) {
			expect(rostrumOrder(n, 'left').indexOf(1)).toBe(Math.floor((n - 1) / 2));
			expect(rostrumOrder(n, 'right').indexOf(1)).toBe(Math.ceil((n - 1) / 2));
		}
	});

	it('alternates outwards: a lower rank never sits farther from No.1 than a higher one, No.2 beside No.1', () => {
		// Violations are collected and asserted once: 300 counts × 300 ranks of
		// separate expect() calls is slow enough to time out on a busy machine.
		const violations: string[] = [];
		for (const n of counts) {
			const order = rostrumOrder(n);
			const seatOf = new Map(order.map((rank, seat) => [rank, seat]));
			const centre = seatOf.get(1)!;
			const distance = (rank: number) => Math.abs(seatOf.get(rank)! - centre);
			for (let rank = 2; rank <= n; rank++) {
				if (distance(rank) < distance(rank - 1)) violations.push(`${n}: No.${rank} nearer than No.${rank - 1}`);
				if (distance(rank) !== Math.floor(rank / 2)) violations.push(`${n}: No.${rank} at distance ${distance(rank)}`);
				// Even ranks on the leaders' left (audience right), odd on their right.
				if (Math.sign(seatOf.get(rank)! - centre) !== (rank % 2 === 0 ? 1 : -1)) violations.push(`${n}: No.${rank} on the wrong side`);
			}
		}
		expect(violations).toEqual([]);
	});

	it('以右為上 is the mirror image of 以左為上', () => {
		for (const n of counts) {
			expect(rostrumOrder(n, 'right')).toEqual([...rostrumOrder(n, 'left')].reverse());
		}
	});
});

describe('rostrumRows: several rows, front row first', () => {
	it('7 in rows of 3: two full rows and a single seat', () => {
		expect(rostrumRows(7, 3)).toEqual([[3, 1, 2], [6, 4, 5], [7]]);
	});

	it('12 in rows of 5: each row centre-out, the short last row too', () => {
		expect(rostrumRows(12, 5)).toEqual([
			[5, 3, 1, 2, 4],
			[10, 8, 6, 7, 9],
			[11, 12],
		]);
		expect(rostrumRows(12, 5, 'right')).toEqual([
			[4, 2, 1, 3, 5],
			[9, 7, 6, 8, 10],
			[12, 11],
		]);
	});

	it('orders a later row like ranks 1..k, offset', () => {
		const [, second] = rostrumRows(10, 5);
		expect(second).toEqual(rostrumOrder(5).map((rank) => rank + 5));
	});

	it('keeps one row when perRow is at least the count', () => {
		expect(rostrumRows(5, 5)).toEqual([[5, 3, 1, 2, 4]]);
		expect(rostrumRows(5, 300)).toEqual([[5, 3, 1, 2, 4]]);
	});

	it('puts one person per row when perRow is 1', () => {
		expect(rostrumRows(3, 1)).toEqual([[1], [2], [3]]);
	});

	it('seats everyone exactly once, full rows before the last', () => {
		for (const [count, perRow] of [
			[300, 7],
			[100, 10],
			[31, 8],
		] as const) {
			const rows = rostrumRows(count, perRow);
			expect(rows.flat().sort((a, b) => a - b)).toEqual(range(count));
			expect(rows.slice(0, -1).every((row) => row.length === perRow)).toBe(true);
			expect(rows.length).toBe(Math.ceil(count / perRow));
		}
	});
});

describe('views: the rostrum view is the audience view mirrored', () => {
	it('mirrors one row without touching the input', () => {
		const row = [5, 3, 1, 2, 4];
		expect(toRostrumView(row)).toEqual([4, 2, 1, 3, 5]);
		expect(row).toEqual([5, 3, 1, 2, 4]);
	});

	it('mirrors every row and keeps the front row first', () => {
		const rows = rostrumRows(7, 3);
		expect(rowsInView(rows, 'rostrum')).toEqual([[2, 1, 3], [5, 4, 6], [7]]);
		expect(rowsInView(rows, 'audience')).toEqual(rows);
	});
});

describe('manual adjustment (按領導意見辦): swap, swap back, restore', () => {
	const plan: SeatPlan = { count: 5, perRow: 5, honour: 'left' };

	it('seats a plain plan by the rule, with positions counted from the audience’s left', () => {
		const rows = seatPlanRows(plan);
		expect(rows[0]!.map((seat) => seat.rank)).toEqual([5, 3, 1, 2, 4]);
		expect(rows[0]!.map((seat) => seat.position)).toEqual(range(5).map((i) => ({ row: 0, seat: i - 1 })));
		expect(rows[0]!.some((seat) => seat.moved)).toBe(false);
		expect(plan.overrides).toBeUndefined();
	});

	it('swaps No.1 and No.2 and marks the plan and both seats as adjusted', () => {
		const swapped = swapSeats(plan, { row: 0, seat: 2 }, { row: 0, seat: 3 });
		expect(ranks(swapped)).toEqual([[5, 3, 2, 1, 4]]);
		expect(swapped.overrides).toBeDefined();
		expect(seatPlanRows(swapped)[0]!.map((seat) => seat.moved)).toEqual([false, false, true, true, false]);
		expect(swapped.overrides).toEqual([
			{ rank: 1, row: 0, seat: 3 },
			{ rank: 2, row: 0, seat: 2 },
		]);
		expect(plan.overrides).toBeUndefined();
	});

	it('swapping back leaves no adjustment at all', () => {
		const once = swapSeats(plan, { row: 0, seat: 2 }, { row: 0, seat: 3 });
		const back = swapSeats(once, { row: 0, seat: 3 }, { row: 0, seat: 2 });
		expect(back).toEqual(plan);
		expect(back.overrides).toBeUndefined();
	});

	it('chains swaps: each works on the adjusted plan', () => {
		const first = swapSeats(plan, { row: 0, seat: 2 }, { row: 0, seat: 3 });
		const second = swapSeats(first, { row: 0, seat: 3 }, { row: 0, seat: 4 });
		expect(ranks(second)).toEqual([[5, 3, 2, 4, 1]]);
	});

	it('swaps across rows', () => {
		const twoRows: SeatPlan = { count: 7, perRow: 3, honour: 'left' };
		const swapped = swapSeats(twoRows, { row: 0, seat: 1 }, { row: 2, seat: 0 });
		expect(ranks(swapped)).toEqual([[3, 7, 2], [6, 4, 5], [1]]);
	});

	it('swapping a seat with itself changes nothing', () => {
		const same = swapSeats(plan, { row: 0, seat: 1 }, { row: 0, seat: 1 });
		expect(same).toEqual(plan);
	});

	it('a swap picked in the rostrum view uses the seats’ own positions, so no remapping is needed', () => {
		const shown = rowsInView(seatPlanRows(plan), 'rostrum')[0]!;
		expect(shown.map((seat) => seat.rank)).toEqual([4, 2, 1, 3, 5]);
		// The leaders' leftmost two seats are the audience's rightmost two.
		const swapped = swapSeats(plan, shown[0]!.position, shown[1]!.position);
		expect(ranks(swapped)).toEqual([[5, 3, 1, 4, 2]]);
	});

	it('rejects a seat outside the plan, with 1-based row and seat', () => {
		const error = thrown(() => swapSeats(plan, { row: 0, seat: 5 }, { row: 0, seat: 0 }));
		expect(error.code).toBe('seat-out-of-range');
		expect(error.params).toEqual({ row: 1, seat: 6 });
		expect(thrown(() => swapSeats(plan, { row: 1, seat: 0 }, { row: 0, seat: 0 })).code).toBe('seat-out-of-range');
		expect(thrown(() => swapSeats(plan, { row: 0, seat: -1 }, { row: 0, seat: 0 })).code).toBe('seat-out-of-range');
	});

	it('refuses overrides that do not fit the layout instead of seating two people in one chair', () => {
		const swapped = swapSeats(plan, { row: 0, seat: 0 }, { row: 0, seat: 4 });
		// The count shrank after the adjustment: rank 5 no longer exists.
		expect(thrown(() => seatPlanRows({ ...swapped, count: 3 })).code).toBe('overrides-invalid');
		// Two ranks claim one seat.
		const clash: SeatPlan = {
			...plan,
			overrides: [
				{ rank: 1, row: 0, seat: 0 },
				{ rank: 2, row: 0, seat: 0 },
			],
		};
		expect(thrown(() => seatPlanRows(clash)).code).toBe('overrides-invalid');
		// A moved rank lands on a seat the rule still gives to someone else.
		const lonely: SeatPlan = { ...plan, overrides: [{ rank: 1, row: 0, seat: 0 }] };
		expect(thrown(() => seatPlanRows(lonely)).code).toBe('overrides-invalid');
	});
});

describe('invalid count or perRow', () => {
	const bounds = { min: 1, max: 300 };
	const cases: [unknown, string, number | string][] = [
		[0, 'too-small', 0],
		[-1, 'too-small', -1],
		[2.5, 'not-integer', 2.5],
		[Number.NaN, 'not-integer', Number.NaN],
		[Number.POSITIVE_INFINITY, 'not-integer', Number.POSITIVE_INFINITY],
		[301, 'too-large', 301],
		['5', 'not-integer', '5'],
		[undefined, 'not-integer', 'undefined'],
	];

	for (const [value, kind, shown] of cases) {
		it(`count ${String(value)} (${typeof value}) → count-${kind}`, () => {
			for (const fn of [() => rostrumOrder(value as number), () => rostrumRows(value as number, 5)]) {
				const error = thrown(fn);
				expect(error.code).toBe(`count-${kind}`);
				expect(error.params).toEqual({ ...bounds, value: shown });
			}
		});

		it(`perRow ${String(value)} (${typeof value}) → per-row-${kind}`, () => {
			const error = thrown(() => rostrumRows(5, value as number));
			expect(error.code).toBe(`per-row-${kind}`);
			expect(error.params).toEqual({ ...bounds, value: shown });
		});
	}

	it('accepts the bounds themselves', () => {
		expect(rostrumOrder(1)).toEqual([1]);
		expect(rostrumOrder(300)).toHaveLength(300);
		expect(rostrumRows(300, 300)).toHaveLength(1);
	});

	it('rejects an unknown honour', () => {
		const error = thrown(() => rostrumOrder(3, 'centre' as 'left'));
		expect(error.code).toBe('honour-invalid');
		expect(error.params).toEqual({ value: 'centre' });
	});
});

describe('messages cover every code with the params it receives', () => {
	const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
	const errors = [
		thrown(() => rostrumOrder(0)),
		thrown(() => rostrumOrder(2.5)),
		thrown(() => rostrumOrder(301)),
		thrown(() => rostrumRows(3, 0)),
		thrown(() => rostrumRows(3, 2.5)),
		thrown(() => rostrumRows(3, 301)),
		thrown(() => rostrumOrder(3, 'up' as 'left')),
		thrown(() => swapSeats({ count: 3, perRow: 3, honour: 'left' }, { row: 4, seat: 0 }, { row: 0, seat: 0 })),
		thrown(() => seatPlanRows({ count: 3, perRow: 3, honour: 'left', overrides: [{ rank: 9, row: 0, seat: 0 }] })),
	];

	it('has Traditional Chinese text for each error code, filled only by params the error carries', () => {
		expect(new Set(errors.map((e) => e.code)).size).toBe(errors.length);
		for (const error of errors) {
			const text = seatingMessages[error.code];
			expect(text, error.code).toBeTruthy();
			for (const name of placeholders(text)) expect(error.params, `${error.code} {${name}}`).toHaveProperty(name!);
		}
	});

	it('names the range in the count message', () => {
		expect(seatingMessages['count-not-integer']).toContain('須為 {min} 至 {max} 的整數');
	});
});

describe('rostrumExplanation: the rule in words', () => {
	it('says where 1 號 and 2 號 sit for an even count: the centre line between them', () => {
		expect(rostrumExplanation(6, 10)).toEqual({
			parity: 'even',
			first: { seat: 3 },
			second: { seat: 4, side: 'audience-right' },
			rows: [{ row: 1, first: 1, last: 6 }],
		});
	});

	it('puts 1 號 in the middle for an odd count, 2 號 on the audience’s left under 以右為上', () => {
		expect(rostrumExplanation(7, 10, 'right')).toMatchObject({
			parity: 'odd',
			first: { seat: 4 },
			second: { seat: 3, side: 'audience-left' },
		});
	});

	it('lists which ranks each row holds', () => {
		expect(rostrumExplanation(12, 5).rows).toEqual([
			{ row: 1, first: 1, last: 5 },
			{ row: 2, first: 6, last: 10 },
			{ row: 3, first: 11, last: 12 },
		]);
		expect(rostrumExplanation(1, 5)).toEqual({ parity: 'odd', first: { seat: 1 }, rows: [{ row: 1, first: 1, last: 1 }] });
	});
});

describe('seatsPerLine: a long row wraps into balanced lines on a phone', () => {
	it('keeps a row that fits on one line', () => {
		expect(seatsPerLine(7, 7)).toBe(7);
		expect(seatsPerLine(3, 7)).toBe(3);
	});
	it('wraps into as few lines as it must, all about as long', () => {
		expect(seatsPerLine(15, 7)).toBe(5); // 5 5 5, not 7 7 1
		expect(seatsPerLine(8, 7)).toBe(4); // 4 4
		expect(seatsPerLine(13, 6)).toBe(5); // 5 5 3
		expect(seatsPerLine(14, 7)).toBe(7);
	});
	it('never needs more lines than the width allows, nor a line wider than it', () => {
		for (let capacity = 1; capacity <= 10; capacity++) {
			for (let length = 1; length <= 30; length++) {
				const perLine = seatsPerLine(length, capacity);
				expect(perLine).toBeLessThanOrEqual(Math.max(capacity, 1));
				expect(Math.ceil(length / perLine)).toBe(Math.ceil(length / capacity));
			}
		}
	});
});
