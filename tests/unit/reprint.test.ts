import { describe, expect, it } from 'vitest';
import { afterReprint, cardChanges, fingerprint, goneNames } from '../../src/lib/reprint';

describe('changes since the cards were printed', () => {
	const printed = {
		p1: fingerprint('張三', '出席', 1, 10),
		p2: fingerprint('李四', '出席', 1, 11),
		p3: fingerprint('王五', '出席', 1, 9),
	};

	it('nothing printed yet: nothing to mark', () => {
		expect(cardChanges(undefined, printed)).toEqual({ changed: [], gone: [] });
	});

	it('the same list: nothing changed', () => {
		expect(cardChanges(printed, { ...printed })).toEqual({ changed: [], gone: [] });
	});

	it('李四 withdrawn and 王五 moved to his seat, 趙六 added: reprint 王五 and 趙六, take back 李四', () => {
		const now = { p1: printed.p1, p3: fingerprint('王五', '出席', 1, 11), p4: fingerprint('趙六', '列席', 2, 10) };
		const changes = cardChanges(printed, now);
		expect(changes).toEqual({ changed: ['p3', 'p4'], gone: ['p2'] });
		expect(goneNames(printed, changes.gone)).toEqual(['李四']);
	});

	it('after reprinting only the changed cards, nothing is left to reprint', () => {
		const now = { p1: printed.p1, p3: fingerprint('王五', '出席', 1, 11) };
		const next = afterReprint(printed, now, cardChanges(printed, now).changed);
		expect(cardChanges(next, now)).toEqual({ changed: [], gone: [] });
	});

	it('fingerprints are unambiguous whatever the parts hold', () => {
		expect(fingerprint('a,b', 'c')).not.toBe(fingerprint('a', 'b,c'));
	});
});
