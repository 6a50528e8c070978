import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../../src/data/deadlineRules';
import { meetingDeadlines, type RecurringDeadline } from '../../src/lib/deadlines';
import { deadlinesToIcs, escapeText, foldLine } from '../../src/lib/ics';

// rule id → short label, as the data gives it (the calculator's texts come from its wrapper)
const ruleLabels: Record<string, string> = Object.fromEntries(deadlineRules.map((rule) => [rule.id, rule.label]));

interface Property {
	name: string;
	params: Record<string, string>;
	value: string;
}

/** Unfolds and splits an iCalendar text into properties (values still escaped). */
function parseLines(ics: string): Property[] {
	const unfolded = ics.replace(/\r\n[ \t]/g, '');
	return unfolded
		.split('\r\n')
		.filter((line) => line !== '')
		.map((line) => {
			const colon = line.indexOf(':');
			const [name, ...params] = line.slice(0, colon).split(';');
			return {
				name: name!,
				params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
				value: line.slice(colon + 1),
			};
		});
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** The VEVENTs, each as its properties by name. */
function events(ics: string): Map<string, Property>[] {
	const result: Map<string, Property>[] = [];
	let current: Map<string, Property> | undefined;
	// properties of a component inside the event (its VALARM) are not the event's own
	let nested = 0;
	for (const property of parseLines(ics)) {
		if (property.name === 'BEGIN' && property.value === 'VEVENT') current = new Map();
		else if (property.name === 'END' && property.value === 'VEVENT') {
			result.push(current!);
			current = undefined;
		} else if (current && property.name === 'BEGIN') nested++;
		else if (current && property.name === 'END') nested--;
		else if (nested === 0) current?.set(property.name, property);
	}
	return result;
}

const meeting = { start: '2026-11-25T09:00', end: '2026-11-25T11:00' };
const deadlines = meetingDeadlines(meeting);
const trickyName = '全區大會,第1場;備忘\\附件\n第二行';
const ics = deadlinesToIcs(trickyName, deadlines, ruleLabels, '2026-11-20T08:30:15.123Z');
const parsed = events(ics);
const bySummaryRule = (rule: string) => parsed.filter((event) => unescapeText(event.get('SUMMARY')!.value).endsWith(ruleLabels[rule]!));

describe('file structure (RFC 5545)', () => {
	it('uses CRLF line endings only, ending with one', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('folds every line at 75 octets without splitting a UTF-8 character', () => {
		const bytes = Buffer.from(ics, 'utf8');
		const decoder = new TextDecoder('utf-8', { fatal: true });
		let start = 0;
		for (let index = 0; index < bytes.length - 1; index++) {
			if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
				const line = bytes.subarray(start, index);
				expect(line.length).toBeLessThanOrEqual(75);
				expect(() => decoder.decode(line)).not.toThrow();
				start = index + 2;
			}
		}
		// the quotes are long Chinese sentences, so folding really happened
		expect(ics).toMatch(/\r\n /);
	});

	it('wraps events in a calendar with its time zone', () => {
		const names = parseLines(ics).map((property) => `${property.name}:${property.value}`);
		expect(names[0]).toBe('BEGIN:VCALENDAR');
		expect(names).toContain('VERSION:2.0');
		expect(names.some((line) => line.startsWith('PRODID:'))).toBe(true);
		expect(names).toContain('TZID:Asia/Shanghai');
		expect(names).toContain('TZOFFSETTO:+0800');
		expect(names.at(-1)).toBe('END:VCALENDAR');
	});

	it('stamps every event with `now` in UTC', () => {
		for (const event of parsed) expect(event.get('DTSTAMP')!.value).toBe('20261120T083015Z');
	});
});

describe('events', () => {
	it('has one event per deadline; a repeated rule is one event, not one per refill', () => {
		const recurring = deadlines.filter((deadline): deadline is RecurringDeadline => deadline.kind === 'recurring');
		expect(recurring.every((deadline) => deadline.times.length > 1)).toBe(true);
		expect(parsed).toHaveLength(deadlines.length);
	});

	it('gives timed deadlines as Asia/Shanghai wall-clock times with an end', () => {
		const [avTest] = bySummaryRule('av-test');
		expect(avTest!.get('DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Asia/Shanghai' }, value: '20261125T070000' });
		expect(avTest!.get('DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Asia/Shanghai' }, value: '20261125T071500' });
	});

	it('gives a window as start and end', () => {
		const [room] = bySummaryRule('room-check');
		expect(room!.get('DTSTART')!.value).toBe('20261125T084500');
		expect(room!.get('DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Asia/Shanghai' }, value: '20261125T085000' });
	});

	it('gives day deadlines as all-day events', () => {
		const [catering] = bySummaryRule('catering-confirm');
		expect(catering!.get('DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261123' });
		expect(catering!.get('DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20261124' });
	});

	it('spans a repeated rule from its first to its last time', () => {
		const [podium] = bySummaryRule('podium-refill');
		expect([podium!.get('DTSTART')!.value, podium!.get('DTEND')!.value]).toEqual(['20261125T091500', '20261125T104500']);
	});
});

