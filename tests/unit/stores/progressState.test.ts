import { describe, expect, it } from 'vitest';
import { progressStateSchema, type ProgressState, type StepMark } from '../../../src/schemas/progress';
import {
	EMPTY_PROGRESS,
	PRACTICE_RUN,
	ProgressMigrationError,
	flowMarks,
	flowProgress,
	isStepDone,
	migrateProgressV0,
	orphanedProgress,
	withFlowReset,
	withMarks,
	withoutOrphans,
	withoutRun,
	withResetUndone,
} from '../../../src/stores/progressState';

const mark = (done: boolean, at: number): StepMark => ({ done, at });
const practice = (flows: Record<string, Record<string, StepMark>>): ProgressState => ({ runs: { practice: flows }, deletedRuns: {} });

describe('ticking', () => {
	it('records a tick with the clock’s time under run → flow → step key', () => {
		const state = withMarks(EMPTY_PROGRESS, PRACTICE_RUN, 'plenary', ['s1'], true, 1000);
		expect(state).toEqual(practice({ plenary: { s1: mark(true, 1000) } }));
		expect(isStepDone(state, 'practice', 'plenary', 's1')).toBe(true);
	});

	it('keeps sub-items under their own key stepId/itemId', () => {
		const state = withMarks(EMPTY_PROGRESS, 'practice', 'plenary', ['s2', 's2/a', 's2/b'], true, 5);
		expect([...flowProgress(state, 'practice', 'plenary')]).toEqual(['s2', 's2/a', 's2/b']);
	});

	it('leaves a key already in the requested state untouched (same object when nothing changes)', () => {
		const state = withMarks(EMPTY_PROGRESS, 'practice', 'plenary', ['s1'], true, 5);
		expect(withMarks(state, 'practice', 'plenary', ['s1'], true, 9)).toBe(state);
		expect(withMarks(state, 'practice', 'plenary', ['s9'], false, 9)).toBe(state);
	});

	it('stamps a later change after the mark it replaces, even if the clock did not move or went back', () => {
		let state = withMarks(EMPTY_PROGRESS, 'practice', 'plenary', ['s1'], true, 1000);
		state = withMarks(state, 'practice', 'plenary', ['s1'], false, 1000);
		expect(flowMarks(state, 'practice', 'plenary').s1).toEqual(mark(false, 1001));
		state = withMarks(state, 'practice', 'plenary', ['s1'], true, 900);
		expect(flowMarks(state, 'practice', 'plenary').s1).toEqual(mark(true, 1002));
	});

	it('produces states the schema accepts', () => {
		const state = withMarks(EMPTY_PROGRESS, 'meeting-1', 'on-site', ['s1', 's1/x'], true, 3);
		expect(progressStateSchema.safeParse(state).success).toBe(true);
	});
});

describe('selectors', () => {
	const state = practice({ plenary: { s1: mark(true, 1), s2: mark(false, 2), gone: mark(true, 3) } });

	it('flowMarks returns every mark of the flow, tombstones included, and {} for an unknown flow or run', () => {
		expect(flowMarks(state, 'practice', 'plenary')).toEqual(state.runs.practice!.plenary);
		expect(flowMarks(state, 'practice', 'on-site')).toEqual({});
		expect(flowMarks(state, 'meeting-9', 'plenary')).toEqual({});
	});

	it('flowProgress is the set of ticked keys (what src/lib/flows.ts reads), without tombstones', () => {
		expect(flowProgress(state, 'practice', 'plenary')).toEqual(new Set(['s1', 'gone']));
		expect(flowProgress(state, 'meeting-9', 'plenary').size).toBe(0);
	});

	it('isStepDone is false for a tombstone and for an unknown key', () => {
		expect(isStepDone(state, 'practice', 'plenary', 's1')).toBe(true);
		expect(isStepDone(state, 'practice', 'plenary', 's2')).toBe(false);
		expect(isStepDone(state, 'practice', 'plenary', 's9')).toBe(false);
	});
});

