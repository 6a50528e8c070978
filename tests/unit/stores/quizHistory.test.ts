import { afterEach, describe, expect, it } from 'vitest';
import type { QuizAttempt, QuizHistory } from '../../../src/schemas/quizHistory';
import {
	createQuizHistoryStore,
	EMPTY_QUIZ_HISTORY,
	MAX_ATTEMPTS,
	mergeQuizHistory,
	QUIZ_HISTORY_KEY,
	QUIZ_HISTORY_VERSION,
	type FinishedAttempt,
	type QuizHistoryStore,
} from '../../../src/stores/quizHistory';
import { storageStatus } from '../../../src/stores/storageStatus';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

/** The quiz history end to end: tabs sharing one fake localStorage, each with its own clock. */
const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

let ids = 0;
function openTab(tab: FakeTab, clock: { now: number }): QuizHistoryStore {
	const store = createQuizHistoryStore({
		environment: tab,
		now: () => clock.now,
		wallClock: () => '2026-03-05T09:07',
		newId: () => `attempt-${++ids}`,
	});
	unsubscribers.push(store.$quizHistory.listen(() => {}));
	return store;
}

const finished = (overrides: Partial<FinishedAttempt> = {}): FinishedAttempt => ({
	set: 'office-standard',
	mode: 'full',
	seed: 'abc123',
	total: 9,
	max: 10,
	missed: ['office-standard-plan-approver'],
	...overrides,
});

const attempt = (id: string, at: number, overrides: Partial<QuizAttempt> = {}): QuizAttempt => ({
	...finished(),
	id,
	at,
	finishedOn: '2026-03-05T09:07',
	...overrides,
});

const ids_ = (store: QuizHistoryStore) => store.$quizHistory.get().attempts.map((a) => a.id);
const stored = (browser: FakeBrowser) => JSON.parse(browser.raw(QUIZ_HISTORY_KEY)!) as { version: number; data: QuizHistory };

describe('the store', () => {
	it('lives under huiwu:v1:quiz-history at data version 1, with id, time and wall clock added', () => {
		const browser = new FakeBrowser();
		const tab = openTab(browser.tab(), { now: 1000 });
		const saved = tab.recordAttempt(finished());
		expect(QUIZ_HISTORY_KEY).toBe('huiwu:v1:quiz-history');
		expect(saved).toMatchObject({ ...finished(), at: 1000, finishedOn: '2026-03-05T09:07' });
		expect(saved.id).toMatch(/^attempt-\d+$/);
		expect(stored(browser)).toEqual({ version: QUIZ_HISTORY_VERSION, data: { attempts: [saved], clearedAt: 0 } });
	});

	it('keeps attempts oldest first', () => {
		const browser = new FakeBrowser();
		const clock = { now: 100 };
		const tab = openTab(browser.tab(), clock);
		const a = tab.recordAttempt(finished());
		clock.now = 200;
		const b = tab.recordAttempt(finished({ mode: 'retry', total: 1, max: 1, missed: [] }));
		expect(ids_(tab)).toEqual([a.id, b.id]);
	});

	it('does not overwrite stored data it cannot read, and says so', () => {
		const browser = new FakeBrowser();
		browser.items.set(QUIZ_HISTORY_KEY, JSON.stringify({ version: 1, data: { attempts: 'lots' } }));
		const tab = openTab(browser.tab(), { now: 1 });
		tab.recordAttempt(finished());
		expect(storageStatus.get()[QUIZ_HISTORY_KEY]).toMatchObject({ code: 'invalid', unsaved: true });
		expect(browser.raw(QUIZ_HISTORY_KEY)).toBe(JSON.stringify({ version: 1, data: { attempts: 'lots' } }));
	});
});

describe('two tabs', () => {
	it('both keep the attempts each finished, merged by attempt id', () => {
		const browser = new FakeBrowser();
		const a = openTab(browser.tab(), { now: 100 });
		const b = openTab(browser.tab(), { now: 100 });
		const fromA = a.recordAttempt(finished());
		const fromB = b.recordAttempt(finished({ set: 'mixed', total: 12, max: 15 }));
		browser.deliver();
		const expected = [fromA.id, fromB.id].sort();
		expect(ids_(a).sort()).toEqual(expected);
		expect(ids_(b).sort()).toEqual(expected);
		expect(stored(browser).data).toEqual(a.$quizHistory.get());
	});

	it('a clear removes the attempts of every tab, and a stale tab cannot bring them back', () => {
		const browser = new FakeBrowser();
		const clockA = { now: 100 };
		const a = openTab(browser.tab(), clockA);
		const stale = openTab(browser.tab(), { now: 50 });
		a.recordAttempt(finished());
		stale.recordAttempt(finished({ set: 'mixed', max: 15 }));
		browser.deliver();
		clockA.now = 300;
		a.clearHistory();
		// The stale tab finishes another quiz before the clear reaches it; its clock is behind.
		const late = stale.recordAttempt(finished({ set: 'school-procedure' }));
		browser.deliver();
		expect(ids_(a)).toEqual([late.id]);
		expect(ids_(stale)).toEqual([late.id]);
		expect(late.at).toBeGreaterThan(a.$quizHistory.get().clearedAt);
	});
});

describe('merging', () => {
	const x: QuizHistory = { attempts: [attempt('a', 1), attempt('b', 3)], clearedAt: 0 };
	const y: QuizHistory = { attempts: [attempt('c', 2), attempt('b', 3)], clearedAt: 0 };
	const z: QuizHistory = { attempts: [attempt('d', 5)], clearedAt: 1 };

	it('is commutative, associative and idempotent', () => {
		expect(mergeQuizHistory(x, y)).toEqual(mergeQuizHistory(y, x));
		expect(mergeQuizHistory(mergeQuizHistory(x, y), z)).toEqual(mergeQuizHistory(x, mergeQuizHistory(y, z)));
		expect(mergeQuizHistory(x, x)).toEqual(x);
	});

	it('keeps each attempt once, in time order, without those a clear covers', () => {
		expect(mergeQuizHistory(mergeQuizHistory(x, y), z).attempts.map((a) => a.id)).toEqual(['c', 'b', 'd']);
	});

	it('keeps only the latest MAX_ATTEMPTS, so practice cannot fill the storage', () => {
		const many: QuizHistory = {
			attempts: Array.from({ length: MAX_ATTEMPTS + 5 }, (_, i) => attempt(`n${String(i).padStart(4, '0')}`, i + 1)),
			clearedAt: 0,
		};
		const merged = mergeQuizHistory(many, EMPTY_QUIZ_HISTORY);
		expect(merged.attempts).toHaveLength(MAX_ATTEMPTS);
		expect(merged.attempts[0]!.at).toBe(6);
	});
});
