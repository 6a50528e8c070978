import { describe, expect, it } from 'vitest';
import { PASS_PERCENT } from '../../src/lib/quizSets';
import { attemptPercent, bestAttempts, isPassed, learningRecord } from '../../src/lib/trainingRecord';
import type { QuizAttempt } from '../../src/schemas/quizHistory';
import type { TrainingState } from '../../src/schemas/training';

const attempt = (id: string, overrides: Partial<QuizAttempt>): QuizAttempt => ({
	id,
	set: 'office-standard',
	mode: 'full',
	seed: 's',
	at: 1,
	finishedOn: '2026-03-05T09:07',
	total: 5,
	max: 10,
	missed: [],
	...overrides,
});

describe('best attempt per quiz', () => {
	it('takes the highest score of each quiz', () => {
		const best = bestAttempts([
			attempt('a', { total: 6 }),
			attempt('b', { total: 9, at: 2 }),
			attempt('c', { total: 7, at: 3 }),
			attempt('m', { set: 'mixed', total: 12, max: 15 }),
		]);
		expect(best['office-standard']?.id).toBe('b');
		expect(best.mixed?.id).toBe('m');
		expect(best['school-procedure']).toBeUndefined();
	});

	it('never counts a retry of the missed questions as the quiz score', () => {
		const best = bestAttempts([attempt('full', { total: 6 }), attempt('retry', { mode: 'retry', total: 1, max: 1, at: 9 })]);
		expect(best['office-standard']?.id).toBe('full');
	});

	it('compares exact scores, not rounded percentages (partial credit)', () => {
		// 8.666…/10 and 8.67/10 both round to 87%.
		const best = bestAttempts([attempt('thirds', { total: 8 + 2 / 3, at: 5 }), attempt('more', { total: 8.67, at: 1 })]);
		expect(best['office-standard']?.id).toBe('more');
	});

	it('on equal scores shows the latest attempt (and its date)', () => {
		const best = bestAttempts([
			attempt('early', { total: 9, at: 1, finishedOn: '2026-03-01T08:00' }),
			attempt('late', { total: 9, at: 2, finishedOn: '2026-03-09T08:00' }),
		]);
		expect(best['office-standard']?.finishedOn).toBe('2026-03-09T08:00');
	});
});

describe('passing', () => {
	it(`passes from ${PASS_PERCENT}% on`, () => {
		expect(isPassed(attempt('a', { total: 8 }))).toBe(true);
		expect(isPassed(attempt('a', { total: 7.9 }))).toBe(false);
		expect(isPassed(undefined)).toBe(false);
		expect(attemptPercent({ total: 7.95, max: 10 })).toBe(80);
	});
});

describe('the learning record', () => {
	const training: TrainingState = {
		read: {
			'office-standard': { done: true, at: 5, on: '2026-03-02T10:00' },
			'county-meetings': { done: false, at: 6, on: '2026-03-03T10:00' },
			// Ticked, but the page was never opened and scrolled: does not count.
			'school-procedure': { done: true, at: 7, on: '2026-03-04T10:00' },
		},
		opened: {
			'office-standard': { done: true, at: 4, on: '2026-03-02T09:50' },
			'county-meetings': { done: true, at: 4, on: '2026-03-02T09:50' },
		},
	};

	it('lists every standard in order, with the date of its 已讀 tick, counted only once the standard was opened and scrolled', () => {
		const record = learningRecord(training, []);
		expect(record.reading).toEqual([
			{ standard: 'county-meetings' },
			{ standard: 'office-standard', readOn: '2026-03-02T10:00' },
			{ standard: 'district-committee' },
			{ standard: 'standard-process-2017' },
			{ standard: 'school-procedure' },
		]);
	});

	it('gives each quiz its best score, attempt count and whether it is passed, the mixed one last', () => {
		const record = learningRecord(training, [
			attempt('a', { total: 9 }),
			attempt('b', { total: 6, at: 2 }),
			attempt('r', { mode: 'retry', total: 1, max: 1, at: 3 }),
		]);
		expect(record.quizzes.map((row) => row.set)).toEqual([
			'county-meetings',
			'office-standard',
			'district-committee',
			'standard-process-2017',
			'school-procedure',
			'mixed',
		]);
		expect(record.quizzes[1]).toMatchObject({ set: 'office-standard', attempts: 2, passed: true, best: { id: 'a' } });
		expect(record.quizzes[0]).toEqual({ set: 'county-meetings', attempts: 0, passed: false });
	});

	it('counts progress over 5 readings, 5 quizzes and the mixed self-check', () => {
		expect(learningRecord({ read: {}, opened: {} }, []).progress).toEqual({ done: 0, total: 11 });
		const record = learningRecord(training, [attempt('a', { total: 9 }), attempt('m', { set: 'mixed', total: 10, max: 15 })]);
		// read 1, office-standard passed; mixed at 67% is not passed.
		expect(record.progress).toEqual({ done: 2, total: 11 });
	});
});
