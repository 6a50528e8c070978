// The seat preview's layout in the page URL (`?n=7&row=5&honour=left&view=audience`),
// so a link reproduces the layout. Names never go into the URL: they stay on
// the reader's machine (links get pasted into chats and logs).

import { SEAT_LIMITS, type Honour, type SeatView } from './seating';

export interface SeatingLayout {
	count: number;
	perRow: number;
	honour: Honour;
	view: SeatView;
}

/** What the page shows before the reader types anything. */
export const DEFAULT_LAYOUT: Readonly<SeatingLayout> = { count: 7, perRow: 11, honour: 'left', view: 'audience' };

/** Query parameter of each layout field. */
const QUERY_KEYS = { count: 'n', perRow: 'row', honour: 'honour', view: 'view' } as const;

export interface InvalidQueryParam {
	key: string;
	value: string;
}

export interface ParsedSeatingQuery {
	/** The fields the query sets validly; the page keeps its defaults for the rest. */
	layout: Partial<SeatingLayout>;
	/** Parameters present but unusable (the page says they were ignored). */
	invalid: InvalidQueryParam[];
}

const HONOURS: readonly Honour[] = ['left', 'right'];
const VIEWS: readonly SeatView[] = ['audience', 'rostrum'];

function seatCount(value: string): number | undefined {
	if (!/^\d{1,4}$/.test(value)) return undefined;
	const n = Number(value);
	return n >= SEAT_LIMITS.min && n <= SEAT_LIMITS.max ? n : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
	return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads the layout from a query string (with or without the leading `?`). */
export function parseSeatingQuery(search: string): ParsedSeatingQuery {
	const params = new URLSearchParams(search);
	const layout: Partial<SeatingLayout> = {};
	const invalid: InvalidQueryParam[] = [];
	const read = <K extends keyof SeatingLayout>(field: K, parse: (value: string) => SeatingLayout[K] | undefined) => {
		const key = QUERY_KEYS[field];
		const value = params.get(key);
		if (value === null) return;
		const parsed = parse(value.trim());
		if (parsed === undefined) invalid.push({ key, value });
		else layout[field] = parsed;
	};
	read('count', seatCount);
	read('perRow', seatCount);
	read('honour', (value) => oneOf(HONOURS, value));
	read('view', (value) => oneOf(VIEWS, value));
	return { layout, invalid };
}

/**
 * The query string (with `?`) for a layout, keeping any other parameters of
 * `currentSearch` so a link made elsewhere (e.g. from a meeting) stays intact.
 */
export function withSeatingQuery(currentSearch: string, layout: SeatingLayout): string {
	const params = new URLSearchParams(currentSearch);
	params.set(QUERY_KEYS.count, String(layout.count));
	params.set(QUERY_KEYS.perRow, String(layout.perRow));
	params.set(QUERY_KEYS.honour, layout.honour);
	params.set(QUERY_KEYS.view, layout.view);
	return `?${params.toString()}`;
}
