import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildQuestionBank, EXCLUDED_ORDERING_QUESTIONS, SEATING_QUESTION_COUNTS } from '../../src/lib/quizBank';
import { orderingQuestions, type QuizFlow } from '../../src/lib/quizGenerators';
import { standardIds } from '../../src/schemas/standard';
import { questionBank } from '../support/quizBank';

const bank = questionBank();
const flowsDir = new URL('../../content/flows/', import.meta.url);
const flows = readdirSync(flowsDir).map((name) => parse(readFileSync(new URL(name, flowsDir), 'utf8')) as QuizFlow);

describe('the question bank the quizzes draw from', () => {
	it('holds the authored questions and every generated kind', () => {
		const kinds = new Set(bank.map((question) => question.kind));
		for (const kind of ['single', 'multiple', 'true-false', 'ordering', 'timing', 'seating']) expect(kinds).toContain(kind);
		expect(bank.filter((q) => q.kind === 'seating').map((q) => q.id)).toEqual(
			SEATING_QUESTION_COUNTS.map((count) => `gen-seating-${count}-left`),
		);
	});

	it('has questions of every standard, and unique ids', () => {
		for (const standard of standardIds) expect(bank.some((q) => q.standard === standard)).toBe(true);
		expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
	});

	it('leaves out the ordering questions of sections that are lists of points, and only those', () => {
		const generated = flows.flatMap((flow) => orderingQuestions(flow)).map((q) => q.id);
		// Every exclusion names a question the generator makes: a renamed section cannot slip back in silently.
		for (const id of EXCLUDED_ORDERING_QUESTIONS) expect(generated).toContain(id);
		const kept = bank.filter((q) => q.kind === 'ordering').map((q) => q.id);
		expect(kept.sort()).toEqual(generated.filter((id) => !EXCLUDED_ORDERING_QUESTIONS.has(id)).sort());
		expect(kept).not.toContain('gen-order-county-reception-planning');
		expect(kept).toContain('gen-order-standard-process-2017-before-meeting');
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
