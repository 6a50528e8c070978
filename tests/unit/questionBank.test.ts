import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildQuestionBank, ORDERING_SECTIONS, SEATING_QUESTION_COUNTS } from '../../src/lib/quizBank';
import { orderingQuestion, type QuizFlow, type QuizTimingRule, timingQuestions } from '../../src/lib/quizGenerators';
import { standardIds } from '../../src/schemas/standard';
import { questionBank } from '../support/quizBank';

const bank = questionBank();
const flowsDir = new URL('../../content/flows/', import.meta.url);
const flows = readdirSync(flowsDir).map((name) => parse(readFileSync(new URL(name, flowsDir), 'utf8')) as QuizFlow);
const rulesDir = new URL('../../content/rules/', import.meta.url);
const rules = readdirSync(rulesDir).map((name) => JSON.parse(readFileSync(new URL(name, rulesDir), 'utf8')) as QuizTimingRule);

describe('the question bank the quizzes draw from', () => {
	it('holds the authored questions and the generated ordering and seating questions', () => {
		const kinds = new Set(bank.map((question) => question.kind));
		for (const kind of ['single', 'multiple', 'true-false', 'ordering', 'seating']) expect(kinds).toContain(kind);
		expect(bank.filter((q) => q.kind === 'seating').map((q) => q.id)).toEqual(
			SEATING_QUESTION_COUNTS.map((count) => `gen-seating-${count}-left`),
		);
	});

	it('has questions of every standard, and unique ids', () => {
		for (const standard of standardIds) expect(bank.some((q) => q.standard === standard)).toBe(true);
		expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
	});

	it('makes ordering questions only of the sections that are real sequences', () => {
		const kept = bank.filter((q) => q.kind === 'ordering');
		expect(kept.map((q) => q.id).sort()).toEqual(ORDERING_SECTIONS.map(({ flow, section }) => `gen-order-${flow}-${section}`).sort());
		// Every listed section exists and makes a question: a renamed section fails here, not silently.
		for (const { flow, section } of ORDERING_SECTIONS) {
			expect(
				orderingQuestion(
					flows.find((f) => f.id === flow)!,
					section,
				),
				`${flow}/${section}`,
			).toBeDefined();
		}
		const ids = kept.map((q) => q.id);
		for (const list of [
			'county-reception-planning',
			'office-standard-registration',
			'office-standard-in-meeting',
			'school-procedure-notice',
			'standard-process-2017-during-meeting',
		]) {
			expect(ids).not.toContain(`gen-order-${list}`);
		}
	});

	it('asks no timed rule twice: a generated timing question only for a rule no authored question asks', () => {
		const authoredGroups = new Set(bank.filter((q) => typeof q.prompt === 'string').map((q) => q.group));
		const timing = bank.filter((q) => q.kind === 'timing');
		for (const question of timing) expect(authoredGroups.has(question.group), question.id).toBe(false);
		// Every offset rule of content/rules is asked once, by an authored question or a generated one.
		for (const question of timingQuestions(rules)) {
			const askers = bank.filter((q) => q.group === question.group);
			expect(askers.length, question.group).toBeGreaterThanOrEqual(1);
		}
	});

	it('gives every group one standard', () => {
		const standardOf = new Map<string, string>();
		for (const q of bank) {
			expect(standardOf.get(q.group) ?? q.standard, q.id).toBe(q.standard);
			standardOf.set(q.group, q.standard);
		}
	});

	it('is sorted by id whatever order the sources come in, so a seed replays the same quiz', () => {
		const reversed = buildQuestionBank({
			authored: bank.filter((q) => q.kind === 'single' || q.kind === 'multiple' || q.kind === 'true-false').reverse() as never,
			flows: [...flows].reverse(),
			rules: [],
		});
		const ids = reversed.map((q) => q.id);
		expect(ids).toEqual([...ids].sort());
	});
});
