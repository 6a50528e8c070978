// Tables for the 就餐桌卡 (第一篇 三, 三個標卡): the name list, in rank order,
// fills table 1 (the head table) first, then table 2, and so on.

const TABLE_LIMITS = { min: 1, max: 30 } as const;

export type DiningTableErrorCode = 'per-table-not-integer' | 'per-table-too-small' | 'per-table-too-large';

export interface DiningTableError {
	code: DiningTableErrorCode;
	params: { min: number; max: number; value: string | number };
}

export interface DiningTable {
	/** 1-based table number (第 N 桌). */
	number: number;
	/** Ranks seated at this table, in rank order. */
	ranks: number[];
}

/** People per table must be a whole number within TABLE_LIMITS; null when it is. */
export function checkPerTable(value: unknown): DiningTableError | null {
	const params = { min: TABLE_LIMITS.min, max: TABLE_LIMITS.max, value: typeof value === 'number' ? value : String(value) };
	if (typeof value !== 'number' || !Number.isInteger(value)) return { code: 'per-table-not-integer', params };
	if (value < TABLE_LIMITS.min) return { code: 'per-table-too-small', params };
	if (value > TABLE_LIMITS.max) return { code: 'per-table-too-large', params };
	return null;
}

/** Splits ranks 1..count into tables of `perTable` (the last may be smaller). */
export function diningTables(count: number, perTable: number): DiningTable[] {
	if (checkPerTable(perTable) !== null) throw new RangeError(`perTable ${perTable} outside ${TABLE_LIMITS.min}..${TABLE_LIMITS.max}`);
	const tables: DiningTable[] = [];
	for (let first = 1; first <= count; first += perTable) {
		const last = Math.min(count, first + perTable - 1);
		tables.push({ number: tables.length + 1, ranks: Array.from({ length: last - first + 1 }, (_, i) => first + i) });
	}
	return tables;
}
