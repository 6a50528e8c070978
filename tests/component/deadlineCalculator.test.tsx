import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import DeadlineCalculator from '../../src/components/deadlines/DeadlineCalculator';
import { deadlinesMessages as m } from '../../src/i18n/messages/deadlines';
import { deadlineRules } from '../../src/data/deadlineRules';
import { fieldByLabel, mount, type } from './support/dom';

// Moved from tests/e2e/deadlines.test.ts ("bad input"): the calculator's answer to
// bad input is the island's own logic, which needs no real browser.
const ruleTexts = Object.fromEntries(
	deadlineRules.map((rule) => [rule.id, { label: rule.label, quote: rule.source.quote, standardTitle: rule.source.standard, seeAlso: [] }]),
);
const standards = [...new Set(deadlineRules.map((rule) => rule.source.standard))].map((id) => ({ id, title: id }));

let host: HTMLElement | undefined;
afterEach(() => {
	if (host) render(null, host);
	host?.remove();
	history.replaceState(null, '', '/tools/deadlines/');
});

function calculator(search = ''): HTMLElement {
	history.replaceState(null, '', `/tools/deadlines/${search}`);
	host = mount(<DeadlineCalculator ruleTexts={ruleTexts} standards={standards} messages={m} holidayNames={{}} simplified={false} />);
	return host;
}

const alertText = (root: HTMLElement) => root.querySelector('[role="alert"]')?.textContent?.trim();

describe('the deadline calculator, given bad input', () => {
	it('says in Chinese that the end must come after the start, and keeps what was typed', () => {
		const root = calculator();
		type(fieldByLabel(root, m['calculator.start']), '2026-09-30T11:00');
		type(fieldByLabel(root, m['calculator.end']), '2026-09-30T09:00');
		expect(alertText(root)).toBe(m['end-not-after-start']);
		// Nothing is lost: the inputs keep what was typed, and nothing dated is shown.
		expect(fieldByLabel(root, m['calculator.start']).value).toBe('2026-09-30T11:00');
		expect(root.querySelectorAll('.dc-timeline li[data-due]')).toHaveLength(0);
		const ics = [...root.querySelectorAll('button')].find((button) => button.textContent?.includes(m['calculator.ics']));
		expect(ics?.disabled).toBe(true);
	});

	it('rejects a meeting longer than 7 days', () => {
		const root = calculator();
		type(fieldByLabel(root, m['calculator.start']), '2026-09-01T09:00');
		type(fieldByLabel(root, m['calculator.end']), '2026-09-30T11:00');
		expect(alertText(root)).toBe('會期超過7天,請檢查開始和結束日期是否填錯。');
	});

	it('names an impossible date that came in a link', () => {
		const root = calculator('?start=2026-02-30T09:00&end=2026-02-30T11:00');
		expect(alertText(root)).toBe('會議開始時間「2026-02-30T09:00」無效,請重新選擇日期和時間。');
	});

	it('shows a timeline once the input is good (the checks above can fail)', () => {
		const root = calculator();
		type(fieldByLabel(root, m['calculator.start']), '2026-09-30T09:00');
		type(fieldByLabel(root, m['calculator.end']), '2026-09-30T11:00');
		expect(alertText(root)).toBeUndefined();
		expect(root.querySelectorAll('.dc-timeline li[data-due]').length).toBeGreaterThan(0);
	});
});
