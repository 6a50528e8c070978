import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { flowKeys } from '../../../src/lib/flows';
import { type Flow, flowSchema } from '../../../src/schemas/flow';
import { movedKeys, PROGRESS_KEY_MOVES_V2 } from '../../../src/stores/progressKeyMoves';
import { withKeysMoved } from '../../../src/stores/progressState';

const flowsDir = fileURLToPath(new URL('../../../content/flows/', import.meta.url));
const flows = new Map<string, Flow>(
	readdirSync(flowsDir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => {
			const flow = flowSchema.parse(parse(readFileSync(flowsDir + name, 'utf8')));
			return [flow.id, flow];
		}),
);

describe('the progress keys that moved at data version 2', () => {
	it('maps only keys the flows no longer have, onto keys they have now', () => {
		for (const [flowId, moves] of Object.entries(PROGRESS_KEY_MOVES_V2)) {
			const flow = flows.get(flowId);
			expect(flow, flowId).toBeDefined();
			const current = new Set(flowKeys(flow!));
			for (const [from, to] of Object.entries(moves)) {
				// An old key that is still a key would be moved away from itself.
				expect(current.has(from), `${flowId}: ${from} is still a key`).toBe(false);
				expect(to.length, `${flowId}: ${from}`).toBeGreaterThan(0);
				for (const key of to) expect(current.has(key), `${flowId}: ${from} → ${key}`).toBe(true);
			}
		}
	});

	it('leaves every current key where it is', () => {
		for (const flow of flows.values()) {
			for (const key of flowKeys(flow)) expect(movedKeys(PROGRESS_KEY_MOVES_V2, flow.id, key)).toEqual([key]);
		}
	});

	it('keeps the later mark where two land on one key, a tie going to the tick', () => {
		const moves = { f: { a: ['x'], b: ['x'] } };
		const state = (a: { done: boolean; at: number }, b: { done: boolean; at: number }) =>
			withKeysMoved({ runs: { r: { f: { a, b } } }, deletedRuns: {} }, moves).runs.r!.f!.x;
		expect(state({ done: true, at: 1 }, { done: false, at: 2 })).toEqual({ done: false, at: 2 });
		expect(state({ done: true, at: 3 }, { done: false, at: 2 })).toEqual({ done: true, at: 3 });
		expect(state({ done: false, at: 2 }, { done: true, at: 2 })).toEqual({ done: true, at: 2 });
	});
});
