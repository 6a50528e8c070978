import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import SeatingPreview from '../../src/components/seating/SeatingPreview';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { click, fieldByLabel, mount, type } from './support/dom';

// Moved from tests/e2e/seating.test.ts ("bad input", "the URL keeps count and
// options, never names", "asks for a name before saving"): the island's own
// parsing, messages and URL writing need no real browser. Drawing order and
// keyboard, drag and print stay in the e2e file.
let host: HTMLElement | undefined;
afterEach(() => {
	if (host) render(null, host);
	host?.remove();
	localStorage.clear();
	history.replaceState(null, '', '/tools/seating/');
});

function seating(search = ''): HTMLElement {
	history.replaceState(null, '', `/tools/seating/${search}`);
	host = mount(
		<SeatingPreview
			messages={seatingMessages}
			ruleSource="/standards/office-standard/#s4-3-2-1"
			cardsSource="/standards/county-meetings/#s3"
		/>,
	);
	return host;
}

const byId = <T extends HTMLElement = HTMLInputElement>(root: HTMLElement, id: string) => root.querySelector<T>(`#${id}`)!;
const drawnRanks = (root: HTMLElement) =>
	[...root.querySelectorAll('[data-seating] .seat-row')].map((row) =>
		[...row.querySelectorAll('[data-rank]')].map((seat) => Number(seat.getAttribute('data-rank'))),
	);

describe('the seat preview, given bad input', () => {
	it.each([
		['0', '人數須為 1 至 300 的整數,至少 1 人(目前為 0)。'],
		['400', '人數須為 1 至 300 的整數,最多 300 人(目前為 400)。'],
		['七', '人數須為 1 至 300 的整數(目前為「七」)。'],
	])('%s people: a clear message, the typed value kept, the last valid chart still shown', (typed, message) => {
		const root = seating();
		const count = byId(root, 'seating-count');
		type(count, typed);
		expect(root.querySelector('[data-field-error="count"]')?.textContent).toBe(message);
		expect(count.getAttribute('aria-invalid')).toBe('true');
		expect(count.value).toBe(typed);
		expect(root.querySelectorAll('[data-seating] [data-rank]')).toHaveLength(7);
	});

	it('asks for a name before saving a plan', () => {
		const root = seating();
		click(root.querySelector('[data-plan-save]')!);
		expect(root.querySelector('.seating-plans .seating-error')?.textContent).toBe('請先輸入方案名稱。');
		expect(localStorage.getItem('huiwu:v1:seating-plans')).toBeNull();
	});
});

describe('the URL keeps count and options, never names', () => {
	it('reproduces the layout from ?n=7&row=5&honour=right&view=rostrum', () => {
		const root = seating('?n=7&row=5&honour=right&view=rostrum');
		expect(byId(root, 'seating-count').value).toBe('7');
		expect(byId(root, 'seating-per-row').value).toBe('5');
		expect(fieldByLabel(root, '以右為上').checked).toBe(true);
		expect(fieldByLabel(root, '台上視角(就座領導面向觀眾)').checked).toBe(true);
		// 以右為上 from the audience: 4 2 1 3 5 and 7 6; mirrored from the rostrum, front row on top.
		expect(drawnRanks(root)).toEqual([
			[5, 3, 1, 2, 4],
			[6, 7],
		]);
	});

	it('writes changes back to the URL, and not the names', () => {
		const root = seating();
		type(byId(root, 'seating-per-row'), '3');
		type(byId<HTMLTextAreaElement>(root, 'seating-names') as unknown as HTMLInputElement, '張三\n李四\n王明\n趙六');
		expect(location.search).toBe('?n=4&row=3&honour=left&view=audience');
		expect(decodeURIComponent(location.href)).not.toContain('張三');
	});

	it('says so when a link carries a value it cannot use', () => {
		const root = seating('?n=400&row=5');
		expect(root.querySelector('[data-seating] > .seating-notice')?.textContent).toBe('連結中的「n=400」無法使用,已改用預設值。');
		expect(byId(root, 'seating-per-row').value).toBe('5');
	});
});
