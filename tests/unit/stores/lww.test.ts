import { describe, expect, it } from 'vitest';
import type { ProgressState, StepMark } from '../../../src/schemas/progress';
import { laterMark, mergeProgress } from '../../../src/stores/lww';
import { EMPTY_PROGRESS } from '../../../src/stores/progressState';

const mark = (done: boolean, at: number): StepMark => ({ done, at });
const practice = (flows: Record<string, Record<string, StepMark>>): ProgressState => ({ runs: { practice: flows }, deletedRuns: {} });

/** Small deterministic PRNG (mulberry32) so the property checks are reproducible. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A random state over few ids and few timestamps, so collisions (same key, same time) happen often. */
function randomState(next: () => number): ProgressState {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const state: ProgressState = { runs: {}, deletedRuns: {} };
	const marks = Math.floor(next() * 8);
	for (let i = 0; i < marks; i++) {
		const run = (state.runs[pick(['practice', 'meeting-1'])] ??= {});
		const flow = (run[pick(['plenary', 'on-site'])] ??= {});
		flow[pick(['s1', 's2', 's3', 's3/a'])] = mark(next() < 0.6, pick([1, 2, 3, 4, 5]));
	}
	if (next() < 0.3) state.deletedRuns[pick(['practice', 'meeting-1'])] = pick([1, 2, 3, 4, 5]);
	return state;
}

describe('laterMark', () => {
	it('takes the later timestamp', () => {
		expect(laterMark(mark(true, 1), mark(false, 2))).toEqual(mark(false, 2));
		expect(laterMark(mark(false, 3), mark(true, 2))).toEqual(mark(false, 3));
	});

	it('breaks a tie the same way whatever the argument order (the tick wins)', () => {
		expect(laterMark(mark(true, 5), mark(false, 5))).toEqual(mark(true, 5));
		expect(laterMark(mark(false, 5), mark(true, 5))).toEqual(mark(true, 5));
	});
});

describe('two tabs tick different steps', () => {
	it('keeps both ticks', () => {
		const a = practice({ plenary: { s1: mark(true, 10) } });
		const b = practice({ plenary: { s2: mark(true, 11) }, 'on-site': { s1: mark(true, 12) } });
		expect(mergeProgress(a, b)).toEqual(
			practice({ plenary: { s1: mark(true, 10), s2: mark(true, 11) }, 'on-site': { s1: mark(true, 12) } }),
		);
	});

	it('keeps different runs apart', () => {
		const a = practice({ plenary: { s1: mark(true, 1) } });
		const b: ProgressState = { runs: { 'meeting-1': { plenary: { s1: mark(false, 2) } } }, deletedRuns: {} };
		const merged = mergeProgress(a, b);
		expect(merged.runs.practice?.plenary?.s1).toEqual(mark(true, 1));
		expect(merged.runs['meeting-1']?.plenary?.s1).toEqual(mark(false, 2));
	});
});

describe('the same step in both tabs', () => {
	it('takes the later change: an untick after a tick', () => {
		const a = practice({ plenary: { s1: mark(true, 10) } });
		const b = practice({ plenary: { s1: mark(false, 20) } });
		expect(mergeProgress(a, b).runs.practice?.plenary?.s1).toEqual(mark(false, 20));
	});

	it('takes the later change: a tick after an untick', () => {
		const a = practice({ plenary: { s1: mark(true, 30) } });
		const b = practice({ plenary: { s1: mark(false, 20) } });
		expect(mergeProgress(a, b).runs.practice?.plenary?.s1).toEqual(mark(true, 30));
	});
});

describe('reset against a stale tab', () => {
	it('a reset tombstone beats the stale tab’s older tick', () => {
		const resetTab = practice({ plenary: { s1: mark(false, 100), s2: mark(false, 100) } });
		const staleTab = practice({ plenary: { s1: mark(true, 10), s2: mark(true, 20) } });
		expect(mergeProgress(staleTab, resetTab)).toEqual(resetTab);
	});

	it('a tick made after the reset survives it', () => {
		const resetTab = practice({ plenary: { s1: mark(false, 100), s2: mark(false, 100) } });
		const lateTab = practice({ plenary: { s1: mark(true, 10), s2: mark(true, 150) } });
		expect(mergeProgress(resetTab, lateTab)).toEqual(practice({ plenary: { s1: mark(false, 100), s2: mark(true, 150) } }));
	});
});

describe('deleted runs', () => {
	it('drops marks of a deleted run made before the deletion, in whichever tab they are', () => {
		const deleter: ProgressState = { runs: {}, deletedRuns: { 'meeting-1': 50 } };
		const stale: ProgressState = { runs: { 'meeting-1': { plenary: { s1: mark(true, 40) } } }, deletedRuns: {} };
		expect(mergeProgress(stale, deleter)).toEqual({ runs: {}, deletedRuns: { 'meeting-1': 50 } });
	});

	it('keeps marks made after the deletion', () => {
		const deleter: ProgressState = { runs: {}, deletedRuns: { 'meeting-1': 50 } };
		const later: ProgressState = { runs: { 'meeting-1': { plenary: { s1: mark(true, 40), s2: mark(true, 60) } } }, deletedRuns: {} };
		expect(mergeProgress(deleter, later)).toEqual({
			runs: { 'meeting-1': { plenary: { s2: mark(true, 60) } } },
			deletedRuns: { 'meeting-1': 50 },
		});
	});

	it('keeps the later of two deletion times', () => {
		const a: ProgressState = { runs: {}, deletedRuns: { r: 5 } };
		const b: ProgressState = { runs: {}, deletedRuns: { r: 9 } };
		expect(mergeProgress(a, b).deletedRuns).toEqual({ r: 9 });
	});
});

describe('algebra: tabs converge whatever order states arrive in', () => {
	const next = random(20260115);
	const samples = Array.from({ length: 300 }, () => [randomState(next), randomState(next), randomState(next)] as const);

	it('is commutative', () => {
		for (const [a, b] of samples) expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
	});

	it('is associative', () => {
		for (const [a, b, c] of samples) expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
	});

	it('is idempotent', () => {
		for (const [a, b] of samples) {
			const merged = mergeProgress(a, b);
			expect(mergeProgress(merged, merged)).toEqual(merged);
			expect(mergeProgress(merged, a)).toEqual(merged);
		}
	});

	it('has the empty state as identity (after normalising)', () => {
		for (const [a] of samples) {
			const normal = mergeProgress(a, EMPTY_PROGRESS);
			expect(mergeProgress(EMPTY_PROGRESS, normal)).toEqual(normal);
			expect(mergeProgress(normal, normal)).toEqual(normal);
		}
	});

	it('serialises equal results identically (sorted keys), so tabs compare cheaply', () => {
		for (const [a, b] of samples) expect(JSON.stringify(mergeProgress(a, b))).toBe(JSON.stringify(mergeProgress(b, a)));
	});
});
