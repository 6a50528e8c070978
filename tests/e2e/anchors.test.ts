import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { standardIds } from '../../src/schemas/standard';
import { clauseAnchors } from '../support/sourceText';
import { distDir } from './support/site';

// Later features (checklists, deadlines, quizzes) link to clauses by anchor:
// every clause must have one on the built page, once, in both editions.
const editions = ['', 'zh-cn/'];
const expected = clauseAnchors();

function idsOn(edition: string, standard: string): string[] {
	const html = readFileSync(join(distDir(), edition, 'standards', standard, 'index.html'), 'utf8');
	return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

describe.each(editions)('clause anchors on the built pages (edition "%s")', (edition) => {
	it.each(standardIds)('%s has every clause anchor exactly once', (standard) => {
		const ids = idsOn(edition, standard);
		const clauseIds = ids.filter((id) => /^(s\d|flow-)/.test(id));
		expect(new Set(clauseIds).size).toBe(clauseIds.length);
		expect([...expected[standard]].filter((anchor) => !ids.includes(anchor))).toEqual([]);
		expect(clauseIds.filter((anchor) => !expected[standard].has(anchor))).toEqual([]);
	});
});

describe('anchors named by data exist on their standard page', () => {
	const onPage = (standard: string, anchor: string) => idsOn('', standard).includes(anchor);

	it('flows and their steps', () => {
		for (const file of readdirSync('content/flows')) {
			const flow = parse(readFileSync(join('content/flows', file), 'utf8'));
			expect(onPage(flow.standard, flow.anchor), `${flow.id} → ${flow.anchor}`).toBe(true);
			for (const section of flow.sections)
				for (const step of section.steps) {
					expect(onPage(flow.standard, step.anchor), `${flow.id}/${step.id} → ${step.anchor}`).toBe(true);
					for (const item of step.items ?? [])
						if (item.anchor) expect(onPage(flow.standard, item.anchor), `${flow.id}/${item.id}`).toBe(true);
				}
		}
	});

	it('timed rules', () => {
		for (const file of readdirSync('content/rules')) {
			const rule = JSON.parse(readFileSync(join('content/rules', file), 'utf8'));
			for (const ref of [rule.source, ...(rule.seeAlso ?? [])])
				expect(onPage(ref.standard, ref.anchor), `${rule.id} → ${ref.anchor}`).toBe(true);
		}
	});

	it('quiz questions', () => {
		for (const file of readdirSync('content/quiz')) {
			for (const question of parse(readFileSync(join('content/quiz', file), 'utf8')))
				expect(onPage(question.standard, question.anchor), `${question.id} → ${question.anchor}`).toBe(true);
		}
	});
});
