import { z } from './zod';
import { clauseAnchorSchema, stableIdSchema } from './ids';
import { standardIdSchema } from './standard';

// Saved answers and progress are keyed by these ids, never by text or position.
const idSchema = stableIdSchema;

/** Why the answer is right: the source's own words (verbatim) plus an optional short note. */
export const quizExplanationSchema = z.strictObject({
	quote: z.string().min(1),
	note: z.string().min(1).optional(),
});
export type QuizExplanation = z.infer<typeof quizExplanationSchema>;

export const quizOptionSchema = z.strictObject({
	id: idSchema,
	text: z.string().min(1),
	correct: z.boolean().optional(),
});
export type QuizOption = z.infer<typeof quizOptionSchema>;

/**
 * The fact a question checks. A quiz draws at most one question per group, so two questions
 * about one clause (or a generated question and an authored one about one rule) never meet
 * in a draw. A group named after a timed rule's id (content/rules) is that rule's fact.
 */
const factGroupSchema = stableIdSchema;

const authoredBase = {
	id: idSchema,
	group: factGroupSchema,
	standard: standardIdSchema,
	anchor: clauseAnchorSchema,
	difficulty: z.number().int().min(1).max(3),
	prompt: z.string().min(1),
	explanation: quizExplanationSchema,
};

const uniqueOptionIds = (options: readonly QuizOption[]) => new Set(options.map((option) => option.id)).size === options.length;
const rightCount = (options: readonly QuizOption[]) => options.filter((option) => option.correct).length;

export const singleQuestionSchema = z
	.strictObject({ ...authoredBase, kind: z.literal('single'), options: z.array(quizOptionSchema).min(2) })
	.refine((q) => uniqueOptionIds(q.options), { message: 'option ids must be unique', path: ['options'] })
	.refine((q) => rightCount(q.options) === 1, { message: 'exactly one option must be correct', path: ['options'] });

export const multipleQuestionSchema = z
	.strictObject({ ...authoredBase, kind: z.literal('multiple'), options: z.array(quizOptionSchema).min(3) })
	.refine((q) => uniqueOptionIds(q.options), { message: 'option ids must be unique', path: ['options'] })
	.refine((q) => rightCount(q.options) >= 2, { message: 'at least two options must be correct', path: ['options'] })
	// With no wrong option, ticking everything would always score full marks.
	.refine((q) => rightCount(q.options) < q.options.length, {
		message: 'at least one option must be wrong',
		path: ['options'],
	});

export const trueFalseQuestionSchema = z.strictObject({
	...authoredBase,
	kind: z.literal('true-false'),
	/** Whether the statement in `prompt` is true. */
	answer: z.boolean(),
});

/** One authored question of content/quiz/<standard id>.yaml. */
export const authoredQuestionSchema = z.discriminatedUnion('kind', [singleQuestionSchema, multipleQuestionSchema, trueFalseQuestionSchema]);
export type AuthoredQuestion = z.infer<typeof authoredQuestionSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;

/** A whole bank file: every question in it belongs to one standard, and ids are unique. */
export const quizBankSchema = z
	.array(authoredQuestionSchema)
	.min(1)
	.refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, {
		message: 'question ids must be unique',
	})
	.refine((questions) => new Set(questions.map((q) => q.standard)).size === 1, {
		message: 'a bank file holds the questions of one standard',
	});
export type QuizBank = z.infer<typeof quizBankSchema>;

// Generated questions (src/lib/quizGenerators.ts) have no display text of their own: their
// prompt is a message code from quizMessages with parameters, filled in by the page.
export const quizPromptRefSchema = z.strictObject({
	code: z.string().min(1),
	params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type QuizPromptRef = z.infer<typeof quizPromptRefSchema>;

const generatedBase = {
	id: idSchema,
	group: factGroupSchema,
	standard: standardIdSchema,
	anchor: clauseAnchorSchema,
	difficulty: z.number().int().min(1).max(3),
	prompt: quizPromptRefSchema,
	/** The quote may be missing where the data it was generated from carries none. */
	explanation: quizExplanationSchema.partial(),
};

export const orderingQuestionSchema = z.strictObject({
	...generatedBase,
	kind: z.literal('ordering'),
	/** The steps in the order they are shown (scrambled); labels are the flow data's own. */
	items: z.array(z.strictObject({ id: idSchema, label: z.string().min(1) })).min(2),
	/** Step ids in the right order. */
	answer: z.array(idSchema).min(2),
});
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;

export const timeUnitSchema = z.enum(['min', 'h', 'day', 'workday']);
export type TimeUnit = z.infer<typeof timeUnitSchema>;
export const timeReferenceSchema = z.enum(['start', 'end']);
export type TimeReference = z.infer<typeof timeReferenceSchema>;

/** A choice of time: `offset` units from the meeting's start or end (negative = before). */
export const timingOptionSchema = z.strictObject({
	id: idSchema,
	offset: z.number(),
	unit: timeUnitSchema,
	from: timeReferenceSchema,
	correct: z.boolean().optional(),
});
export type TimingOption = z.infer<typeof timingOptionSchema>;

export const timingQuestionSchema = z.strictObject({
	...generatedBase,
	kind: z.literal('timing'),
	options: z.array(timingOptionSchema).min(2),
});
export type TimingQuestion = z.infer<typeof timingQuestionSchema>;

export const seatingQuestionSchema = z.strictObject({
	...generatedBase,
	kind: z.literal('seating'),
	count: z.number().int().min(1),
	honour: z.enum(['left', 'right']),
	/** The rank in each seat, left to right as seen from the audience. */
	answer: z.array(z.number().int().min(1)),
});
export type SeatingQuestion = z.infer<typeof seatingQuestionSchema>;

export const generatedQuestionSchema = z.discriminatedUnion('kind', [orderingQuestionSchema, timingQuestionSchema, seatingQuestionSchema]);
export type GeneratedQuestion = z.infer<typeof generatedQuestionSchema>;

export type QuizQuestion = AuthoredQuestion | GeneratedQuestion;
export type QuizKind = QuizQuestion['kind'];

/**
 * What a person answered, by kind: single/timing an option id; multiple the chosen option
 * ids; true-false a boolean; ordering step ids in the chosen order; seating the rank put in
 * each seat left to right (null for a seat left empty). Anything else scores 0.
 */
export const quizAnswerSchema = z.union([z.string(), z.boolean(), z.array(z.string()), z.array(z.number().int().nullable())]);
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;
