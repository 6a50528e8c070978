import { describe, expect, it } from 'vitest';
import { emptyDeadlineQuery, formatDeadlineQuery, parseDeadlineQuery } from '../../src/lib/deadlineQuery';

describe('the calculator’s inputs in the URL', () => {
	it('reads a shared link', () => {
		expect(parseDeadlineQuery('?start=2026-10-08T09:00&end=2026-10-08T11:00&off=school-procedure')).toEqual({
			start: '2026-10-08T09:00',
			end: '2026-10-08T11:00',
			more: [],
			name: '',
			off: ['school-procedure'],
		});
	});

	it('reads and writes the sessions after the first', () => {
		const query = {
			...emptyDeadlineQuery,
			start: '2026-10-08T09:00',
			end: '2026-10-08T11:00',
			more: [
				{ start: '2026-10-09T09:00', end: '2026-10-09T11:00' },
				{ start: '2026-10-09T14:00', end: '2026-10-09T17:00' },
			],
		};
		const search = formatDeadlineQuery(query);
		expect(search).toContain('&session=2026-10-09T09:00~2026-10-09T11:00&session=2026-10-09T14:00~2026-10-09T17:00');
		expect(parseDeadlineQuery(search)).toEqual(query);
	});

	it('writes a readable link that reads back the same', () => {
		const query = {
			start: '2026-10-08T09:00',
			end: '2026-10-08T11:00',
			more: [],
			name: '校務會議 第3次',
			off: ['school-procedure', 'office-standard'],
		};
		const search = formatDeadlineQuery(query);
		expect(search).toBe('?start=2026-10-08T09:00&end=2026-10-08T11:00&off=office-standard,school-procedure');
		expect(parseDeadlineQuery(search)).toEqual({ ...query, name: '', off: ['office-standard', 'school-procedure'] });
	});

	it('never writes the meeting’s name into the URL (history, logs, Referer)', () => {
		const search = formatDeadlineQuery({ ...emptyDeadlineQuery, start: '2026-10-08T09:00', name: '校務會議 第3次' });
		expect(search).toBe('?start=2026-10-08T09:00');
		expect(decodeURIComponent(search)).not.toContain('校務會議');
	});

	it('keeps a bad value as given, so the page can say what is wrong with it', () => {
		expect(parseDeadlineQuery('start=2026-02-30T09:00&end=abc').start).toBe('2026-02-30T09:00');
		expect(parseDeadlineQuery('start=2026-02-30T09:00&end=abc').end).toBe('abc');
	});

	it('ignores unknown parameters and ids that are not ids', () => {
		expect(parseDeadlineQuery('?foo=1&off=school-procedure,,<script>,school-procedure')).toEqual({
			...emptyDeadlineQuery,
			off: ['school-procedure'],
		});
	});

	it('writes nothing for an empty form', () => {
		expect(formatDeadlineQuery(emptyDeadlineQuery)).toBe('');
		expect(formatDeadlineQuery({ ...emptyDeadlineQuery, name: '   ' })).toBe('');
	});
});
