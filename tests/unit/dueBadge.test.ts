// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import DueBadge from '../../src/components/deadlines/DueBadge';
import { deadlinesMessages } from '../../src/i18n/messages/deadlines';
import type { DueStatus } from '../../src/lib/stepDue';

let host: HTMLElement;
afterEach(() => host?.remove());

function badge(status: DueStatus, provisional?: boolean): HTMLElement {
	host = document.createElement('div');
	document.body.append(host);
	// h(), not JSX: the unit projects collect *.test.ts only.
	render(h(DueBadge, { status, due: '2026-10-09(周五)', provisional, messages: deadlinesMessages }), host);
	return host.querySelector('.due-badge')!;
}

describe('DueBadge', () => {
	it('says 已逾期 before the due time when overdue', () => {
		const el = badge('overdue');
		expect(el.dataset.dueStatus).toBe('overdue');
		expect(el.textContent).toBe('已逾期期限 2026-10-09(周五)');
		expect(el.querySelector('strong')?.textContent).toBe('已逾期');
	});

	it('says 24 小時內到期 when due soon', () => {
		expect(badge('due-soon').querySelector('strong')?.textContent).toBe('24 小時內到期');
	});

	it('shows only the due time when later or done', () => {
		expect(badge('later').textContent).toBe('期限 2026-10-09(周五)');
		const done = badge('done');
		expect(done.textContent).toBe('期限 2026-10-09(周五)');
		expect(done.dataset.dueStatus).toBe('done');
	});

	it('marks a provisional due', () => {
		expect(badge('later', true).textContent).toBe('期限 2026-10-09(周五)暫定');
	});
});
