import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	BACKGROUND_STANDARD,
	mixedUnlocked,
	OFFICE_PATHS,
	pathMinutes,
	readingMinutes,
	ROLE_PATHS,
	roleDuties,
	roleStandards,
	type RoleFlow,
} from '../../src/lib/trainingPaths';
import { standardIds, type StandardId } from '../../src/schemas/ids';

const flowsDir = new URL('../../content/flows/', import.meta.url);
const flows = readdirSync(flowsDir).map((name) => parse(readFileSync(new URL(name, flowsDir), 'utf8')) as RoleFlow);

describe('paths by office', () => {
	it('start from the standard the office follows, cover all five, and end with 第一篇', () => {
		const first = Object.fromEntries(OFFICE_PATHS.map((path) => [path.id, path.standards[0]]));
		expect(first).toEqual({
			'government-office': 'office-standard',
			'party-committee-office': 'district-committee',
			'school-office': 'school-procedure',
		});
		for (const path of OFFICE_PATHS) {
			expect([...path.standards].sort()).toEqual([...standardIds].sort());
			expect(path.standards.at(-1)).toBe(BACKGROUND_STANDARD);
		}
	});
});

describe('paths by role, built from the flows', () => {
	it.each(ROLE_PATHS.map((path) => [path.role, path] as const))('%s has duties in the flows and a full path', (_, path) => {
		const duties = roleDuties(flows, path.role);
		expect(duties.length).toBeGreaterThan(0);
		const order = roleStandards(duties);
		expect([...order].sort()).toEqual([...standardIds].sort());
		expect(order.at(-1)).toBe(BACKGROUND_STANDARD);
		const count = (id: StandardId) => duties.filter((d) => d.standard === id).length;
		expect(Math.max(...standardIds.map(count))).toBe(count(order[0]!));
	});

	it('gives 公務員 the attendant work of 第四篇, and starts the path there', () => {
		const duties = roleDuties(flows, '公務員');
		expect(duties.map((d) => d.label)).toContain('會場音響等設備調試');
		expect(roleStandards(duties)[0]).toBe('standard-process-2017');
	});

	it('counts 承辦秘書 as a 秘書, but not the section 秘書科', () => {
		const duties = roleDuties(flows, '秘書');
		expect(duties.some((d) => d.standard === 'school-procedure')).toBe(true);
		expect(duties.some((d) => d.standard === 'district-committee')).toBe(false);
	});
});

describe('time estimates', () => {
	it('read 300 characters a minute, at least one minute', () => {
		expect(readingMinutes(0)).toBe(1);
		expect(readingMinutes(300)).toBe(1);
		expect(readingMinutes(301)).toBe(2);
	});

	it('add reading and a quiz per standard, and the mixed self-check', () => {
		const reading = Object.fromEntries(standardIds.map((id) => [id, 5])) as Record<StandardId, number>;
		expect(pathMinutes(['office-standard', 'county-meetings'], reading)).toBe(2 * (5 + 10) + 15);
	});
});

describe('the mixed self-check', () => {
	it('opens only once every quiz of the path is passed', () => {
		const path = OFFICE_PATHS[0].standards;
		expect(mixedUnlocked(path, (set) => set !== 'county-meetings')).toBe(false);
		expect(mixedUnlocked(path, () => true)).toBe(true);
	});
});
