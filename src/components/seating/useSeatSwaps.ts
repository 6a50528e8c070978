import { useState } from 'preact/hooks';
import { placeWithOverrides, swapOverrides, type PlacedSeat, type RuleSeat, type SwapOverride } from '~/lib/seatSwaps';
import type { Translate } from './messages';

export type Swaps = readonly SwapOverride<string, string>[];

export interface SeatSwaps {
	/** seat key → who sits there now (after the swaps) */
	at: ReadonlyMap<string, PlacedSeat<string, string>>;
	/** person key → their seat key now */
	seatOf: ReadonlyMap<string, string>;
	adjusted: boolean;
	selected: string | null;
	/** Picks a seat; a second pick swaps the two (按領導意見辦). */
	choose(seat: string): void;
	cancel(): void;
	restore(): void;
	announcement: string;
}

/**
 * Manual swaps for the audience, reception and banquet layouts, with the
 * rostrum's logic (src/lib/seatSwaps.ts): seats are buttons, pick two (click,
 * Enter or Space) to swap them; Escape cancels; 恢復規則排列 drops every swap.
 * `nameOf` gives a person's name for what is announced.
 */
export function useSeatSwaps(
	rule: readonly RuleSeat<string, string>[],
	swaps: Swaps,
	onSwaps: (next: SwapOverride<string, string>[]) => void,
	nameOf: (person: string) => string,
	t: Translate,
): SeatSwaps {
	const [selected, setSelected] = useState<string | null>(null);
	const [announcement, setAnnouncement] = useState('');
	const { seats } = placeWithOverrides(rule, swaps);
	const at = new Map(seats.map((seat) => [seat.seat, seat]));
	const seatOf = new Map(seats.map((seat) => [seat.occupant, seat.seat]));
	const active = selected !== null && at.has(selected) ? selected : null;
	return {
		at,
		seatOf,
		adjusted: seats.some((seat) => seat.moved),
		selected: active,
		choose(seat) {
			const placed = at.get(seat);
			if (!placed) return;
			if (active === null) {
				setSelected(seat);
				setAnnouncement(t('swap.selected', { seat: nameOf(placed.occupant) }));
			} else if (active === seat) {
				setSelected(null);
				setAnnouncement(t('swap.cancelled'));
			} else {
				const next = swapOverrides(rule, swaps, active, seat);
				if (next) onSwaps(next);
				setSelected(null);
				setAnnouncement(t('layout.swap-done', { a: nameOf(at.get(active)!.occupant), b: nameOf(placed.occupant) }));
			}
		},
		cancel() {
			if (active === null) return;
			setSelected(null);
			setAnnouncement(t('swap.cancelled'));
		},
		restore() {
			onSwaps([]);
			setSelected(null);
			setAnnouncement(t('swap.restored'));
		},
		announcement,
	};
}
