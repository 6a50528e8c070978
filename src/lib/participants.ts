// A meeting's people as the sheets, the report and the rostrum plan need them.
// Pure: the list comes in (precedence order), codes and counts go out.

import {
	type AttendanceStatus,
	attendanceStatuses,
	type Participant,
	type ParticipantCategory,
	participantCategories,
	type ParticipantInput,
} from '../schemas/participant';

/** A person with every optional field empty: what 新增 and the import start from. */
export function blankParticipant(name = ''): ParticipantInput {
	return {
		name,
		unit: '',
		title: '',
		category: 'attendee',
		gender: '',
		ethnicity: '',
		phone: '',
		note: '',
		room: '',
		table: '',
		diet: '',
		car: '',
		rostrum: false,
		attendance: 'expected',
		reason: '',
		takenBy: '',
		signedInAt: '',
	};
}

export type CountByStatus = Record<AttendanceStatus, number>;

export interface AttendanceSummary {
	/** 應到: everyone but 工作人員. */
	expected: number;
	/** 實到: signed in. */
	present: number;
	leave: number;
	absent: number;
	/** Neither signed in, on leave nor absent yet. */
	pending: number;
	/** Per 類別 (工作人員 included), each by status. */
	byCategory: Record<ParticipantCategory, CountByStatus & { total: number }>;
	/** Those on leave, in list order, with their reasons. */
	onLeave: Participant[];
	/** Those absent, in list order, with the reason obtained. */
	absentees: Participant[];
}

const zeroByStatus = (): CountByStatus & { total: number } => ({ expected: 0, leave: 0, absent: 0, 'signed-in': 0, total: 0 });

/** Staff run the meeting; they are not among those expected to attend (應到). */
export const countsTowardsAttendance = (person: Pick<Participant, 'category'>) => person.category !== 'staff';

/**
 * The counts of the sign-in sheet's summary box and of 出席情況匯總
 * (第二篇 四(一)4: 擬出席、請假情況; 六1: 及時匯總情況).
 */
export function attendanceSummary(people: readonly Participant[]): AttendanceSummary {
	const byCategory = Object.fromEntries(
		participantCategories.map((category) => [category, zeroByStatus()]),
	) as AttendanceSummary['byCategory'];
	const counted = { expected: 0, leave: 0, absent: 0, 'signed-in': 0 } satisfies CountByStatus;
	for (const person of people) {
		const row = byCategory[person.category];
		row[person.attendance]++;
		row.total++;
		if (countsTowardsAttendance(person)) counted[person.attendance]++;
	}
	const expected = attendanceStatuses.reduce((sum, status) => sum + counted[status], 0);
	return {
		expected,
		present: counted['signed-in'],
		leave: counted.leave,
		absent: counted.absent,
		pending: counted.expected,
		byCategory,
		onLeave: people.filter((person) => person.attendance === 'leave'),
		absentees: people.filter((person) => person.attendance === 'absent'),
	};
}

/** The people of the rostrum plan: those marked for the rostrum, in precedence order. */
export function rostrumPeople(people: readonly Participant[]): Participant[] {
	return people.filter((person) => person.rostrum && !isWithdrawn(person));
}

/** On leave (請假) or absent (缺席): takes no seat in any plan (rostrum, audience, reception, banquet). */
export function isWithdrawn(person: Pick<Participant, 'attendance'>): boolean {
	return person.attendance === 'leave' || person.attendance === 'absent';
}

/** Moves the person at `from` to position `to` (both 0-based); out-of-range moves change nothing. */
export function moveParticipant<T>(people: readonly T[], from: number, to: number): T[] {
	if (from < 0 || from >= people.length || to < 0 || to >= people.length || from === to) return [...people];
	const next = [...people];
	const [moved] = next.splice(from, 1);
	next.splice(to, 0, moved!);
	return next;
}

export interface Group<K extends string> {
	key: K;
	people: Participant[];
}

/**
 * People grouped by a field's value, groups in order of first appearance and
 * people in list order within each; those with the field empty come last
 * under the key ''. (Rooms, tables, cars.)
 */
export function groupBy(people: readonly Participant[], field: 'room' | 'table' | 'car'): Group<string>[] {
	const groups = new Map<string, Participant[]>();
	for (const person of people) {
		const key = person[field].trim();
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key)!.push(person);
	}
	const keyed = [...groups].filter(([key]) => key !== '');
	// Numbered rooms, tables and cars read best in number order (1, 2, 10); names keep their order.
	keyed.sort(([a], [b]) => {
		const na = leadingNumber(a);
		const nb = leadingNumber(b);
		return na !== null && nb !== null ? na - nb : 0;
	});
	const unassigned = groups.get('');
	return [...keyed, ...(unassigned ? ([['', unassigned]] as const) : [])].map(([key, members]) => ({ key, people: members }));
}

function leadingNumber(text: string): number | null {
	const match = /^\D{0,3}?(\d+)/.exec(text);
	return match ? Number(match[1]) : null;
}

/** 漢族 is the majority; anything else given is a 少數民族 the rooms and dining sheets mark. */
export function isMinorityEthnicity(ethnicity: string): boolean {
	const value = ethnicity.trim();
	return value !== '' && !/^(漢|汉)(族)?$/.test(value);
}
