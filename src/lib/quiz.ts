import type { QuizAnswer, QuizOption, QuizQuestion, TimingOption } from '../schemas/quiz';

/** Score of one answer: 0..1, and whether it was fully right. */
export interface AnswerScore {
	score: number;
	correct: boolean;
}

const NONE: AnswerScore = { score: 0, correct: false };

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Each id once, in first-chosen order: ticking a box twice is still one choice. */
const distinct = (ids: readonly string[]) => [...new Set(ids)];

function scoreChoice(options: readonly (QuizOption | TimingOption)[], answer: QuizAnswer | undefined): AnswerScore {
	const chosen = typeof answer === 'string' ? answer : isStringArray(answer) && answer.length === 1 ? answer[0] : undefined;
	const right = options.find((option) => option.correct)?.id;
	return chosen !== undefined && chosen === right ? { score: 1, correct: true } : NONE;
}

// Partial credit: (right options chosen − wrong options chosen) / right options, never below 0.
function scoreMultiple(options: readonly QuizOption[], answer: QuizAnswer | undefined): AnswerScore {
	if (!isStringArray(answer)) return NONE;
	const right = new Set(options.filter((option) => option.correct).map((option) => option.id));
	const chosen = distinct(answer);
	const hits = chosen.filter((id) => right.has(id)).length;
	const misses = chosen.length - hits; // unknown ids count as wrong choices too
	const score = Math.max(0, (hits - misses) / right.size);
	return { score, correct: hits === right.size && misses === 0 };
}

/**
 * The share of step pairs an order puts in the same relative order as `rightOrder`.
 * Pairs, not "positions in the right place", because one step moved early shifts every
 * other step's position and would score near zero although the rest of the flow is right.
 * A step missing from the answer loses all its pairs; a repeated step counts where it
 * first appears.
 */
export function pairsInOrder(rightOrder: readonly string[], answer: readonly string[]): number {
	const n = rightOrder.length;
	if (n < 2) return answer[0] === rightOrder[0] ? 1 : 0;
	const position = new Map<string, number>();
	answer.forEach((id, index) => {
		if (!position.has(id)) position.set(id, index);
	});
	let inOrder = 0;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const a = position.get(rightOrder[i]!);
			const b = position.get(rightOrder[j]!);
			if (a !== undefined && b !== undefined && a < b) inOrder++;
		}
	}
	return inOrder / ((n * (n - 1)) / 2);
}

/**
 * Partial credit for an ordering: only what is better than chance counts. A random order
 * puts half the pairs right, so the score is 2 × (share of pairs in order) − 1, never below
 * 0. Steps are always shown with at most half the pairs in order (`scrambledOrder`), so
 * checking the order as shown scores 0; one step moved one place in five scores 0.8.
 */
export function orderingScore(rightOrder: readonly string[], answer: readonly string[]): number {
	if (rightOrder.length < 2) return pairsInOrder(rightOrder, answer);
	return Math.max(0, 2 * pairsInOrder(rightOrder, answer) - 1);
}

/**
 * The order steps are shown in for a seed: a shuffle that puts at most half of the step
 * pairs in the right order (so leaving it untouched scores 0), the same for the same seed.
 * Tries a few seeded shuffles, then falls back to the reversed order (no pair right).
 */
export function scrambledOrder<T extends string>(rightOrder: readonly T[], seed: number | string): T[] {
	for (let attempt = 0; attempt < 16; attempt++) {
		const shown = seededShuffle(rightOrder, attempt === 0 ? seed : `${seed}#${attempt}`);
		if (pairsInOrder(rightOrder, shown) <= 0.5) return shown;
	}
	return [...rightOrder].reverse();
}

function scoreOrdering(rightOrder: readonly string[], answer: QuizAnswer | undefined): AnswerScore {
	if (!isStringArray(answer)) return NONE;
	const score = orderingScore(rightOrder, answer);
	return { score, correct: score === 1 };
}

// Share of seats holding the right rank; extra entries beyond the rostrum are ignored.
function scoreSeating(rightRanks: readonly number[], answer: QuizAnswer | undefined): AnswerScore {
	if (!Array.isArray(answer) || rightRanks.length === 0) return NONE;
	const seatsRight = rightRanks.filter((rank, seat) => answer[seat] === rank).length;
	const score = seatsRight / rightRanks.length;
	return { score, correct: seatsRight === rightRanks.length };
}

