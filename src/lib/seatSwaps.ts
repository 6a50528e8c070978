/*
 * Manual swaps kept apart from the rule (按領導意見辦), for any seat layout: the
 * rostrum (src/lib/seating.ts), the audience, a reception room and banquet tables.
 * A layout is its rule — every seat with the occupant the rule puts there — and
 * overrides: the occupants that sit elsewhere. Swapping back to the rule leaves no
 * override, so 恢復規則排列 is simply "no overrides".
 *
 * Seats and occupants are keys (strings or numbers): a seat key such as
 * `t2s3` (table 2, seat 3) and a person's id survive a change of the list, so a
 * swap still holds after someone else was added or withdrawn, as long as both
 * its seat and its person are still there.
 */

export type SeatKey = string | number;

export interface RuleSeat<S extends SeatKey, O extends SeatKey> {
	seat: S;
	occupant: O;
}

/** An occupant placed away from the seat the rule gives them. */
export interface SwapOverride<S extends SeatKey, O extends SeatKey> {
	seat: S;
	occupant: O;
}

export interface PlacedSeat<S extends SeatKey, O extends SeatKey> {
	seat: S;
	occupant: O;
	/** True when a manual swap put this occupant here. */
	moved: boolean;
}

export interface Placement<S extends SeatKey, O extends SeatKey> {
	/** Every seat of the rule, in the rule's order, with who sits there now. */
	seats: PlacedSeat<S, O>[];
	/** Overrides that no longer describe this layout (person gone, seat gone, seat claimed twice): not applied. */
	dropped: SwapOverride<S, O>[];
	/** Occupants whose rule seat an override took without their own override: they moved to a seat left free. */
	displaced: O[];
}

/**
 * The rule with the overrides applied. An override applies when its occupant
 * and seat are both in the rule and the seat is not claimed yet; everyone else
 * keeps the rule seat, or (when an override took it) the first seat left free.
 */
export function placeWithOverrides<S extends SeatKey, O extends SeatKey>(
	rule: readonly RuleSeat<S, O>[],
	overrides: readonly SwapOverride<S, O>[] = [],
): Placement<S, O> {
	const seatIndex = new Map(rule.map((entry, index) => [entry.seat, index]));
	const occupants = new Set(rule.map((entry) => entry.occupant));
	const taken = new Map<number, O>();
	const overridden = new Set<O>();
	const dropped: SwapOverride<S, O>[] = [];
	for (const override of overrides) {
		const index = seatIndex.get(override.seat);
		if (index === undefined || !occupants.has(override.occupant) || taken.has(index) || overridden.has(override.occupant)) {
			dropped.push(override);
			continue;
		}
		taken.set(index, override.occupant);
		overridden.add(override.occupant);
	}
	const displaced: O[] = [];
	rule.forEach((entry, index) => {
		if (overridden.has(entry.occupant)) return;
		if (taken.has(index)) displaced.push(entry.occupant);
		else taken.set(index, entry.occupant);
	});
	const queue = [...displaced];
	const seats = rule.map((entry, index) => {
		let occupant = taken.get(index);
		if (occupant === undefined) {
			occupant = queue.shift()!;
		}
		return { seat: entry.seat, occupant, moved: occupant !== entry.occupant };
	});
	return { seats, dropped, displaced };
}

/** The overrides that describe a placement: every seat whose occupant is not the rule's, by seat order. */
export function overridesOf<S extends SeatKey, O extends SeatKey>(
	rule: readonly RuleSeat<S, O>[],
	seats: readonly { seat: S; occupant: O }[],
): SwapOverride<S, O>[] {
	const ruleAt = new Map(rule.map((entry) => [entry.seat, entry.occupant]));
	return seats.filter((seat) => ruleAt.get(seat.seat) !== seat.occupant).map(({ seat, occupant }) => ({ seat, occupant }));
}

/**
 * Swaps whoever sits at seats a and b (after the current overrides) and returns
 * the overrides of the result: only what differs from the rule, so swapping back
 * leaves none. Null when a or b is not a seat of the rule.
 */
export function swapOverrides<S extends SeatKey, O extends SeatKey>(
	rule: readonly RuleSeat<S, O>[],
	overrides: readonly SwapOverride<S, O>[],
	a: S,
	b: S,
): SwapOverride<S, O>[] | null {
	const { seats } = placeWithOverrides(rule, overrides);
	const at = (key: S) => seats.findIndex((seat) => seat.seat === key);
	const [indexA, indexB] = [at(a), at(b)];
	if (indexA < 0 || indexB < 0) return null;
	const swapped = seats.map((seat) => ({ seat: seat.seat, occupant: seat.occupant }));
	swapped[indexA] = { seat: a, occupant: seats[indexB]!.occupant };
	swapped[indexB] = { seat: b, occupant: seats[indexA]!.occupant };
	return overridesOf(rule, swapped);
}
