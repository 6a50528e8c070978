import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SeatingPreview from '../../src/components/seating/SeatingPreview';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { $seatingPlans, savePlan } from '../../src/stores/seatingPlans';
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

describe('changes the day before (issue #21): the rostrum marks what changed since printing and reprints only new 席卡', () => {
	const names = (root: HTMLElement) => byId<HTMLTextAreaElement>(root, 'seating-names') as unknown as HTMLInputElement;
	const status = (root: HTMLElement) => root.querySelector('[data-reprint-status]')?.textContent ?? '';
	const changedRanks = (root: HTMLElement) =>
		[...root.querySelectorAll('[data-seating] .seat[data-changed]')].map((seat) => Number(seat.getAttribute('data-rank'))).sort();
	const cardNames = (root: HTMLElement) =>
		[...root.querySelectorAll('.card-preview .card-sheet-tent')].map((card) => card.getAttribute('aria-label'));
	const printChanged = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('[data-print-changed]')!;

	it('after 記下目前安排, a withdrawal and an addition in the pasted list: changed chairs marked, the one to take back named, only the new card printed', () => {
		const printed: string[] = [];
		window.print = () => printed.push(document.querySelector('[data-seating]')!.getAttribute('data-print')!);
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			callback(0);
			return 0;
		});
		try {
			const root = seating();
			type(names(root), '張三\n李四\n王明\n趙六\n孫七');
			// Nothing printed yet: nothing is marked, nothing to reprint.
			expect(changedRanks(root)).toEqual([]);
			expect(printChanged(root).disabled).toBe(true);
			click(root.querySelector('[data-reprint-record]')!);
			expect(status(root)).toBe(seatingMessages['reprint.baseline-set']);

			// 李四 withdrawn, 周八 added at the end.
			type(names(root), '張三\n王明\n趙六\n孫七\n周八');
			expect(root.querySelector('[data-reprint-gone]')?.textContent).toBe('已不在名單上,請收回其席卡:李四');
			// 王明, 趙六 and 孫七 move up a rank (other chairs), 周八 is new; 張三 keeps his chair.
			expect(changedRanks(root)).toEqual([2, 3, 4, 5]);
			expect(root.querySelector('.seat[data-rank="5"]')?.textContent).toContain('有變動');
			expect(root.querySelector('.seat[data-rank="1"]')?.hasAttribute('data-changed')).toBe(false);
			expect(status(root)).toContain('有 4 人的座位或席卡有變動');

			click(printChanged(root));
			expect(printed).toHaveLength(1);
			expect(root.querySelector('[data-seating]')?.getAttribute('data-print')).toBe('name-cards');
			expect(cardNames(root)).toEqual(['周八']);
			// The chooser shows the whole set again.
			click(fieldByLabel(root, '會議席卡(每人一張,A4 橫向對折)'));
			expect(cardNames(root)).toEqual(['張三', '王明', '趙六', '孫七', '周八']);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('what was printed from a saved plan is kept with it: the meeting page’s re-made list is compared with it when the plan is opened', async () => {
		window.print = () => undefined;
		const root = seating();
		type(names(root), '張三\n李四\n王明');
		type(root.querySelector<HTMLInputElement>('[data-plan-name]')!, '常委會');
		click(root.querySelector('[data-plan-save]')!);
		click(fieldByLabel(root, '會議席卡(每人一張,A4 橫向對折)'));
		click(root.querySelector('[data-print-button]')!);
		const [plan] = Object.values($seatingPlans.get().plans).filter((saved) => saved.name === '常委會');
		expect(Object.keys(plan!.printed?.cards ?? {})).toEqual(['張三', '李四', '王明']);

		// The list changes elsewhere (the meeting page re-makes the plan, keeping what was printed).
		const { updatedAt: _stamp, ...rest } = plan!;
		await act(async () => {
			savePlan({ ...rest, count: 3, people: [{ name: '張三' }, { name: '王明' }, { name: '孫七' }] });
			// useStore re-renders on a timer.
			await new Promise((resolve) => setTimeout(resolve));
		});
		click(root.querySelector(`[data-plan="${plan!.id}"] [data-plan-open]`)!);
		expect(root.querySelector('[data-reprint-gone]')?.textContent).toContain('李四');
		expect(root.querySelector<HTMLButtonElement>('[data-print-changed]')!.disabled).toBe(false);
		// Only the 席卡 were printed, not the chart: no chair is marked, 孫七's card is the one to print.
		expect(changedRanks(root)).toEqual([]);
		click(printChanged(root));
		expect(cardNames(root)).toEqual(['孫七']);
	});
});
