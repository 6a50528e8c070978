import { describe, expect, it } from 'vitest';
import { afterReprint, cardChanges, fingerprint, goneNames, nameCardKeys, rostrumChanges, rostrumPrint } from '../../src/lib/reprint';
import { seatPlanRows } from '../../src/lib/seatPlan';

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

describe('the rostrum: 席卡 and the seat chart since they were printed', () => {
	/** What the rostrum prints for these names, seated by the rule on one row of seven (left honour). */
	const rostrum = (names: readonly string[], perRow = 7) =>
		rostrumPrint(
			seatPlanRows({ count: names.length, perRow, honour: 'left' })
				.flat()
				.map((seat) => ({ ...seat.position, rank: seat.rank })),
			names,
		);
	const five = ['張三', '李四', '王明', '趙六', '孫七'];
	const printed = rostrum(five);

	it('a name card is keyed by the name and its repeat, so it keeps its key when people before it come or go', () => {
		expect(nameCardKeys(['王明', '張三', '王明', '王明'])).toEqual(['王明', '張三', '王明#2', '王明#3']);
		expect(nameCardKeys(['張三', '王明'])[1]).toBe(nameCardKeys(['王明'])[0]);
	});

	it('nothing printed yet, or the same list: nothing marked', () => {
		expect(rostrumChanges({}, printed)).toEqual({ changedRanks: [], changedSeats: [], gone: [] });
		expect(rostrumChanges(printed, rostrum([...five]))).toEqual({ changedRanks: [], changedSeats: [], gone: [] });
	});

	it('李四 withdrawn: no new 席卡, 李四 is named to take back, and the chairs whose occupant moved are marked', () => {
		const now = rostrum(['張三', '王明', '趙六', '孫七']);
		const changes = rostrumChanges(printed, now);
		expect(changes.changedRanks).toEqual([]);
		expect(changes.gone).toEqual(['李四']);
		// Four people re-flow into other chairs: every chair of the new chart differs from the printed one.
		expect(changes.changedSeats.sort()).toEqual(Object.keys(now.chart).sort());
	});

	it('周八 added at the end: only his 席卡 is new, and only his chair changed on the chart', () => {
		const now = rostrum([...five, '周八']);
		const changes = rostrumChanges(printed, now);
		expect(changes.changedRanks).toEqual([6]);
		expect(changes.gone).toEqual([]);
		const sixth = seatPlanRows({ count: 6, perRow: 7, honour: 'left' })
			.flat()
			.filter((seat) => seat.rank === 6)
			.map((seat) => `${seat.position.row}:${seat.position.seat}`);
		// Six seats are centred differently from five, so chairs shift; 周八's chair is among the changed.
		expect(changes.changedSeats).toEqual(expect.arrayContaining(sixth));
	});

	it('a name corrected in the pasted list: that 席卡 is reprinted and the misspelt one taken back', () => {
		const changes = rostrumChanges(printed, rostrum(['張三', '李四', '汪明', '趙六', '孫七']));
		expect(changes.changedRanks).toEqual([3]);
		expect(changes.gone).toEqual(['王明']);
		expect(changes.changedSeats).toHaveLength(1);
	});

	it('of two 王明, one withdrawn: one 王明 card to take back, none to print', () => {
		const twice = rostrum(['王明', '張三', '王明']);
		const changes = rostrumChanges(twice, rostrum(['王明', '張三']));
		expect(changes).toMatchObject({ changedRanks: [], gone: ['王明'] });
	});

	it('ranks follow the list, even for a name a record would sort first (a number)', () => {
		const changes = rostrumChanges(rostrum(['張三']), rostrum(['張三', '12', '李四']));
		expect(changes.changedRanks).toEqual([2, 3]);
	});

	it('the chart alone printed (a bare count): cards are not compared, chairs are', () => {
		const bareCount = seatPlanRows({ count: 3, perRow: 7, honour: 'left' })
			.flat()
			.map((seat) => ({ ...seat.position, rank: seat.rank }));
		const chartOnly = { chart: rostrumPrint(bareCount, []).chart };
		const changes = rostrumChanges(chartOnly, rostrum(['張三', '李四', '王明']));
		expect(changes.changedRanks).toEqual([]);
		expect(changes.changedSeats).toHaveLength(3);
	});
});