/** Scores one answer against its question. An empty or malformed answer scores 0. */
export function scoreAnswer(question: QuizQuestion, answer: QuizAnswer | null | undefined): AnswerScore {
	const given = answer ?? undefined;
	switch (question.kind) {
		case 'single':
		case 'timing':
			return scoreChoice(question.options, given);
		case 'multiple':
			return scoreMultiple(question.options, given);
		case 'true-false':
			return given === question.answer ? { score: 1, correct: true } : NONE;
		case 'ordering':
			return scoreOrdering(question.answer, given);
		case 'seating':
			return scoreSeating(question.answer, given);
	}
}

export interface QuestionResult<Q extends QuizQuestion = QuizQuestion> extends AnswerScore {
	question: Q;
}

export interface QuizResult<Q extends QuizQuestion = QuizQuestion> {
	/** Sum of the questions' scores (partial credit included). */
	total: number;
	/** One point per question. */
	max: number;
	/** total / max as a whole percentage; 0 for an empty quiz. */
	percent: number;
	/** Ids of the questions not fully right, in the order they were asked. */
	missed: string[];
	results: QuestionResult<Q>[];
}

/** Scores a whole quiz; `answers` is keyed by question id, unanswered questions score 0. */
export function scoreQuiz<Q extends QuizQuestion>(
	questions: readonly Q[],
	answers: Readonly<Record<string, QuizAnswer | null | undefined>>,
): QuizResult<Q> {
	const results = questions.map((question) => ({
		question,
		...scoreAnswer(question, Object.hasOwn(answers, question.id) ? answers[question.id] : undefined),
	}));
	const total = results.reduce((sum, result) => sum + result.score, 0);
	const max = questions.length;
	return {
		total,
		max,
		percent: max === 0 ? 0 : Math.round((total / max) * 100),
		missed: results.filter((result) => !result.correct).map((result) => result.question.id),
		results,
	};
}

/** The questions to ask again (重做錯題): those not fully right, in the order first asked. */
export function retryMissed<Q extends QuizQuestion>(result: QuizResult<Q>): Q[] {
	return result.results.filter((item) => !item.correct).map((item) => item.question);
}

/** A 32-bit seed from a number or a string (FNV-1a), so a seed can be a date or a question id. */
export function seedFrom(seed: number | string): number {
	if (typeof seed === 'number') return seed >>> 0;
	let hash = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		hash ^= seed.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: small, fast and the same on every engine — quizzes must be reproducible. */
export function seededRandom(seed: number | string): () => number {
	let state = seedFrom(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates); the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number | string): T[] {
	const random = seededRandom(seed);
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

export interface PickOptions {
	/** Only questions of this standard; all standards when absent. */
	standard?: string;
	/** How many questions; fewer when the bank holds fewer. */
	count: number;
	seed: number | string;
}

/**
 * A reproducible selection from the bank: filtered, shuffled with the seed, then taken in
 * that order, skipping a question whose fact group is already drawn and a second seating
 * question (two rostrum puzzles test one rule twice). Fewer than `count` when the pool
 * has fewer groups.
 */
export function pickQuestions<Q extends QuizQuestion>(bank: readonly Q[], { standard, count, seed }: PickOptions): Q[] {
	const pool = standard === undefined ? bank : bank.filter((question) => question.standard === standard);
	const wanted = Math.max(0, Math.floor(count));
	const picked: Q[] = [];
	const groups = new Set<string>();
	let seating = false;
	for (const question of seededShuffle(pool, seed)) {
		if (picked.length >= wanted) break;
		if (groups.has(question.group) || (seating && question.kind === 'seating')) continue;
		groups.add(question.group);
		seating ||= question.kind === 'seating';
		picked.push(question);
	}
	return picked;
}

/**
 * The message codes that spell out a timing option: `timing-before`/`timing-after` filled with
 * the amount and the texts of `from-<from>` and `unit-<unit>` (會議開始前 2 小時).
 */
export function timingOptionCodes(option: Pick<TimingOption, 'offset' | 'unit' | 'from'>) {
	return {
		code: option.offset < 0 ? 'timing-before' : 'timing-after',
		amount: Math.abs(option.offset),
		from: `from-${option.from}`,
		unit: `unit-${option.unit}`,
	} as const;
}
