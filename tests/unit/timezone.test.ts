import { describe, expect, it } from 'vitest';

// Guards the premise of the two unit projects: each really runs in its zone.
describe('unit projects run in the configured time zone', () => {
	it('matches the TZ the project sets', () => {
		const offset = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
		const expected = process.env.TZ === 'Asia/Shanghai' ? -480 : 480;
		expect(process.env.TZ === 'Asia/Shanghai' || process.env.TZ === 'America/Los_Angeles').toBe(true);
		expect(offset).toBe(expected);
	});
});