describe('rewording a step', () => {
	it('keeps its tick: progress is keyed by ids, so new text with the same id changes nothing', () => {
		const state = practice({ plenary: { s1: mark(true, 1) } });
		const reworded = { id: 'plenary', keys: ['s1'], labels: { s1: '以書面形式通知全體參會人員' } };
		expect(isStepDone(state, 'practice', reworded.id, 's1')).toBe(true);
		expect(orphanedProgress(state, [reworded]).count).toBe(0);
	});
});

describe('reset and undo', () => {
	const ticked = practice({ plenary: { s1: mark(true, 10), s2: mark(true, 20), s3: mark(false, 5) }, 'on-site': { s1: mark(true, 10) } });

	it('writes a done:false tombstone with the reset’s time for every ticked key of the flow only', () => {
		const { state, token } = withFlowReset(ticked, 'practice', 'plenary', 100);
		expect(state.runs.practice?.plenary).toEqual({ s1: mark(false, 100), s2: mark(false, 100), s3: mark(false, 5) });
		expect(state.runs.practice?.['on-site']).toEqual(ticked.runs.practice?.['on-site']);
		expect(token).toEqual({ runId: 'practice', flowId: 'plenary', cleared: { s1: 100, s2: 100 } });
	});

	it('returns no token when nothing was ticked', () => {
		expect(withFlowReset(EMPTY_PROGRESS, 'practice', 'plenary', 1)).toEqual({ state: EMPTY_PROGRESS, token: null });
	});

	it('undo re-ticks what the reset cleared, with a new time that beats the tombstones', () => {
		const { state, token } = withFlowReset(ticked, 'practice', 'plenary', 100);
		const undone = withResetUndone(state, token!, 200);
		expect(undone.runs.practice?.plenary).toEqual({ s1: mark(true, 200), s2: mark(true, 200), s3: mark(false, 5) });
	});

	it('undo leaves alone a key changed after the reset', () => {
		const { state, token } = withFlowReset(ticked, 'practice', 'plenary', 100);
		const retickedAndUnticked = withMarks(
			withMarks(state, 'practice', 'plenary', ['s1'], true, 150),
			'practice',
			'plenary',
			['s1'],
			false,
			160,
		);
		const undone = withResetUndone(retickedAndUnticked, token!, 200);
		expect(undone.runs.practice?.plenary?.s1).toEqual(mark(false, 160));
		expect(undone.runs.practice?.plenary?.s2).toEqual(mark(true, 200));
	});
});

describe('deleting a run', () => {
	it('removes the run and records a deletion time after its latest mark', () => {
		const state: ProgressState = {
			runs: { practice: { plenary: { s1: mark(true, 1) } }, 'meeting-1': { plenary: { s1: mark(true, 500) } } },
			deletedRuns: {},
		};
		const next = withoutRun(state, 'meeting-1', 100);
		expect(next.runs).toEqual({ practice: state.runs.practice });
		expect(next.deletedRuns).toEqual({ 'meeting-1': 501 });
	});

	it('is a no-op for a run that does not exist', () => {
		expect(withoutRun(EMPTY_PROGRESS, 'meeting-1', 100)).toBe(EMPTY_PROGRESS);
	});

	it('stamps a later tick in a deleted run after the deletion, so it survives the merge', () => {
		const deleted: ProgressState = { runs: {}, deletedRuns: { 'meeting-1': 900 } };
		const next = withMarks(deleted, 'meeting-1', 'plenary', ['s1'], true, 100);
		expect(next.runs['meeting-1']?.plenary?.s1).toEqual(mark(true, 901));
	});
});

