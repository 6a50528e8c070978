import type { AuthoredQuestion, QuizQuestion } from '../schemas/quiz';
import { orderingQuestion, type QuizFlow, type QuizTimingRule, seatingQuestion, timingQuestions } from './quizGenerators';

/**
 * The whole question bank the quizzes draw from: the authored questions
 * (content/quiz) plus those generated from the flow, rule and seating data.
 */

/**
 * The flow sections that are real sequences, each with its fact group. Only these make
 * ordering questions: lists of points (第一篇's 一是…二是…), of concurrent duties (第二篇
 * 會議報到, 會中服務, 會后工作; 第四篇 會中/會后工作) or of alternatives (第五篇 電話通知)
 * have no order a learner could know. 第三篇's flow charts (steps joined by ——) and 第四篇's
 * numbered 會前準備工作 are sequences. Flows that differ in one step share a group: they
 * test one sequence.
 */
export const ORDERING_SECTIONS: ReadonlyArray<{ flow: string; section: string; group: string }> = [
	{ flow: 'daily-preparatory', section: 'steps', group: 'district-committee-daily-flow' },
	{ flow: 'daily-secretary-convened', section: 'steps', group: 'district-committee-daily-flow' },
	{ flow: 'secretaries', section: 'steps', group: 'district-committee-secretaries-flow' },
	{ flow: 'standing-committee', section: 'steps', group: 'district-committee-secretaries-flow' },
	{ flow: 'on-site', section: 'steps', group: 'district-committee-on-site-flow' },
	{ flow: 'standard-process-2017', section: 'before-meeting', group: 'standard-process-2017-before-meeting-flow' },
];

/** Rostrum sizes asked about: odd and even, small to a full row. 以左為上 only: the clause names no other rule. */
export const SEATING_QUESTION_COUNTS = [3, 4, 5, 6] as const;

export interface QuestionBankSources {
	authored: readonly AuthoredQuestion[];
	flows: readonly QuizFlow[];
	rules: readonly QuizTimingRule[];
}

/**
 * Every question, sorted by id: the order a collection loads in must not change which
 * questions a seed draws (a saved seed replays the same quiz). A generated timing question
 * whose rule an authored question already asks (same fact group) is left out: the authored
 * one, written with the amounts staff really confuse, asks that fact. Ordering and seating
 * questions practise applying a fact rather than restating it; they stay, and share their
 * group with the authored question on the same fact, so a draw holds one of them.
 */
export function buildQuestionBank({ authored, flows, rules }: QuestionBankSources): QuizQuestion[] {
	const flowsById = new Map(flows.map((flow) => [flow.id, flow]));
	const ordering = ORDERING_SECTIONS.flatMap(({ flow, section, group }) => {
		const data = flowsById.get(flow);
		return (data && orderingQuestion(data, section, group)) ?? [];
	});
	const seating = SEATING_QUESTION_COUNTS.map((count) => seatingQuestion(count, 'left'));
	const authoredGroups = new Set(authored.map((question) => question.group));
	const timing = timingQuestions(rules).filter((question) => !authoredGroups.has(question.group));
	const bank: QuizQuestion[] = [...authored, ...ordering, ...timing, ...seating];
	return bank.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
