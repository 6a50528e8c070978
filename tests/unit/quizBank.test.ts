import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clauseAnchorSchema } from '../../src/schemas/ids';
import { type AuthoredQuestion, quizBankSchema } from '../../src/schemas/quiz';
import { standardIds } from '../../src/schemas/standard';
import { clauseAnchors, readClauses, sourceText } from '../support/sourceText';

const quizDir = new URL('../../content/quiz/', import.meta.url);
const source = sourceText();
const clauses = readClauses();
const anchors = clauseAnchors();

const bankFiles = readdirSync(quizDir).filter((name) => name.endsWith('.yaml'));
const raw = Object.fromEntries(
	bankFiles.map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(new URL(name, quizDir), 'utf8'))]),
) as Record<string, unknown>;
const banks = Object.fromEntries(Object.entries(raw).map(([standard, data]) => [standard, quizBankSchema.safeParse(data)]));
const questions: AuthoredQuestion[] = Object.values(banks).flatMap((result) => (result.success ? result.data : []));

// Same question asked twice = same wording once spacing and punctuation are ignored.
const normalisePrompt = (prompt: string) => prompt.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

describe('clause anchors derived from the source numbering', () => {
	it('follows the scheme on the documented examples', () => {
		const examples: [keyof typeof clauses, string, string][] = [
			['office-standard', 's4-3-2-1', '主席臺人員座次的排列'],
			['office-standard', 's4-3-3-4', '提前2小時調試'],
			['office-standard', 's4-4-2', '就餐'],
			['office-standard', 's6', '會議報到'],
			['office-standard', 's6-1', '會議簽到'],
			['standard-process-2017', 's2-2', '主席臺熱水填補'],
			['standard-process-2017', 's3-3', '48小時之內'],
			['school-procedure', 's2-1', '上周五下午4點前'],
			['school-procedure', 's3-5', '2個工作日內草擬會議紀要'],
			['school-procedure', 's4-1', '起草會議決議執行通知單'],
			['county-meetings', 's3', '三個標卡'],
			['district-committee', 'flow-plenary', '表態發言材料的把關'],
			['district-committee', 'flow-minutes-distribution-joint', '各普發單位'],
		];
		for (const [standard, anchor, text] of examples) {
			expect(clauses[standard].get(anchor)?.text, `${standard}#${anchor}`).toContain(text);
		}
	});

	it('gives 第一篇 only its five sections and 第三篇 its thirteen flows', () => {
		expect([...anchors['county-meetings']]).toEqual(['s1', 's2', 's3', 's4', 's5']);
		expect([...anchors['district-committee']].filter((a) => a.startsWith('flow-'))).toHaveLength(13);
	});

	it('keeps a sub-clause out of its siblings', () => {
		expect(clauses['office-standard'].get('s4-3-3-4')?.text).not.toContain('座位牌');
		expect(clauses['office-standard'].get('s4-3-3')?.text).toContain('座位牌');
	});

	it('rejects a source whose numbering skips a clause', () => {
		expect(() => readClauses('第二篇:x\n一、a\n三、b')).toThrow(/numbered 3/);
	});
});

describe('question bank files', () => {
	it('has one file per standard', () => {
		expect(Object.keys(raw).sort()).toEqual([...standardIds].sort());
	});

	it.each(bankFiles)('%s validates against the quiz schema', (name) => {
		const result = banks[name.replace(/\.yaml$/, '')]!;
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it.each(bankFiles)('%s holds only its own standard', (name) => {
		const standard = name.replace(/\.yaml$/, '');
		const result = banks[standard]!;
		expect(result.success && result.data.every((q) => q.standard === standard)).toBe(true);
	});
});

describe('question bank size and coverage', () => {
	it('has at least 80 authored questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(80);
	});

	it.each(standardIds)('has at least 14 questions on %s', (standard) => {
		expect(questions.filter((q) => q.standard === standard).length).toBeGreaterThanOrEqual(14);
	});

	it('uses every question kind', () => {
		expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'true-false']));
	});
});

describe('question identity', () => {
	it('has unique ids across the bank, prefixed with the standard id', () => {
		const ids = questions.map((q) => q.id);
		expect(ids.length - new Set(ids).size).toBe(0);
		for (const q of questions) expect(q.id.startsWith(`${q.standard}-`), q.id).toBe(true);
	});

	it('never asks the same question twice', () => {
		const seen = new Map<string, string>();
		for (const q of questions) {
			const key = normalisePrompt(q.prompt);
			expect(seen.get(key), `${q.id} repeats ${seen.get(key)}`).toBeUndefined();
			seen.set(key, q.id);
		}
	});

	it('does not offer the same option text twice in a question', () => {
		for (const q of questions) {
			if (q.kind === 'true-false') continue;
			const texts = q.options.map((o) => normalisePrompt(o.text));
			expect(new Set(texts).size, q.id).toBe(texts.length);
		}
	});
});

describe('answers are well formed', () => {
	it('gives every single-choice question exactly one right option', () => {
		for (const q of questions.filter((q) => q.kind === 'single')) {
			expect(q.options.filter((o) => o.correct).length, q.id).toBe(1);
		}
	});

	it('gives every multiple-choice question at least two right options and one wrong', () => {
		for (const q of questions.filter((q) => q.kind === 'multiple')) {
			const right = q.options.filter((o) => o.correct).length;
			expect(right, q.id).toBeGreaterThanOrEqual(2);
			expect(right, q.id).toBeLessThan(q.options.length);
		}
	});

	it('has both true and false statements among the true-false questions', () => {
		const answers = new Set(questions.flatMap((q) => (q.kind === 'true-false' ? [q.answer] : [])));
		expect(answers).toEqual(new Set([true, false]));
	});
});

describe('explanations point back to the source', () => {
	it('quotes the source verbatim', () => {
		for (const q of questions) expect(source.includes(q.explanation.quote), q.id).toBe(true);
	});

	it('names an anchor that follows the scheme and exists on the standard page', () => {
		for (const q of questions) {
			expect(clauseAnchorSchema.safeParse(q.anchor).success, q.id).toBe(true);
			expect(anchors[q.standard].has(q.anchor), `${q.id}: ${q.standard}#${q.anchor}`).toBe(true);
		}
	});

	it('quotes from inside the clause its anchor names', () => {
		for (const q of questions) {
			expect(clauses[q.standard].get(q.anchor)?.text ?? '', `${q.id}: ${q.standard}#${q.anchor}`).toContain(q.explanation.quote);
		}
	});
});

describe('display text is Traditional Chinese', () => {
	// A character written in Simplified changes when converted Simplified → Traditional.
	const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
	// Standard Traditional characters for which OpenCC merely prefers another variant
	// (秘書/祕書, 不准/不準, 台/臺, 布置/佈置).
	const alsoTraditional = new Set('秘准台布里干游');
	const simplifiedIn = (text: string) => [...text].filter((char) => !alsoTraditional.has(char) && toTraditional(char) !== char);

	it('detects Simplified characters', () => {
		expect(simplifiedIn('会议通知下发后')).toEqual(['会', '议', '发', '后']);
		expect(simplifiedIn('秘書不准台下布置')).toEqual([]);
	});

	it('has no Simplified characters in prompts, options or notes', () => {
		for (const q of questions) {
			const options = q.kind === 'true-false' ? [] : q.options.map((o) => o.text);
			for (const text of [q.prompt, q.explanation.note ?? '', ...options]) {
				expect(simplifiedIn(text), `${q.id}: ${text}`).toEqual([]);
			}
		}
	});
});