describe('orphaned progress', () => {
	const state: ProgressState = {
		runs: {
			practice: {
				plenary: { s1: mark(true, 1), 'old-step': mark(true, 2), 'old-step/a': mark(true, 2), untick: mark(false, 3) },
				'removed-flow': { s1: mark(true, 4) },
			},
			'meeting-1': { plenary: { 'old-step': mark(true, 5), s1: mark(false, 6) } },
		},
		deletedRuns: {},
	};
	const flows = [{ id: 'plenary', keys: ['s1', 's2', 'untick'] }];

	it('reports ticked keys the flow no longer has, per run and flow, without dropping them', () => {
		expect(orphanedProgress(state, flows)).toEqual({
			count: 3,
			groups: [
				{ runId: 'meeting-1', flowId: 'plenary', keys: ['old-step'] },
				{ runId: 'practice', flowId: 'plenary', keys: ['old-step', 'old-step/a'] },
			],
		});
	});

	it('ignores tombstones of removed keys (an untick is not progress)', () => {
		const onlyTombstones = practice({ plenary: { gone: mark(false, 1) } });
		expect(orphanedProgress(onlyTombstones, flows).count).toBe(0);
	});

	it('does not judge flows the caller did not list, unless the list is the whole catalogue', () => {
		expect(orphanedProgress(state, flows).groups.some((group) => group.flowId === 'removed-flow')).toBe(false);
		expect(orphanedProgress(state, flows, { catalogueComplete: true }).groups).toContainEqual({
			runId: 'practice',
			flowId: 'removed-flow',
			keys: ['s1'],
		});
	});

	it('can look at one run only', () => {
		expect(orphanedProgress(state, flows, { runId: 'practice' }).count).toBe(2);
	});

	it('discarding turns exactly the reported keys into tombstones', () => {
		const report = orphanedProgress(state, flows);
		const next = withoutOrphans(state, report, 1000);
		expect(orphanedProgress(next, flows).count).toBe(0);
		expect(next.runs.practice?.plenary?.['old-step']).toEqual(mark(false, 1000));
		expect(next.runs.practice?.plenary?.s1).toEqual(mark(true, 1));
		expect(next.runs.practice?.['removed-flow']).toEqual(state.runs.practice?.['removed-flow']);
	});
});

describe('migration from version 0 (flat "flowId/stepKey" → boolean)', () => {
	it('moves ticks into the practice run, splitting at the first slash so sub-item keys survive', () => {
		expect(migrateProgressV0({ 'plenary/s1': true, 'plenary/s2/a': true, 'on-site/s3': true })).toEqual({
			runs: { practice: { plenary: { s1: mark(true, 0), 's2/a': mark(true, 0) }, 'on-site': { s3: mark(true, 0) } } },
			deletedRuns: {},
		});
	});

	it('drops unticked entries (nothing to keep) and yields an empty state for an empty map', () => {
		expect(migrateProgressV0({ 'plenary/s1': false })).toEqual(EMPTY_PROGRESS);
		expect(migrateProgressV0({})).toEqual(EMPTY_PROGRESS);
	});

	it('gives migrated ticks time 0, so any real later change in another tab wins', () => {
		const migrated = migrateProgressV0({ 'plenary/s1': true });
		expect(withMarks(migrated, 'practice', 'plenary', ['s1'], false, 1).runs.practice?.plenary?.s1).toEqual(mark(false, 1));
	});

	it('produces a state the current schema accepts', () => {
		expect(progressStateSchema.safeParse(migrateProgressV0({ 'plenary/s1': true })).success).toBe(true);
	});

	it('throws on a value it cannot place, so the engine reports it instead of guessing', () => {
		expect(() => migrateProgressV0({ s1: true })).toThrow(ProgressMigrationError);
		expect(() => migrateProgressV0({ 'plenary/': true })).toThrow(ProgressMigrationError);
		expect(() => migrateProgressV0(['plenary/s1'])).toThrow();
		expect(() => migrateProgressV0({ s1: true })).toThrow(
			expect.objectContaining({ code: 'progress-v0-unkeyed-step', params: { path: 's1' } }),
		);
	});
});
