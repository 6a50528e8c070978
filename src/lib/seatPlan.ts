// The rostrum's seat plan with manual adjustments (按領導意見辦): the rule of
// src/lib/seating.ts with overrides kept apart, through the swap logic every
// layout shares (src/lib/seatSwaps.ts). Its own module, so that pages needing only
// the rule (the meeting page's rostrum preview) do not load the swap logic.

import { placeWithOverrides, swapOverrides, type RuleSeat, type SwapOverride } from './seatSwaps';
import { rostrumRows, SeatingInputError, type Honour } from './seating';

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
