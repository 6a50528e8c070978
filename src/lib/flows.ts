import type { Flow, FlowItem, FlowStep } from '../schemas/flow';

/**
 * Ticked progress of one flow, keyed by `flowKeys`. A record (`{ 'sign-in': true }`) or a set of
 * ticked keys; a key that is absent or false is unticked.
 */
export type FlowProgress = Readonly<Record<string, boolean | undefined>> | ReadonlySet<string>;

/** ticked: the step (or every item of it) is ticked; partial: some items are. */
export type StepState = 'ticked' | 'partial' | 'unticked';

export interface FlowTotals {
	done: number;
	total: number;
}

/** Where a timed rule is attached: a step, or one item of it (`itemId`), and the clause it comes from. */
export interface FlowRuleLink {
	ruleId: string;
	stepId: string;
	itemId?: string;
	anchor: string;
}

// '/' never occurs in an id, so step and item keys cannot collide.
export const itemKey = (stepId: string, itemId: string): string => `${stepId}/${itemId}`;

export function isTicked(progress: FlowProgress, key: string): boolean {
	return progress instanceof Set ? progress.has(key) : (progress as Record<string, boolean | undefined>)[key] === true;
}

function flowSteps(flow: Flow): FlowStep[] {
	return flow.sections.flatMap((section) => section.steps);
}

/** The leaves under `item` (itself when it has no items), in reading order. */
export function itemLeaves(item: FlowItem): FlowItem[] {
	return item.items ? item.items.flatMap(itemLeaves) : [item];
}

/** Every item of a step at every level (parents before their items), in reading order. */
export function stepItems(step: FlowStep): FlowItem[] {
	const walk = (items: readonly FlowItem[]): FlowItem[] => items.flatMap((item) => [item, ...walk(item.items ?? [])]);
	return walk(step.items ?? []);
}

/** The tickable keys of one item of `stepId`: its own, or one per leaf below it. */
export function itemKeys(stepId: string, item: FlowItem): string[] {
	return itemLeaves(item).map((leaf) => itemKey(stepId, leaf.id));
}

/** The step's tickable keys: the step itself, or one per leaf item; a parent's state is derived. */
export function stepKeys(step: FlowStep): string[] {
	return step.items ? step.items.flatMap((item) => itemKeys(step.id, item)) : [step.id];
}

/** The state of a set of keys: all ticked, some, or none. */
export function keysState(progress: FlowProgress, keys: readonly string[]): StepState {
	const done = keys.filter((key) => isTicked(progress, key)).length;
	if (done === 0) return 'unticked';
	return done === keys.length ? 'ticked' : 'partial';
}

/** An item's state: its own tick, or derived from the leaves below it. */
export function itemState(progress: FlowProgress, stepId: string, item: FlowItem): StepState {
	return keysState(progress, itemKeys(stepId, item));
}

/** Every tickable key of the flow, in reading order. */
export function flowKeys(flow: Flow): string[] {
	return flowSteps(flow).flatMap(stepKeys);
}

export function stepState(progress: FlowProgress, step: FlowStep): StepState {
	return keysState(progress, stepKeys(step));
}

/** Counts leaves (a step without items, or an item), not steps. */
export function flowTotals(flow: Flow, progress: FlowProgress): FlowTotals {
	const keys = flowKeys(flow);
	return { done: keys.filter((key) => isTicked(progress, key)).length, total: keys.length };
}

export function findStep(flow: Flow, stepId: string): FlowStep | undefined {
	return flowSteps(flow).find((step) => step.id === stepId);
}

/** The item `itemId` of a step, at any level. */
export function findItem(step: FlowStep, itemId: string): FlowItem | undefined {
	return stepItems(step).find((item) => item.id === itemId);
}

/** The state of a step key (`stepId`) or item key (`stepId/itemId`, a leaf or a parent item). */
export function keyState(flow: Flow, progress: FlowProgress, key: string): StepState {
	const [stepId, itemId] = key.split('/');
	const step = findStep(flow, stepId!);
	if (!step) return 'unticked';
	if (itemId === undefined) return stepState(progress, step);
	const item = findItem(step, itemId);
	return item ? itemState(progress, step.id, item) : 'unticked';
}

/**
 * Ticked keys that no longer name a step or item of the flow (a step was removed or renamed):
 * reported to the user instead of being dropped silently.
 */
export function orphanedKeys(flow: Flow, progress: FlowProgress): string[] {
	const known = new Set(flowKeys(flow));
	const ticked = progress instanceof Set ? [...progress] : Object.keys(progress).filter((key) => isTicked(progress, key));
	return ticked.filter((key) => !known.has(key));
}

/** Every timed rule the flow links to, with the step or item (at any level) it governs. */
export function ruleLinks(flow: Flow): FlowRuleLink[] {
	const itemLinks = (stepId: string, items: readonly FlowItem[], parentAnchor: string): FlowRuleLink[] =>
		items.flatMap((item) => {
			const anchor = item.anchor ?? parentAnchor;
			return [
				...(item.rules ?? []).map((ruleId) => ({ ruleId, stepId, itemId: item.id, anchor })),
				...itemLinks(stepId, item.items ?? [], anchor),
			];
		});
	return flowSteps(flow).flatMap((step) => [
		...(step.rules ?? []).map((ruleId) => ({ ruleId, stepId: step.id, anchor: step.anchor })),
		...itemLinks(step.id, step.items ?? [], step.anchor),
	]);
}

/**
 * A fingerprint of the flows' tickable keys (not their wording, which may change
 * freely): stored in export files, so an import can tell when the checklists it
 * refers to have changed since. FNV-1a, 32 bits, as hex.
 */
export function flowDataVersion(flows: readonly Flow[]): string {
	const text = JSON.stringify([...flows].sort((a, b) => a.id.localeCompare(b.id)).map((flow) => [flow.id, flowKeys(flow)]));
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `keys-${hash.toString(16).padStart(8, '0')}`;
}
