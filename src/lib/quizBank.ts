import type { AuthoredQuestion, QuizQuestion } from '../schemas/quiz';
import { orderingQuestions, type QuizFlow, type QuizTimingRule, seatingQuestion, timingQuestions } from './quizGenerators';

/**
 * The whole question bank the quizzes draw from: the authored questions
 * (content/quiz) plus those generated from the flow, rule and seating data.
 */

/**
 * Generated ordering questions left out because their section is a list of points or of
 * concurrent duties, not a sequence: there is no "right" order a learner could know.
 */
export const EXCLUDED_ORDERING_QUESTIONS: ReadonlySet<string> = new Set([
	// 第一篇 lists its points as 一是…二是…三是: numbering, not a process.
	'gen-order-county-reception-planning',
	'gen-order-county-reception-implementation',
	'gen-order-county-reception-review',
	// 第二篇 七、會中服務: manners, patrolling, briefings and the minutes paper all happen at once.
	'gen-order-office-standard-in-meeting',
	// 第四篇 二、會中工作: refilling water and taking notes run side by side; 突發情況 is a contingency.
	'gen-order-standard-process-2017-during-meeting',
	// 第五篇 二、會議的通知: 2 (a phone notice for an ad-hoc meeting) is an alternative to 1, not a next step.
	'gen-order-school-procedure-notice',
]);

/** Rostrum sizes asked about: odd and even, small to a full row. 以左為上 only: the clause names no other rule. */
export const SEATING_QUESTION_COUNTS = [3, 4, 5, 6] as const;

export interface QuestionBankSources {
	authored: readonly AuthoredQuestion[];
	flows: readonly QuizFlow[];
	rules: readonly QuizTimingRule[];
}

/**
 * Every question, sorted by id: the order a collection loads in must not change which
 * questions a seed draws (a saved seed replays the same quiz).
 */
export function buildQuestionBank({ authored, flows, rules }: QuestionBankSources): QuizQuestion[] {
	const ordering = flows.flatMap((flow) => orderingQuestions(flow)).filter((question) => !EXCLUDED_ORDERING_QUESTIONS.has(question.id));
	const seating = SEATING_QUESTION_COUNTS.map((count) => seatingQuestion(count, 'left'));
	const bank: QuizQuestion[] = [...authored, ...ordering, ...timingQuestions(rules), ...seating];
	return bank.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
