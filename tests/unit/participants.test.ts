import { describe, expect, it } from 'vitest';
import {
	attendanceSummary,
	blankParticipant,
	groupBy,
	isMinorityEthnicity,
	moveParticipant,
	rostrumPeople,
} from '../../src/lib/participants';
import { planDrift } from '../../src/lib/reprint';
import type { Participant } from '../../src/schemas/participant';

let next = 0;
const person = (name: string, extra: Partial<Participant> = {}): Participant => ({
	...blankParticipant(name),
	id: `p-test${String(++next).padStart(4, '0')}`,
	...extra,
});

describe('the attendance summary', () => {
	const people = [
		person('張三', { attendance: 'signed-in', signedInAt: '2026-12-01T08:50' }),
		person('李四', { attendance: 'leave', reason: '出差', takenBy: '王秘書' }),
		person('王五', { attendance: 'absent', reason: '未說明', category: 'observer' }),
		person('趙六', { category: 'observer' }),
		person('錢七', { category: 'staff', attendance: 'signed-in' }),
	];

	it('counts 應到/實到/請假/缺席 without the staff', () => {
		const summary = attendanceSummary(people);
		expect(summary).toMatchObject({ expected: 4, present: 1, leave: 1, absent: 1, pending: 1 });
		expect(summary.onLeave.map((p) => p.name)).toEqual(['李四']);
		expect(summary.absentees.map((p) => p.name)).toEqual(['王五']);
	});

	it('counts each 類別, staff included', () => {
		const { byCategory } = attendanceSummary(people);
		expect(byCategory.attendee).toEqual({ expected: 0, leave: 1, absent: 0, 'signed-in': 1, total: 2 });
		expect(byCategory.observer).toEqual({ expected: 1, leave: 0, absent: 1, 'signed-in': 0, total: 2 });
		expect(byCategory.staff.total).toBe(1);
		expect(byCategory.guest.total).toBe(0);
	});

	it('changes when attendance changes', () => {
		const changed = people.map((p) => (p.name === '趙六' ? { ...p, attendance: 'signed-in' as const } : p));
		expect(attendanceSummary(changed)).toMatchObject({ present: 2, pending: 0 });
	});
});

describe('the list', () => {
	it('the rostrum takes those marked, in precedence order', () => {
		const people = [person('甲', { rostrum: true }), person('乙'), person('丙', { rostrum: true })];
		expect(rostrumPeople(people).map((p) => p.name)).toEqual(['甲', '丙']);
	});

	it('a leader on leave or absent leaves the rostrum (as every other seat plan), one signed in stays', () => {
		const people = [
			person('甲', { rostrum: true, attendance: 'leave' }),
			person('乙', { rostrum: true, attendance: 'signed-in' }),
			person('丙', { rostrum: true, attendance: 'absent' }),
			person('丁', { rostrum: true }),
		];
		expect(rostrumPeople(people).map((p) => p.name)).toEqual(['乙', '丁']);
	});

	it('says how a saved plan is behind the list: who joined, who left, or only the order', () => {
		expect(planDrift(['甲', '乙', '丙'], ['甲', '丙', '丁'])).toEqual({ added: ['丁'], gone: ['乙'], reordered: false });
		expect(planDrift(['甲', '乙'], ['乙', '甲'])).toEqual({ added: [], gone: [], reordered: true });
		expect(planDrift(['王明', '王明'], ['王明'])).toEqual({ added: [], gone: ['王明'], reordered: false });
		expect(planDrift(['甲'], ['甲'])).toEqual({ added: [], gone: [], reordered: false });
	});

	it('moves a person; out of range changes nothing', () => {
		expect(moveParticipant(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
		expect(moveParticipant(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveParticipant(['a', 'b', 'c'], 0, 5)).toEqual(['a', 'b', 'c']);
	});

	it('groups by room, table or car in number order, the unassigned last', () => {
		const people = [person('甲', { car: '10' }), person('乙', { car: '2' }), person('丙'), person('丁', { car: '2' })];
		expect(groupBy(people, 'car').map((g) => [g.key, g.people.map((p) => p.name)])).toEqual([
			['2', ['乙', '丁']],
			['10', ['甲']],
			['', ['丙']],
		]);
	});

	it('knows a 少數民族', () => {
		expect(isMinorityEthnicity('回族')).toBe(true);
		expect(isMinorityEthnicity('漢族')).toBe(false);
		expect(isMinorityEthnicity('汉')).toBe(false);
		expect(isMinorityEthnicity('')).toBe(false);
	});
});
