/*
 * Changes the day before (issue #21): what was printed is remembered as card
 * key → fingerprint (who is on the card, and where they sit); after the list
 * changes, the cards whose fingerprint differs, or that are new, are the ones to
 * reprint, and the cards that are gone are listed for taking away. Every layout
 * (banquet tables, audience tickets and name cards, reception cards) uses it.
 */

/** Card (or seat) key → what the printed card says, in a form that changes when the card must be reprinted. */
export type PrintedCards = Readonly<Record<string, string>>;

export interface CardChanges {
	/** Keys to reprint: new, or printed with other content; in the order of `current`. */
	changed: string[];
	/** Keys printed before that no longer exist (a person withdrawn, a table fewer). */
	gone: string[];
}

const NO_CHANGES: CardChanges = { changed: [], gone: [] };

/** Compares what is to be printed now with what was printed; nothing was printed yet → no changes to show. */
export function cardChanges(printed: PrintedCards | undefined, current: PrintedCards): CardChanges {
	if (!printed) return NO_CHANGES;
	const changed = Object.keys(current).filter((key) => !Object.hasOwn(printed, key) || printed[key] !== current[key]);
	const gone = Object.keys(printed).filter((key) => !Object.hasOwn(current, key));
	return { changed, gone };
}

/** What was printed after reprinting only `keys`: those take their current content, the rest stay as printed, gone keys are dropped. */
export function afterReprint(printed: PrintedCards | undefined, current: PrintedCards, keys: readonly string[]): Record<string, string> {
	const next: Record<string, string> = Object.create(null);
	const reprinted = new Set(keys);
	for (const [key, value] of Object.entries(current)) {
		if (reprinted.has(key)) next[key] = value;
		else if (printed && Object.hasOwn(printed, key)) next[key] = printed[key]!;
	}
	return next;
}

/** A fingerprint of several parts (a name, a seat label…), unambiguous whatever the parts contain. */
export const fingerprint = (...parts: readonly (string | number)[]): string => JSON.stringify(parts);

/** The parts a fingerprint was made of (for naming a card that is gone); [] for anything else. */
export function fingerprintParts(value: string): unknown[] {
	try {
		const parts: unknown = JSON.parse(value);
		return Array.isArray(parts) ? parts : [];
	} catch {
		return [];
	}
}

/** The names on the cards that are gone, as printed (a fingerprint's first part). */
export function goneNames(printed: PrintedCards | undefined, gone: readonly string[]): string[] {
	return gone.map((key) => fingerprintParts(printed?.[key] ?? '')[0]).filter((name): name is string => typeof name === 'string');
}

/**
 * How a saved plan's people (names in seat rank order) differ from the list now:
 * who joined, who is no longer there, and whether the order changed. Names are
 * compared with their repeats (two 王明 are two people).
 */
export function planDrift(planned: readonly string[], current: readonly string[]): { added: string[]; gone: string[]; reordered: boolean } {
	const remaining = new Map<string, number>();
	for (const name of planned) remaining.set(name, (remaining.get(name) ?? 0) + 1);
	const added: string[] = [];
	for (const name of current) {
		const left = remaining.get(name) ?? 0;
		if (left > 0) remaining.set(name, left - 1);
		else added.push(name);
	}
	const gone = [...remaining].flatMap(([name, count]) => Array.from({ length: count }, () => name));
	const reordered = added.length === 0 && gone.length === 0 && planned.some((name, index) => current[index] !== name);
	return { added, gone, reordered };
}

/**
 * Keys of name cards (席卡) made from a pasted name list, which has no ids: a
 * card is its name and which repeat of it it is (`王明`, then `王明#2`), so a
 * card keeps its key when people before it are added or withdrawn.
 */
export function nameCardKeys(names: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return names.map((name) => {
		const repeat = (seen.get(name) ?? 0) + 1;
		seen.set(name, repeat);
		return repeat === 1 ? name : `${name}#${repeat}`;
	});
}

/** What the rostrum prints: each 席卡 (by name), and each chair of the seat chart (`row:seat` → rank and name). */
export interface RostrumPrint {
	/** 席卡 keys in rank order (a record's key order is not: a name like 12 would come first). */
	cardKeys: string[];
	cards: Record<string, string>;
	chart: Record<string, string>;
}

/** The rostrum's cards and chart now; `seats` are the chairs with the rank seated there, `names` in rank order (may be empty: a bare count). */
export function rostrumPrint(seats: readonly { row: number; seat: number; rank: number }[], names: readonly string[]): RostrumPrint {
	const cardKeys = nameCardKeys(names);
	const cards: Record<string, string> = Object.create(null);
	cardKeys.forEach((key, index) => (cards[key] = fingerprint(names[index]!)));
	const chart: Record<string, string> = Object.create(null);
	for (const { row, seat, rank } of seats) chart[`${row}:${seat}`] = fingerprint(rank, names[rank - 1] ?? '');
	return { cardKeys, cards, chart };
}

export interface RostrumChanges {
	/** Ranks (1-based) whose 席卡 is new since the cards were printed. */
	changedRanks: number[];
	/** Chairs (`row:seat`) of the chart that show someone or something else than when it was printed. */
	changedSeats: string[];
	/** Names whose printed 席卡 is no longer needed (take them back). */
	gone: string[];
}

/** The rostrum's changes since printing (`printed.cards`, `printed.chart`, each absent until printed). */
export function rostrumChanges(
	printed: { cards?: PrintedCards | undefined; chart?: PrintedCards | undefined },
	now: RostrumPrint,
): RostrumChanges {
	const cards = cardChanges(printed.cards, now.cards);
	const changed = new Set(cards.changed);
	return {
		changedRanks: now.cardKeys.flatMap((key, index) => (changed.has(key) ? [index + 1] : [])),
		changedSeats: cardChanges(printed.chart, now.chart).changed,
		gone: goneNames(printed.cards, cards.gone),
	};
}
