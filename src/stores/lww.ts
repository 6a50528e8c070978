import type { FlowMarks, ProgressState, RunProgress, StepMark } from '../schemas/progress';

/**
 * Last-writer-wins merge of progress from two tabs, per step key. Pure,
 * commutative, associative and idempotent, so tabs that exchange states in
 * any order end up equal. Output keys are sorted so equal states also
 * serialise alike.
 */

/** The later mark wins; on equal timestamps a tick beats an untick, so the result never depends on argument order. */
export function laterMark(a: StepMark, b: StepMark): StepMark {
	if (a.at !== b.at) return a.at > b.at ? a : b;
	if (a.done !== b.done) return a.done ? a : b;
	return a;
}

export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
	const deletedRuns: Record<string, number> = Object.create(null);
	for (const runId of sortedUnion(a.deletedRuns, b.deletedRuns)) {
		deletedRuns[runId] = Math.max(a.deletedRuns[runId] ?? 0, b.deletedRuns[runId] ?? 0);
	}
	const runs: Record<string, RunProgress> = Object.create(null);
	for (const runId of sortedUnion(a.runs, b.runs)) {
		const run = mergeRun(a.runs[runId] ?? {}, b.runs[runId] ?? {}, deletedRuns[runId]);
		if (Object.keys(run).length > 0) runs[runId] = run;
	}
	return { runs, deletedRuns };
}

function mergeRun(a: RunProgress, b: RunProgress, deletedAt: number | undefined): RunProgress {
	const run: Record<string, FlowMarks> = Object.create(null);
	for (const flowId of sortedUnion(a, b)) {
		const flow: Record<string, StepMark> = Object.create(null);
		const aFlow = a[flowId] ?? {};
		const bFlow = b[flowId] ?? {};
		for (const key of sortedUnion(aFlow, bFlow)) {
			const aMark = aFlow[key];
			const bMark = bFlow[key];
			const mark = aMark && bMark ? laterMark(aMark, bMark) : (aMark ?? bMark);
			// A deleted run keeps only marks made after its deletion.
			if (mark && (deletedAt === undefined || mark.at > deletedAt)) flow[key] = mark;
		}
		if (Object.keys(flow).length > 0) run[flowId] = flow;
	}
	return run;
}

function sortedUnion(a: object, b: object): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
