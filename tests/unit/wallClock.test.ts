import { describe, expect, it } from 'vitest';
import { isWallClockDateTime, localWallClock, wallClockDate } from '../../src/lib/wallClock';

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

describe('a real wall-clock date-time', () => {
	it.each(['2026-03-05T09:07', '2028-02-29T23:59', '2000-02-29T00:00'])('%s is one', (value) => {
		expect(isWallClockDateTime(value)).toBe(true);
	});
	it.each([
		'9999-99-99T99:99',
		'2026-02-29T09:00',
		'1900-02-29T09:00',
		'2026-04-31T09:00',
		'2026-12-01T24:00',
		'2026-12-01T09:60',
		'0000-01-01T00:00',
		'2026-12-01',
		'',
	])('%s is not (the form’s datetime-local input cannot give it)', (value) => {
		expect(isWallClockDateTime(value)).toBe(false);
	});
});
