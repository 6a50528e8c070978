import type { RuleComputation, RuleOffset } from '../schemas/rule';

/*
 * How a rule's time relates to the meeting, as a code and parameters for the
 * page to phrase (會前 2 小時, 會後 2 個工作日, 會中每 10—15 分鐘). Read from the
 * rule's computation, so it states what the standard says, not a computed gap.
 */

export type TimingUnit = RuleOffset['unit'];

export type RuleTiming =
	/** `amount` units before the start (會前 2 小時) */
	| { code: 'before-start'; amount: number; unit: TimingUnit }
	/** at the start or after it, while the meeting runs */
	| { code: 'after-start'; amount: number; unit: TimingUnit }
	| { code: 'before-end'; amount: number; unit: TimingUnit }
	/** `amount` units after the end (會後 2 個工作日) */
	| { code: 'after-end'; amount: number; unit: TimingUnit }
	/** a span before the start, e.g. 會前 15—10 分鐘 (`from` is the earlier, larger amount) */
	| { code: 'window-before-start'; from: number; to: number; unit: TimingUnit }
	/** repeated during the meeting, every `min`–`max` minutes */
	| { code: 'every'; min: number; max: number }
	/** a weekday and time in the week before the meeting's week (上周五 16:00 前) */
	| { code: 'previous-week'; weekday: number; time: string };

function offsetTiming(offset: RuleOffset): RuleTiming {
	const amount = Math.abs(offset.offset);
	if (offset.from === 'start') {
		return offset.offset < 0 ? { code: 'before-start', amount, unit: offset.unit } : { code: 'after-start', amount, unit: offset.unit };
	}
	return offset.offset < 0 ? { code: 'before-end', amount, unit: offset.unit } : { code: 'after-end', amount, unit: offset.unit };
}

export function ruleTiming(compute: RuleComputation): RuleTiming {
	switch (compute.kind) {
		case 'offset':
			return offsetTiming(compute.due);
		case 'window': {
			const { from, due } = compute;
			// Only windows before the start occur in the standards; any other shape is told by its end.
			if (from.from === 'start' && due.from === 'start' && from.unit === due.unit && from.offset < 0 && due.offset <= 0) {
				return { code: 'window-before-start', from: -from.offset, to: -due.offset, unit: due.unit };
			}
			return offsetTiming(due);
		}
		case 'recurring':
			return { code: 'every', min: compute.every.min, max: compute.every.max };
		case 'previous-week':
			return { code: 'previous-week', weekday: compute.weekday, time: compute.time };
	}
}

/**
 * How far from the meeting's start a rule falls, in minutes (negative before it), to order
 * a moment's rules as they happen; a week before for 上周五, the end taken as the start.
 */
export function timingOrder(timing: RuleTiming): number {
	const minutes = { min: 1, h: 60, day: 1440, workday: 1440 } as const;
	switch (timing.code) {
		case 'before-start':
			return -timing.amount * minutes[timing.unit];
		case 'window-before-start':
			return -timing.from * minutes[timing.unit];
		case 'previous-week':
			return -7 * 1440;
		case 'after-start':
		case 'after-end':
			return timing.amount * minutes[timing.unit];
		case 'before-end':
			return -timing.amount * minutes[timing.unit];
		case 'every':
			return timing.min;
	}
}
