import { formatMessage } from '../../i18n/format';
import type { QuizMessages, StandardNames } from '../../i18n/quizText';
import { weekday } from '../../lib/civilDate';
import { missingItemScenario, noticeScenario, rostrumScenario, type NoticeWeek, type ScenarioFlow } from '../../lib/examScenarios';
import { ROSTRUM_CLAUSE } from '../../lib/quizGenerators';
import { quizQuestions, type QuizSetId } from '../../lib/quizSets';
import type { QuizQuestion, SeatingQuestion, SingleQuestion } from '../../schemas/quiz';
import type { StandardId } from '../../schemas/standard';

/** What the exam's scenario questions need from the build: the tools' results and where they stand. */
export interface ExamSources {
	/** Weeks whose notice deadline falls on a holiday, as the deadline tool computes them. */
	noticeWeeks: NoticeWeek[];
	/** 第五篇's rule 下周會議通知…: its quote and clause. */
	noticeRule: { standard: StandardId; anchor: string; quote: string };
	/** 第三篇's flow charts, for the missing checklist item. */
	flows: (ScenarioFlow & { standard: StandardId; anchor: string })[];
}

const dateText = (date: string, m: QuizMessages) =>
	formatMessage(m['exam-date'], { date, weekday: m[`weekday-${weekday(date)}` as 'weekday-1'] });

/**
 * The supervised exam for a set and seed: the quiz's questions, then three scenario
 * questions worked out with the site's tools, as ordinary single-choice and seating
 * questions (so the paper test, its key and scoring treat them like any other).
 */
export function examQuestions(
	bank: readonly QuizQuestion[],
	set: QuizSetId,
	seed: string,
	sources: ExamSources,
	m: QuizMessages,
	standards: StandardNames,
): { questions: QuizQuestion[]; scenarios: number } {
	const scenarios: QuizQuestion[] = [];

	const notice = noticeScenario(sources.noticeWeeks, seed);
	if (notice) {
		const { standard, anchor, quote } = sources.noticeRule;
		const week = notice.params;
		const question: SingleQuestion = {
			id: notice.id,
			group: 'exam-notice-deadline',
			standard,
			anchor,
			kind: 'single',
			difficulty: 3,
			prompt: formatMessage(m['exam-notice-prompt'], {
				standard: standards[standard].part,
				meeting: week.meeting,
				meetingWeekday: m[`weekday-${weekday(week.meeting)}` as 'weekday-1'],
				friday: week.friday,
				holiday: week.holiday,
			}),
			options: notice.options.map((option) => ({
				id: option.id,
				text: dateText(option.value, m),
				...(option.correct ? { correct: true } : {}),
			})),
			explanation: { quote, note: m['exam-notice-note'] },
		};
		scenarios.push(question);
	}

	const names = m['exam-sample-names'].split('、');
	const rostrum = rostrumScenario(seed, names.length);
	const seating: SeatingQuestion = {
		id: rostrum.id,
		group: 'exam-rostrum',
		standard: ROSTRUM_CLAUSE.standard,
		anchor: ROSTRUM_CLAUSE.anchor,
		kind: 'seating',
		difficulty: 3,
		prompt: {
			code: 'exam-rostrum-prompt',
			params: {
				names: rostrum.names
					.map((index, rank) => formatMessage(m['exam-rostrum-name'], { rank: rank + 1, name: names[index]! }))
					.join('、'),
			},
		},
		explanation: { quote: ROSTRUM_CLAUSE.quote },
		count: rostrum.count,
		honour: 'left',
		answer: rostrum.answer,
	};
	scenarios.push(seating);

	const missing = missingItemScenario(sources.flows, seed);
	const flow = missing && sources.flows.find((f) => f.id === missing.flow);
	if (missing && flow) {
		const named = { standard: standards[flow.standard].part, title: missing.title };
		scenarios.push({
			id: missing.id,
			group: 'exam-missing-item',
			standard: flow.standard,
			anchor: flow.anchor,
			kind: 'single',
			difficulty: 2,
			prompt: formatMessage(m['exam-missing-prompt'], { ...named, steps: missing.shown.join('——') }),
			options: missing.options.map((option) => ({ id: option.id, text: option.value, ...(option.correct ? { correct: true } : {}) })),
			// Step labels are verbatim from the source (the flow data's contract): the missing one is the quote.
			explanation: { quote: missing.options.find((option) => option.correct)!.value, note: formatMessage(m['exam-missing-note'], named) },
		} satisfies SingleQuestion);
	}

	return { questions: [...quizQuestions(bank, set, seed), ...scenarios], scenarios: scenarios.length };
}
