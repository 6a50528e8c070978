import { describe, expect, it } from 'vitest';
import { meetingDeadlines } from '../../src/lib/deadlines';
import { meetingTimeline, type TimelineEntry } from '../../src/lib/timeline';

const names = (entries: TimelineEntry[]) => entries.map((entry) => (entry.kind === 'deadline' ? entry.deadline.rule : entry.kind));

describe('meetingTimeline', () => {
	it('places the start after what is due before it, and the end before what follows', () => {
		const meeting = { start: '2026-09-30T09:00', end: '2026-09-30T11:00' };
		expect(names(meetingTimeline(meeting, meetingDeadlines(meeting)))).toEqual([
			'notice-next-week',
			'catering-confirm',
			'av-test',
			'recorder-ready',
			'staff-arrive',
			'room-check',
			'av-retest',
			'chase-absent',
			'meeting-start',
			'tea-refill',
			'podium-refill',
			'meeting-end',
			'transcript-24h',
			'minutes-48h',
			'minutes-draft-2wd',
			'resolution-notice-2wd',
		]);
	});

	it('keeps repeated rules without times (a multi-day meeting) right after the start', () => {
		const meeting = { start: '2026-11-25T09:00', end: '2026-11-26T17:00' };
		const order = names(meetingTimeline(meeting, meetingDeadlines(meeting)));
		expect(order.slice(order.indexOf('meeting-start'), order.indexOf('meeting-start') + 3)).toEqual([
			'meeting-start',
			'podium-refill',
			'tea-refill',
		]);
		expect(order.indexOf('meeting-end')).toBeLessThan(order.indexOf('transcript-24h'));
	});

	it('carries the meeting’s times on its markers', () => {
		const meeting = { start: '2026-09-30T09:00', end: '2026-09-30T11:00' };
		const markers = meetingTimeline(meeting, []);
		expect(markers).toEqual([
			{ kind: 'meeting-start', at: '2026-09-30T09:00', session: 0 },
			{ kind: 'meeting-end', at: '2026-09-30T11:00', session: 0 },
		]);
	});

	it('marks each session’s start and end, with the session rules of each in between', () => {
		const meeting = {
			sessions: [
				{ start: '2026-11-25T09:00', end: '2026-11-25T11:00' },
				{ start: '2026-11-26T09:00', end: '2026-11-26T11:00' },
			],
		};
		const timeline = meetingTimeline(meeting, meetingDeadlines(meeting));
		const markers = timeline.filter((entry) => entry.kind !== 'deadline').map((entry) => `${entry.kind}@${entry.at}`);
		expect(markers).toEqual([
			'meeting-start@2026-11-25T09:00',
			'meeting-end@2026-11-25T11:00',
			'meeting-start@2026-11-26T09:00',
			'meeting-end@2026-11-26T11:00',
		]);
		const firstEnd = timeline.findIndex((entry) => entry.kind === 'meeting-end');
		const secondAvTest = timeline.findIndex(
			(entry) => entry.kind === 'deadline' && entry.deadline.rule === 'av-test' && entry.deadline.session === 1,
		);
		expect(secondAvTest).toBeGreaterThan(firstEnd);
	});
});
