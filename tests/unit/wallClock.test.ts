import { describe, expect, it } from 'vitest';
import { localWallClock, wallClockDate } from '../../src/lib/wallClock';

describe('the learner’s wall clock', () => {
	it('is the local date and time of an instant, as YYYY-MM-DDTHH:mm', () => {
		// Built from local fields, so the expectation holds in every test time zone.
		expect(localWallClock(new Date(2026, 2, 5, 9, 7, 59))).toBe('2026-03-05T09:07');
		expect(localWallClock(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31T23:59');
	});

	it('gives its date part for the record', () => {
		expect(wallClockDate('2026-03-05T09:07')).toBe('2026-03-05');
	});
});
