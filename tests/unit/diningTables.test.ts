import { describe, expect, it } from 'vitest';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { checkPerTable, diningTables } from '../../src/lib/diningTables';

describe('diningTables', () => {
	it('fills the head table first, in rank order; the last table takes the rest', () => {
		expect(diningTables(23, 10)).toEqual([
			{ number: 1, ranks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
			{ number: 2, ranks: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20] },
			{ number: 3, ranks: [21, 22, 23] },
		]);
	});

	it('has one table for a small group and none for nobody', () => {
		expect(diningTables(4, 10)).toEqual([{ number: 1, ranks: [1, 2, 3, 4] }]);
		expect(diningTables(0, 10)).toEqual([]);
	});

	it('seats everyone exactly once', () => {
		const ranks = diningTables(300, 7).flatMap((table) => table.ranks);
		expect(ranks).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
	});

	it('refuses a table size it would not print', () => {
		expect(() => diningTables(10, 0)).toThrow(RangeError);
	});
});

describe('checkPerTable', () => {
	it('accepts 1 to 30', () => {
		expect(checkPerTable(1)).toBeNull();
		expect(checkPerTable(30)).toBeNull();
	});

	it.each([
		[0, 'per-table-too-small'],
		[31, 'per-table-too-large'],
		[2.5, 'per-table-not-integer'],
		['十', 'per-table-not-integer'],
	] as const)('%s → %s, with a message for it', (value, code) => {
		const error = checkPerTable(value);
		expect(error?.code).toBe(code);
		expect(error?.params).toMatchObject({ min: 1, max: 30, value });
		expect(seatingMessages[code]).toMatch(/[\u4e00-\u9fff]/);
	});
});
