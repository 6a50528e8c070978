import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSchema, type Rule } from '../../src/schemas/rule';
import { deadlineRules } from '../../src/data/deadlineRules';
import { readClauses, sourceText } from '../support/sourceText';

const rulesDir = new URL('../../content/rules/', import.meta.url);
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.json'));
const rules: Rule[] = ruleFiles.map((name) => ruleSchema.parse(JSON.parse(readFileSync(new URL(name, rulesDir), 'utf8'))));
const source = sourceText();
const clauses = readClauses();

// Where each rule comes from, as the issue lists it.
const expectedSources: Record<string, [string, string]> = {
	'av-test': ['office-standard', 's4-3-3-4'],
	'av-retest': ['office-standard', 's4-3-3-4'],
	'catering-confirm': ['office-standard', 's4-4-2'],
	'staff-arrive': ['office-standard', 's6'],
	'chase-absent': ['office-standard', 's6-1'],
	'room-check': ['school-procedure', 's3-1'],
	'recorder-ready': ['school-procedure', 's3-3'],
	'notice-next-week': ['school-procedure', 's2-1'],
	'podium-refill': ['standard-process-2017', 's2-2'],
	'tea-refill': ['district-committee', 'flow-joint-party-government'],
	'transcript-24h': ['standard-process-2017', 's3-2'],
	'minutes-48h': ['standard-process-2017', 's3-3'],
	'minutes-draft-2wd': ['school-procedure', 's3-5'],
	'resolution-notice-2wd': ['school-procedure', 's4-1'],
};

describe('rule data files', () => {
	it('holds exactly the fourteen rules, one file each, named by id', () => {
		expect(ruleFiles.map((name) => name.replace('.json', '')).sort()).toEqual(Object.keys(expectedSources).sort());
		for (const [index, rule] of rules.entries()) expect(`${rule.id}.json`).toBe(ruleFiles[index]);
	});

	it('is what deadlines.ts loaded', () => {
		expect(deadlineRules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id).sort());
	});

	it.each(Object.entries(expectedSources))('%s points at %s', (id, [standard, anchor]) => {
		const rule = rules.find((candidate) => candidate.id === id)!;
		expect(rule.source.standard).toBe(standard);
		expect(rule.source.anchor).toBe(anchor);
	});

	it('names the second place the tea rule appears', () => {
		const tea = rules.find((rule) => rule.id === 'tea-refill')!;
		expect(tea.seeAlso.map((ref) => ref.anchor)).toEqual(['flow-receive-superiors']);
	});
});

describe('quotes are the source, verbatim', () => {
	const refs = rules.flatMap((rule) => [rule.source, ...rule.seeAlso].map((ref) => ({ id: rule.id, ...ref })));

	it.each(refs)('$id: the quote is a substring of standards.txt', ({ quote }) => {
		expect(source).toContain(quote);
	});

	it.each(refs)('$id: the anchor $anchor is a clause of $standard and holds the quote', ({ standard, anchor, quote }) => {
		const clause = clauses[standard].get(anchor);
		expect(clause, `${standard}#${anchor} is not a clause`).toBeDefined();
		expect(clause?.text).toContain(quote);
	});

	it('quotes whole sentences, never a fragment', () => {
		for (const { id, quote } of refs) {
			const at = source.indexOf(quote);
			const before = source[at - 1] ?? '\n';
			// a sentence starts after 。 ; , a line start, a clause number (1、 1. (1)) or a flow's ——
			expect(/[\n。;,)、—.]/.test(before), `${id} starts mid-sentence`).toBe(true);
			expect(/[。:)]$/.test(quote), `${id} ends mid-sentence`).toBe(true);
		}
	});
});

describe('rule schema', () => {
	// Untyped on purpose: each test breaks the data in a way its type would forbid.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const valid = () => structuredClone(rules.find((rule) => rule.id === 'room-check')!) as Record<string, any>;

	it('rejects an unknown standard, a malformed anchor and an unknown unit', () => {
		expect(ruleSchema.safeParse(valid()).success).toBe(true);
		const badStandard = valid();
		badStandard.source.standard = 'standard-6';
		expect(ruleSchema.safeParse(badStandard).success).toBe(false);
		const badAnchor = valid();
		badAnchor.source.anchor = '三(一)';
		expect(ruleSchema.safeParse(badAnchor).success).toBe(false);
		const badUnit = valid();
		badUnit.compute.due.unit = 'week';
		expect(ruleSchema.safeParse(badUnit).success).toBe(false);
	});

	it('rejects a recurring range whose shorter end is the longer', () => {
		const rule = { ...valid(), compute: { kind: 'recurring', every: { min: 20, max: 15, unit: 'min' } } };
		expect(ruleSchema.safeParse(rule).success).toBe(false);
	});
});
