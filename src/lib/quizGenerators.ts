import type { OrderingQuestion, SeatingQuestion, TimingOption, TimingQuestion } from '../schemas/quiz';
import type { Rule } from '../schemas/rule';
import { scrambledOrder, seededShuffle } from './quiz';
import { type Honour, rostrumOrder } from './seating';

// Questions generated from the flow, rule and seating data, so they can never drift from it.
// The data is passed in (no content imports); only what each generator reads is typed here.

export interface QuizFlowStep {
	id: string;
	label: string;
	anchor?: string;
}

export interface QuizFlowSection {
	id: string;
	title?: string | undefined;
	anchor?: string | undefined;
	steps: readonly QuizFlowStep[];
}

/** What an ordering question reads of a flow (content/flows, src/schemas/flow.ts). */
export interface QuizFlow {
	id: string;
	standard: OrderingQuestion['standard'];
	anchor: string;
	title: string;
	sections: readonly QuizFlowSection[];
}

/** What a timing question reads of a rule (content/rules, src/schemas/rule.ts). */
export type QuizTimingRule = Pick<Rule, 'id' | 'label' | 'source' | 'compute'>;

/** Fewer than 3 steps is no puzzle; more than 8 is a memory test, not a check of practice. */
const ORDERING_STEPS = { min: 3, max: 8 } as const;

const difficultyBySize = (size: number, easyUpTo: number, mediumUpTo: number) => (size <= easyUpTo ? 1 : size <= mediumUpTo ? 2 : 3);

/** The fact group of a section's ordering question, unless the bank names another. */
export const orderingGroup = (flowId: string, sectionId: string) => `order-${flowId}-${sectionId}`;

/**
 * Put one section's steps in order (the flow's first section by default). Undefined when the
 * section does not exist or has not 3–8 steps. The steps are shown scrambled with at most half
 * of the step pairs in order (`scrambledOrder`), the same way every time; a quiz reshuffles
 * them per draw. Flow data carries no quote of its own: the explanation is the answer itself,
 * the step labels (verbatim, per the flow data's contract) in order.
 */
export function orderingQuestion(flow: QuizFlow, sectionId?: string, group?: string): OrderingQuestion | undefined {
	const section = sectionId === undefined ? flow.sections[0] : flow.sections.find((s) => s.id === sectionId);
	if (!section) return undefined;
	const { steps } = section;
	if (steps.length < ORDERING_STEPS.min || steps.length > ORDERING_STEPS.max) return undefined;

	const id = `gen-order-${flow.id}-${section.id}`;
	const answer = steps.map((step) => step.id);
	const byId = new Map(steps.map((step) => [step.id, step]));
	const shown = scrambledOrder(answer, id).map((stepId) => byId.get(stepId)!);
	return {
		id,
		group: group ?? orderingGroup(flow.id, section.id),
		kind: 'ordering',
		standard: flow.standard,
		anchor: section.anchor ?? flow.anchor,
		difficulty: difficultyBySize(steps.length, 4, 6),
		prompt: section.title
			? { code: 'prompt-ordering-section', params: { standard: flow.standard, title: flow.title, section: section.title } }
			: { code: 'prompt-ordering', params: { standard: flow.standard, title: flow.title } },
		explanation: {},
		items: shown.map(({ id: stepId, label }) => ({ id: stepId, label })),
		answer,
	};
}

/** One ordering question per section of the flow that has 3–8 steps. */
export function orderingQuestions(flow: QuizFlow): OrderingQuestion[] {
	return flow.sections.flatMap((section) => orderingQuestion(flow, section.id) ?? []);
}

// Plausible wrong amounts are the right one scaled: "2 hours" is confused with 1 or 4, not 3.5.
const DISTRACTOR_FACTORS = [2, 1 / 2, 3, 1 / 3, 4, 1 / 4, 5, 6, 8, 10, 12] as const;

function distractorAmounts(amount: number, wanted: number | readonly number[]): number[] {
	const candidates = typeof wanted === 'number' ? DISTRACTOR_FACTORS.map((factor) => amount * factor) : wanted;
	const amounts = [...new Set(candidates.map(Math.abs))].filter((a) => Number.isInteger(a) && a > 0 && a !== amount);
	return typeof wanted === 'number' ? amounts.slice(0, Math.max(0, wanted)) : amounts;
}

/**
 * Choose the right time for a timed rule. Distractors keep the rule's unit, reference point
 * and direction and change the amount: `distractors` is how many to derive, or the amounts
 * to offer (e.g. other rules' amounts, which staff mix up). Only rules computed as a single
 * offset from the start or end make such a question; for the others it is undefined.
 */
export function timingQuestion(rule: QuizTimingRule, distractors: number | readonly number[] = 3): TimingQuestion | undefined {
	if (rule.compute.kind !== 'offset') return undefined;
	const { from, offset, unit } = rule.compute.due;
	const id = `gen-timing-${rule.id}`;
	const sign = offset < 0 ? -1 : 1;
	const amount = Math.abs(offset);
	const option = (a: number, correct: boolean): TimingOption => ({
		id: `amount-${a}`,
		offset: sign * a,
		unit,
		from,
		...(correct ? { correct: true } : {}),
	});
	const options = [option(amount, true), ...distractorAmounts(amount, distractors).map((a) => option(a, false))];
	if (options.length < 2) return undefined; // an offset of 0 has no amount to vary
	return {
		id,
		// The rule's own fact: an authored question about the same rule names the rule id as its group.
		group: rule.id,
		kind: 'timing',
		standard: rule.source.standard,
		anchor: rule.source.anchor,
		difficulty: 2,
		// Each rule has its own natural question (`prompt-timing-<rule id>` in the quiz messages);
		// `from` lets the page fall back to a general wording for a rule added without one.
		prompt: { code: `prompt-timing-${rule.id}`, params: { standard: rule.source.standard, label: rule.label, from } },
		explanation: { quote: rule.source.quote },
		options: seededShuffle(options, id),
	};
}

/** A timing question for every rule that makes one, in the rules' order. */
export function timingQuestions(rules: readonly QuizTimingRule[], distractors: number = 3): TimingQuestion[] {
	return rules.flatMap((rule) => timingQuestion(rule, distractors) ?? []);
}

/** The clause every seating question checks: 第二篇 四(三)2(1). */
export const ROSTRUM_CLAUSE = {
	/** The fact group of every rostrum-order question, generated or authored. */
	group: 'rostrum-order',
	standard: 'office-standard',
	anchor: 's4-3-2-1',
	quote: '會議主席臺座次排列順序,一般按職務高低排列,以主席臺座位為準,無論人數單、雙,均以最高領導為中心,然后依先左后右次序排列。',
} as const;

/** Fill a rostrum of `count` seats with ranks 1..count; checked against rostrumOrder. */
export function seatingQuestion(count: number, honour: Honour = 'left'): SeatingQuestion {
	return {
		id: `gen-seating-${count}-${honour}`,
		group: ROSTRUM_CLAUSE.group,
		kind: 'seating',
		standard: ROSTRUM_CLAUSE.standard,
		anchor: ROSTRUM_CLAUSE.anchor,
		difficulty: difficultyBySize(count, 3, 6),
		prompt: { code: 'prompt-seating', params: { standard: ROSTRUM_CLAUSE.standard, count, honour } },
		explanation: { quote: ROSTRUM_CLAUSE.quote },
		count,
		honour,
		answer: rostrumOrder(count, honour),
	};
}
