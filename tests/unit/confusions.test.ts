import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deadlineRules } from '../../src/data/deadlineRules';
import { phaseOf } from '../../src/lib/deadlines';
import { ruleTiming, timingOrder } from '../../src/lib/ruleTiming';
import { confusionSchema } from '../../src/schemas/confusion';

const ruleOf = (id: string) => deadlineRules.find((rule) => rule.id === id)!;
const timingOf = (id: string) => ruleTiming(deadlineRules.find((rule) => rule.id === id)!.compute);

describe('content/confusions.yaml: pairs of easily confused rules', () => {
	const pairs = (parse(readFileSync('content/confusions.yaml', 'utf8')) as unknown[]).map((pair) => confusionSchema.parse(pair));

	it.each(pairs.map((pair) => [pair.id, pair] as const))('%s names two existing rules that differ', (_, pair) => {
		const [a, b] = pair.rules.map((id) => deadlineRules.find((rule) => rule.id === id));
		expect(a, pair.rules[0]).toBeDefined();
		expect(b, pair.rules[1]).toBeDefined();
		expect(a!.id).not.toBe(b!.id);
		expect(timingOf(a!.id)).not.toEqual(timingOf(b!.id));
	});

	it('ids are unique', () => {
		expect(new Set(pairs.map((pair) => pair.id)).size).toBe(pairs.length);
	});
});

describe('phaseOf and timingOrder: 會前, 會中, 會後, in the order things happen', () => {
	it('puts each kind of timing in its moment', () => {
		expect(phaseOf(ruleOf('notice-next-week').compute)).toBe('before');
		expect(phaseOf(ruleOf('room-check').compute)).toBe('before');
		expect(phaseOf(ruleOf('staff-arrive').compute)).toBe('before');
		expect(phaseOf(ruleOf('tea-refill').compute)).toBe('during');
		expect(phaseOf(ruleOf('minutes-48h').compute)).toBe('after');
		expect(phaseOf(ruleOf('minutes-draft-2wd').compute)).toBe('after');
	});

	it('orders the moments as they happen: 上周五 before 2 天 before 2 小時 before 30 分鐘; 24 小時 before 48', () => {
		const order = (id: string) => timingOrder(timingOf(id));
		expect(order('notice-next-week')).toBeLessThan(order('catering-confirm'));
		expect(order('catering-confirm')).toBeLessThan(order('av-test'));
		expect(order('av-test')).toBeLessThan(order('staff-arrive'));
		expect(order('staff-arrive')).toBeLessThan(order('room-check'));
		expect(order('transcript-24h')).toBeLessThan(order('minutes-48h'));
	});
});
