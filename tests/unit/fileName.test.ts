import { describe, expect, it } from 'vitest';
import { downloadFileName } from '../../src/lib/fileName';

describe('downloadFileName', () => {
	it('joins the meeting name and date', () => {
		expect(downloadFileName(['會議時限', '校務會議', '2026-09-30'], 'ics')).toBe('會議時限_校務會議_2026-09-30.ics');
	});

	it('skips empty parts', () => {
		expect(downloadFileName(['會議時限', '  ', '2026-09-30'], 'ics')).toBe('會議時限_2026-09-30.ics');
	});

	it('replaces characters file systems refuse', () => {
		expect(downloadFileName(['a/b\\c:d*e?f"g<h>i|j\u0007k'], 'ics')).toBe('a_b_c_d_e_f_g_h_i_j_k.ics');
	});

	it('never yields an empty or hidden name', () => {
		expect(downloadFileName(['...'], 'ics')).toBe('download.ics');
		expect(downloadFileName(['.hidden'], 'ics')).toBe('hidden.ics');
		expect(downloadFileName([], 'ics')).toBe('download.ics');
	});

	it('keeps long names short without splitting a character', () => {
		const name = downloadFileName(['會'.repeat(200)], 'ics');
		expect([...name.replace(/\.ics$/, '')]).toHaveLength(80);
	});
});
