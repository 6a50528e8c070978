import { z } from './zod';
import { clauseAnchorSchema } from './ids';
import { standardIdSchema } from './standard';

/*
 * A timed rule from the standards (content/rules/<id>.json): what the source says,
 * where it says it, and how to compute the time from a meeting's start or end.
 * The computation is data so that a new rule is mostly a new file.
 */

export const sourceRefSchema = z.object({
	standard: standardIdSchema,
	/** clause anchor on the standard's page: s4-3-3-4, or flow-<flow id> */
	anchor: clauseAnchorSchema,
	/** the source sentence, verbatim */
	quote: z.string().min(1),
});

const timeUnitSchema = z.enum(['min', 'h', 'day', 'workday']);

/** A moment counted from the meeting: `day` and `workday` units give a date, `min` and `h` a date-time. */
export const offsetSchema = z.object({
	from: z.enum(['start', 'end']),
	offset: z.number().int(),
	unit: timeUnitSchema,
});

export const computationSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('offset'), due: offsetSchema }),
	/** a span to act in, e.g. enter the room 15 to 10 minutes before the start */
	z.object({ kind: z.literal('window'), from: offsetSchema, due: offsetSchema }),
	/** repeated during the meeting; the source gives a range, times use its shorter end */
	z.object({
		kind: z.literal('recurring'),
		every: z
			.object({ min: z.number().int().positive(), max: z.number().int().positive(), unit: z.literal('min') })
			.refine((every) => every.min <= every.max, { message: 'min must not exceed max' }),
	}),
	/** a fixed weekday and time in the week (Monday–Sunday) before the meeting's week */
	z.object({
		kind: z.literal('previous-week'),
		weekday: z.number().int().min(1).max(7),
		time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
	}),
]);

/** What happens when a computed due day is not a working day. */
export const nonWorkdaySchema = z.enum([
	/** move to the last working day before it, same time of day (rules counted back from the meeting) */
	'move-earlier',
	/** keep the due moment and warn, naming the working days around it (rules counted in hours after) */
	'warn',
]);

/** What a rule counts from: each session's start/end, or the meeting's first start / last end. */
export const ruleScopeSchema = z.enum(['session', 'meeting']);

export const ruleSchema = z.object({
	/** stable ASCII id; saved data and message keys use it */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** short Traditional Chinese label */
	label: z.string().min(1),
	source: sourceRefSchema,
	/** the same rule stated elsewhere */
	seeAlso: z.array(sourceRefSchema).default([]),
	compute: computationSchema,
	/** rules counted in working days need none: they land on working days by construction */
	nonWorkday: nonWorkdaySchema.optional(),
	scope: ruleScopeSchema.default('meeting'),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type RuleOffset = z.infer<typeof offsetSchema>;
export type RuleComputation = z.infer<typeof computationSchema>;
export type NonWorkday = z.infer<typeof nonWorkdaySchema>;
/** a rule as validated (defaults applied) */
export type Rule = z.infer<typeof ruleSchema>;
/** a rule as authored in content/rules/*.json */
export type RuleInput = z.input<typeof ruleSchema>;
