import { describe, expect, it } from 'vitest';
import {
	deadlineWhen,
	formatWhen,
	formatWindow,
	timelineText,
	timingText,
	warningText,
	type RuleText,
	type TimelineTextLine,
} from '../../src/components/deadlines/deadlineText';
import { deadlinesMessages as m } from '../../src/i18n/messages/deadlines';
import { deadlineRules } from '../../src/data/deadlineRules';
import { meetingDeadlines, type Deadline } from '../../src/lib/deadlines';
import { ruleTiming } from '../../src/lib/ruleTiming';
import { meetingTimeline } from '../../src/lib/timeline';

const timing = (id: string) => timingText(ruleTiming(deadlineRules.find((rule) => rule.id === id)!.compute), m);
const meeting = { start: '2026-09-30T09:00', end: '2026-09-30T11:00' };
const deadlines = meetingDeadlines(meeting);
const byRule = (rule: string) => deadlines.find((deadline) => deadline.rule === rule) as Deadline;

describe('dates and times in words', () => {
	it('names the weekday', () => {
		expect(formatWhen('2026-09-30T07:00', m)).toBe('2026-09-30(周三)07:00');
		expect(formatWhen('2026-10-09', m)).toBe('2026-10-09(周五)');
		expect(formatWhen('2026-10-04', m)).toBe('2026-10-04(周日)');
	});

	it('says the day of a window once when both ends share it', () => {
		expect(formatWindow('2026-09-30T08:45', '2026-09-30T08:50', m)).toBe('2026-09-30(周三)08:45至08:50');
		expect(formatWindow('2026-09-30T23:50', '2026-10-01T00:10', m)).toBe('2026-09-30(周三)23:50至2026-10-01(周四)00:10');
	});

	it('gives each kind of deadline one phrase', () => {
		expect(deadlineWhen(byRule('av-test'), m)).toBe('2026-09-30(周三)07:00');
		expect(deadlineWhen(byRule('room-check'), m)).toBe('2026-09-30(周三)08:45至08:50');
		expect(deadlineWhen(byRule('tea-refill'), m)).toBe('2026-09-30(周三)09:10');
		expect(deadlineWhen(byRule('minutes-draft-2wd'), m)).toBe('2026-10-09(周五)');
	});
});

describe('rule timings in words', () => {
	it('before and after the meeting', () => {
		expect(timing('av-test')).toBe('會前 2 小時');
		expect(timing('catering-confirm')).toBe('會前 2 天');
		expect(timing('minutes-draft-2wd')).toBe('會後 2 個工作日');
		expect(timing('minutes-48h')).toBe('會後 48 小時');
	});

	it('windows, repetitions and the previous week', () => {
		expect(timing('room-check')).toBe('會前 15—10 分鐘');
		expect(timing('tea-refill')).toBe('會中每 10—15 分鐘');
		expect(timing('notice-next-week')).toBe('上周五 16:00 前');
	});
});

describe('warnings', () => {
	it('name the holiday in the reader’s edition', () => {
		const [warning] = byRule('minutes-48h').warnings;
		expect(warningText(warning!, m)).toBe('2026-10-02是國慶節假期,不是工作日。前一個工作日是2026-09-30,後一個工作日是2026-10-08。');
		expect(warningText(warning!, m, { 國慶節: '国庆节' })).toContain('2026-10-02是国庆节假期');
	});
});

describe('the timeline as plain text', () => {
	const text = (rule: string): RuleText => ({
		label: deadlineRules.find((r) => r.id === rule)!.label,
		quote: 'q',
		standardTitle: `《${rule}》`,
		seeAlso: [],
	});
	const lines: TimelineTextLine[] = meetingTimeline(meeting, deadlines).map((entry) =>
		entry.kind === 'deadline'
			? { kind: 'deadline', deadline: entry.deadline, timing: timing(entry.deadline.rule), text: text(entry.deadline.rule) }
			: {
					kind: 'marker',
					at: entry.at,
					text: entry.kind === 'meeting-start' ? m['calculator.meeting-start'] : m['calculator.meeting-end'],
				},
	);
	const output = timelineText({ meetingName: '校務會議', sessions: [meeting], standardsOff: ['第一篇 甲'], lines, provisional: true }, m);
	const rows = output.split('\n');

	it('starts with the meeting, what was left out and the provisional note', () => {
		expect(rows.slice(0, 4)).toEqual([
			'【校務會議】會議時限',
			'會議時間:2026-09-30(周三)09:00至2026-09-30(周三)11:00',
			'未計算:第一篇 甲',
			m.provisional,
		]);
	});

	it('lists every deadline in order, with its timing, label and standard', () => {
		expect(rows).toContain('2026-09-30(周三)07:00(會前 2 小時)音響、話筒、燈具調試。出處:《av-test》');
		expect(rows).toContain('2026-10-09(周五)(會後 2 個工作日)草擬會議紀要或情況通報。出處:《minutes-draft-2wd》');
		expect(rows).toContain('2026-09-30(周三)09:00 會議開始');
		expect(output.indexOf('會議開始')).toBeLessThan(output.indexOf('專人倒水'));
		expect(output.indexOf('會議結束')).toBeLessThan(output.indexOf('完成錄音整理'));
	});

	it('spells out repetitions and warnings under their deadline', () => {
		expect(rows).toContain('  每10—15分鐘,共 11 次:09:10、09:20、09:30、09:40、09:50、10:00、10:10、10:20、10:30、10:40、10:50');
		const minutes = rows.findIndex((row) => row.includes('完成會議紀要並發放'));
		expect(rows[minutes + 1]).toMatch(/^ {2}請注意:2026-10-02是國慶節假期/);
	});

	it('uses a default title without a meeting name', () => {
		expect(timelineText({ meetingName: '', sessions: [meeting], standardsOff: [], lines: [], provisional: false }, m).split('\n')[0]).toBe(
			'【會議】會議時限',
		);
	});
});