describe('text', () => {
	it('escapes and restores a name with , ; \\ and a newline', () => {
		for (const event of parsed) {
			const summary = unescapeText(event.get('SUMMARY')!.value);
			expect(summary.startsWith(`【${trickyName}】`)).toBe(true);
		}
		const calendarName = parseLines(ics).find((property) => property.name === 'X-WR-CALNAME')!;
		expect(unescapeText(calendarName.value)).toBe(trickyName);
		expect(ics).not.toContain('第1場;');
	});

	it('puts the source quote in DESCRIPTION', () => {
		const [avTest] = bySummaryRule('av-test');
		expect(unescapeText(avTest!.get('DESCRIPTION')!.value)).toBe(deadlines.find((d) => d.rule === 'av-test')!.source.quote);
	});

	it('links the clause when the site URL is known', () => {
		const withLink = events(deadlinesToIcs('會議', deadlines, ruleLabels, '2026-11-20T08:30Z', { siteUrl: 'https://example.org/' }));
		const [avTest] = withLink.filter((event) => unescapeText(event.get('SUMMARY')!.value).endsWith(ruleLabels['av-test']!));
		expect(avTest!.get('URL')!.value).toBe('https://example.org/standards/office-standard/#s4-3-3-4');
		expect(unescapeText(avTest!.get('DESCRIPTION')!.value).split('\n')).toHaveLength(2);
	});

	it('escapes TEXT per RFC 5545', () => {
		expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('folds multi-byte text at character boundaries', () => {
		const line = `SUMMARY:${'會務'.repeat(40)}`;
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.length).toBeGreaterThan(1);
		for (const [index, part] of physical.entries()) {
			expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
			if (index > 0) expect(part.startsWith(' ')).toBe(true);
		}
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});
});

describe('UIDs', () => {
	const uids = (text: string) => events(text).map((event) => event.get('UID')!.value);

	it('are unique within the file', () => {
		const all = uids(ics);
		expect(new Set(all).size).toBe(all.length);
	});

	it('stay the same when the same meeting is exported again', () => {
		expect(uids(deadlinesToIcs(trickyName, deadlines, ruleLabels, '2026-11-21T00:00Z'))).toEqual(uids(ics));
	});

	it('differ between meetings', () => {
		const other = uids(deadlinesToIcs(trickyName, deadlines, ruleLabels, '2026-11-20T08:30Z', { meetingKey: 'meeting-2' }));
		expect(other.filter((uid) => uids(ics).includes(uid))).toEqual([]);
	});
});

describe('read back by an independent parser (ical.js)', () => {
	const twoDays = {
		sessions: [
			{ start: '2026-10-09T09:00', end: '2026-10-09T11:30' },
			{ start: '2026-10-10T09:00', end: '2026-10-10T11:30' },
		],
	};
	const sessionDeadlines = meetingDeadlines(twoDays);
	const text = deadlinesToIcs('全區工作會議', sessionDeadlines, ruleLabels, '2026-09-20T00:00Z', {
		sessions: twoDays.sessions,
		sessionLabel: (index, count) => `第${index + 1}場(共${count}場)`,
		details: (deadline) => deadline.warnings.map((warning) => `注意:${warning.code}`),
	});
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevents = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	const summaries = vevents.map((event) => event.summary);

	it('has one event per session of the meeting itself', () => {
		const meetingEvents = vevents.filter((event) => event.summary.startsWith('全區工作會議 第'));
		expect(meetingEvents.map((event) => [event.summary, event.startDate.toString(), event.endDate.toString()])).toEqual([
			['全區工作會議 第1場(共2場)', '2026-10-09T09:00:00', '2026-10-09T11:30:00'],
			['全區工作會議 第2場(共2場)', '2026-10-10T09:00:00', '2026-10-10T11:30:00'],
		]);
	});

	it('has one event per session for a repeated rule, not one per refill', () => {
		const tea = summaries.filter((summary) => summary.endsWith(ruleLabels['tea-refill']!));
		expect(tea).toHaveLength(2);
		expect(vevents.length).toBe(2 + sessionDeadlines.length);
		expect(vevents.length).toBeLessThan(40);
	});

	it('gives every deadline an end after its start, and a reminder to each preparation deadline', () => {
		for (const event of vevents) {
			expect(event.endDate.compare(event.startDate)).toBeGreaterThan(0);
		}
		const avTest = vevents.filter((event) => event.summary.endsWith(ruleLabels['av-test']!));
		expect(avTest).toHaveLength(2);
		for (const event of avTest) {
			const alarm = event.component.getFirstSubcomponent('valarm');
			expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
			expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT30M');
		}
		const catering = vevents.find((event) => event.summary.endsWith(ruleLabels['catering-confirm']!))!;
		expect(catering.startDate.isDate).toBe(true);
		expect(catering.component.getFirstSubcomponent('valarm')).not.toBeNull();
	});

	it('carries the warnings and the quote in the description', () => {
		const notice = vevents.find((event) => event.summary.endsWith(ruleLabels['notice-next-week']!))!;
		expect(notice.startDate.toString()).toBe('2026-09-30T16:00:00');
		expect(notice.description).toContain('注意:moved-to-previous-workday');
		expect(notice.description).toContain('下周會議通知一般應于上周五下午4點前發出。');
	});

	it('keeps the wall-clock times in Asia/Shanghai', () => {
		const avTest = vevents.find((event) => event.summary.endsWith(ruleLabels['av-test']!))!;
		expect(avTest.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Shanghai');
	});
});
