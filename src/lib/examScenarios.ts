import { addDays } from './civilDate';
import { seededRandom, seededShuffle } from './quiz';
import { rostrumOrder } from './seating';

/**
 * Scenario questions of the supervised exam: the trainee does by hand what the site's
 * tools do (deadlines on the working-day calendar, the rostrum order, a checklist), and
 * the key is what the tools compute. Codes and parameters only; the page fills the text.
 */

/**
 * A week whose notice deadline falls on a holiday, as the deadline tool computes it for
 * 第五篇's 下周會議通知一般應于上周五下午4點前發出: the meeting's date, the calendar Friday
 * before its week, the holiday it falls in, and the last working day before that Friday.
 */
export interface NoticeWeek {
	meeting: string;
	friday: string;
	holiday: string;
	lastWorkday: string;
}

export interface ScenarioOption {
	id: string;
	/** A date `YYYY-MM-DD` (notice), or a step label (checklist), verbatim. */
	value: string;
	correct?: true;
}

export interface NoticeScenario {
	kind: 'notice-deadline';
	id: string;
	params: NoticeWeek;
	options: ScenarioOption[];
}

/**
 * Choose a holiday week by seed and ask by when the notice must go out. Wrong options are
 * what people pick: the holiday Friday itself, the Monday of the meeting's week, and the
 * working day before the right one.
 */
export function noticeScenario(weeks: readonly NoticeWeek[], seed: string): NoticeScenario | undefined {
	if (weeks.length === 0) return undefined;
	const week = weeks[Math.floor(seededRandom(`notice:${seed}`)() * weeks.length)]!;
	const candidates = [week.lastWorkday, week.friday, week.meeting, addDays(week.lastWorkday, -1)];
	const values = [...new Set(candidates)];
	const options = values.map((value, index): ScenarioOption => ({
		id: `date-${index}`,
		value,
		...(index === 0 ? { correct: true as const } : {}),
	}));
	return {
		kind: 'notice-deadline',
		id: `exam-notice-${week.meeting}`,
		params: week,
		options: seededShuffle(options, `notice-options:${seed}`),
	};
}

export interface RostrumScenario {
	kind: 'rostrum';
	id: string;
	count: number;
	/** Indexes into the page's list of sample names, in rank order (rank 1 first). */
	names: number[];
	/** The rank in each seat, left to right as seen from the audience (rostrumOrder). */
	answer: number[];
}

/** Seven leaders, ranked; seat them by 第二篇's rule. Which sample name holds which rank changes with the seed. */
export function rostrumScenario(seed: string, nameCount: number, count = 7): RostrumScenario {
	const names = seededShuffle(
		Array.from({ length: nameCount }, (_, index) => index),
		`rostrum:${seed}`,
	).slice(0, count);
	return { kind: 'rostrum', id: `exam-rostrum-${count}`, count, names, answer: rostrumOrder(count, 'left') };
}

/** What the checklist scenario reads of a flow. */
export interface ScenarioFlow {
	id: string;
	title: string;
	steps: readonly { id: string; label: string }[];
}

export interface MissingItemScenario {
	kind: 'missing-item';
	id: string;
	flow: string;
	title: string;
	/** The flow's steps in order, one left out. */
	shown: string[];
	options: ScenarioOption[];
}

/**
 * A flow's checklist with one step left out: pick the missing one among three steps of
 * other flows that this flow does not have. Undefined without a flow of 4+ steps.
 */
export function missingItemScenario(flows: readonly ScenarioFlow[], seed: string): MissingItemScenario | undefined {
	const usable = flows.filter((flow) => flow.steps.length >= 4);
	if (usable.length === 0) return undefined;
	const random = seededRandom(`missing:${seed}`);
	const flow = usable[Math.floor(random() * usable.length)]!;
	const missing = flow.steps[1 + Math.floor(random() * (flow.steps.length - 1))]!;
	const own = new Set(flow.steps.map((step) => step.label));
	const others = [...new Set(flows.filter((f) => f.id !== flow.id).flatMap((f) => f.steps.map((step) => step.label)))].filter(
		(label) => !own.has(label),
	);
	const wrong = seededShuffle(others, `missing-wrong:${seed}`).slice(0, 3);
	const options: ScenarioOption[] = [
		{ id: 'missing', value: missing.label, correct: true },
		...wrong.map((value, index) => ({ id: `other-${index}`, value })),
	];
	return {
		kind: 'missing-item',
		id: `exam-missing-${flow.id}`,
		flow: flow.id,
		title: flow.title,
		shown: flow.steps.filter((step) => step !== missing).map((step) => step.label),
		options: seededShuffle(options, `missing-options:${seed}`),
	};
}
