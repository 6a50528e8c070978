import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { clauseCitation, clauseNumber } from '../../src/i18n/clauseCitation';
import { flowGroups, orderedFlows } from '../../src/lib/flowOrder';
import { flowSchema } from '../../src/schemas/flow';
import { standardSchema } from '../../src/schemas/standard';
import { districtCommitteeFlows, sourceText } from '../support/sourceText';

const read = (dir: string) => {
	const path = fileURLToPath(new URL(`../../content/${dir}/`, import.meta.url));
	return readdirSync(path)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(path + name, 'utf8')) as unknown }));
};
const standards = read('standards').map(({ id, data }) => ({ id, ...standardSchema.parse(data) }));
const flows = read('flows').map(({ data }) => flowSchema.parse(data));

describe('flows in the source’s order and groups', () => {
	it('lists every flow exactly once, under its own standard', () => {
		const listed = standards.flatMap((standard) => standard.flowGroups.flatMap((group) => group.flows.map((id) => [id, standard.id])));
		expect(listed.map(([id]) => id).sort()).toEqual(flows.map((flow) => flow.id).sort());
		for (const [id, standard] of listed) expect(flows.find((flow) => flow.id === id)?.standard, id).toBe(standard);
	});

	it('orders 第三篇 as its ★ charts do: 重要會議 8 flow charts, 日常會議 2, 紀要分送 3 lists', () => {
		const district = flowGroups(standards, flows).filter((group) => group.standard === 'district-committee');
		expect(district.map((group) => [group.title, group.flows.length])).toEqual([
			['全區重要會議各環節流程圖', 8],
			['日常會議各環節流程圖', 2],
			['《會議紀要》分送范圍', 3],
		]);
		// The parser of the source reads the charts in the order they are written.
		expect(district.flatMap((group) => group.flows.map((flow) => flow.id))).toEqual(districtCommitteeFlows.map(([id]) => id));
		for (const group of district) expect(sourceText()).toContain(`★ ${group.title}`);
	});

	it('puts the standards in their order, 第一篇 to 第五篇', () => {
		expect(
			orderedFlows(standards, flows)
				.map((flow) => flow.standard)
				.filter((id, i, all) => all.indexOf(id) === i),
		).toEqual(['county-meetings', 'office-standard', 'district-committee', 'standard-process-2017', 'school-procedure']);
	});

	it('keeps a flow its standard forgot to list, at the end of that standard', () => {
		const forgotten = { id: 'extra', standard: 'school-procedure' };
		const groups = flowGroups(standards, [...flows, forgotten]);
		expect(
			groups
				.filter((group) => group.standard === 'school-procedure')
				.at(-1)
				?.flows.at(-1),
		).toBe(forgotten);
	});
});

describe('clause citations of derived roles', () => {
	it('numbers a clause as the source does', () => {
		expect(clauseNumber('s3')).toBe('三');
		expect(clauseNumber('s4-3-3-4')).toBe('四(三)3(4)');
		expect(clauseNumber('s12')).toBe('十二');
		expect(clauseCitation('district-committee', 's3')).toBe('第三篇三');
	});
});
