import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { confusionSchema } from '../../src/schemas/confusion';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { clauseAnchors, sourceText } from '../support/sourceText';

const read = (name: string) => parse(readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8')) as unknown[];
const anchors = clauseAnchors();
const ruleJson = (id: string) => JSON.parse(readFileSync(new URL(`../../content/rules/${id}.json`, import.meta.url), 'utf8'));

describe('content/confusions.yaml', () => {
	const confusions = read('confusions.yaml').map((entry) => confusionSchema.parse(entry));

	it('pairs existing rules of two different standards', () => {
		expect(confusions.length).toBeGreaterThanOrEqual(4);
		for (const confusion of confusions) {
			const [a, b] = confusion.rules.map(ruleJson);
			expect(a.source.standard, confusion.id).not.toBe(b.source.standard);
		}
	});

	it('holds the pairs staff mix up', () => {
		expect(confusions.map((c) => c.rules)).toEqual(
			expect.arrayContaining([
				['tea-refill', 'podium-refill'],
				['staff-arrive', 'room-check'],
				['minutes-48h', 'minutes-draft-2wd'],
				['av-test', 'recorder-ready'],
			]),
		);
	});
});

describe('content/glossary.yaml', () => {
	const entries = read('glossary.yaml').map((entry) => glossaryEntrySchema.parse(entry));

	it('explains 公務員 as the office attendant of 第四篇, and the other terms newcomers misread', () => {
		const attendant = entries.find((entry) => entry.term === '公務員')!;
		expect(attendant.standard).toBe('standard-process-2017');
		expect(attendant.meaning).toContain('勤務');
		for (const term of ['跟班主任', '扎口', '席卡'])
			expect(
				entries.some((entry) => entry.term.includes(term)),
				term,
			).toBe(true);
	});

	it('points at clauses that exist, and at terms the source uses', () => {
		const source = sourceText();
		for (const entry of entries) {
			expect(anchors[entry.standard].has(entry.anchor), `${entry.id}: ${entry.anchor}`).toBe(true);
			const firstTerm = entry.term.split(/[、,]/)[0]!;
			expect(source.includes(firstTerm), entry.term).toBe(true);
		}
	});
});
