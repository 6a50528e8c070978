import { describe, expect, it } from 'vitest';
import { audienceBlocks, seatedParticipants, splitSides } from '../../src/lib/layoutPeople';
import { blankParticipant } from '../../src/lib/participants';
import type { Participant } from '../../src/schemas/participant';

let n = 0;
const person = (name: string, change: Partial<Participant> = {}): Participant => ({
	...blankParticipant(name),
	id: `p-test${String(++n).padStart(4, '0')}`,
	...change,
});

describe('a layout takes its people from the meeting list', () => {
	const list = [
		person('張三', { unit: '區政府' }),
		person('吳明', { category: 'guest', unit: '市廳' }),
		person('李四', { unit: '區政府', attendance: 'leave' }),
		person('王五', { category: 'observer', unit: '區財政局' }),
		person('鄭華', { category: 'guest', unit: '市廳' }),
		person('錢進', { category: 'staff' }),
		person('趙六', { unit: '區財政局', attendance: 'absent' }),
		person('孫七', { unit: '區政府', attendance: 'signed-in' }),
	];
	const names = (people: readonly Participant[]) => people.map((p) => p.name);

	it('in list order (序號), without those on leave or absent and without staff', () => {
		expect(names(seatedParticipants(list))).toEqual(['張三', '吳明', '王五', '鄭華', '孫七']);
	});

	it('invited (邀請) are guests by default, the rest hosts; a choice moves someone or leaves them out', () => {
		const sides = splitSides(list, {});
		expect(names(sides.hosts)).toEqual(['張三', '王五', '孫七']);
		expect(names(sides.guests)).toEqual(['吳明', '鄭華']);
		const chosen = splitSides(list, { [list[3]!.id]: 'guest', [list[7]!.id]: 'none' });
		expect(names(chosen.hosts)).toEqual(['張三']);
		expect(names(chosen.guests)).toEqual(['吳明', '王五', '鄭華']);
	});

	it('audience blocks by category in the order 出席, 列席, 邀請', () => {
		expect(audienceBlocks(list, 'category').map((block) => [block.category, names(block.people)])).toEqual([
			['attendee', ['張三', '孫七']],
			['observer', ['王五']],
			['guest', ['吳明', '鄭華']],
		]);
	});

	it('or by unit, in the order each unit first appears in the list', () => {
		expect(audienceBlocks(list, 'unit').map((block) => [block.unit, names(block.people)])).toEqual([
			['區政府', ['張三', '孫七']],
			['市廳', ['吳明', '鄭華']],
			['區財政局', ['王五']],
		]);
	});
});
