import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, stepBox } from './support/checklist';
import { openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

/** A phone in the hand during a meeting: 390×844, touch (pointer: coarse). */
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const TAP = 44;

/** Visible elements matching `selector` whose box is less than 44 px tall, by their text. */
function shortTargets(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll(
		(elements, min) =>
			elements
				.filter((el) => (el as HTMLElement).offsetParent !== null)
				.filter((el) => el.getBoundingClientRect().height < min)
				.map((el) => `${(el.textContent ?? '').trim().slice(0, 20)} (${Math.round(el.getBoundingClientRect().height)} px)`),
		TAP,
	);
}

describe('on a phone, every tap target is at least 44 px tall', () => {
	it('checklist rows: the step text is the target and a tap on it ticks the box', async () => {
		const { page, context } = await openPage(browser, phone);
		await page.goto(pageURL('/checklists/party-congress/'));
		const list = await hydratedChecklist(page, 'party-congress');
		expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
		expect(await shortTargets(page, '.checklist .checklist-label')).toEqual([]);
		expect(await shortTargets(page, '.checklist button')).toEqual([]);
		await list.locator('[data-step="draft-preparation-plan"] .checklist-label').first().tap();
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		// The box keeps its accessible name: the step's own text.
		expect(await stepBox(list, 'draft-preparation-plan').getAttribute('aria-labelledby')).toBeTruthy();
		await context.close();
	});

	it.each(['/tools/seating/?n=7', '/tools/meetings/', '/training/quiz/', '/tools/deadlines/'])(
		'buttons and choices on %s',
		async (path) => {
			const { page, context } = await openPage(browser, phone);
			await page.goto(pageURL(path));
			// The first island interactive; the rest measure the same server-rendered (the CSS is the same).
			await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
			expect(
				await shortTargets(page, '.sl-markdown-content button, .sl-markdown-content .quiz-option, .sl-markdown-content fieldset label'),
			).toEqual([]);
			await context.close();
		},
	);

	it('the keyboard-only instructions are hidden on a touch screen, shown with a mouse', async () => {
		const touch = await openPage(browser, phone);
		await touch.page.goto(pageURL('/tools/seating/?n=7'));
		await touch.page.locator('[data-seating][data-hydrated]').waitFor();
		expect(await touch.page.locator('.keyboard-only').isVisible()).toBe(false);
		await touch.context.close();
		const desk = await openPage(browser);
		await desk.page.goto(pageURL('/tools/seating/?n=7'));
		await desk.page.locator('[data-seating][data-hydrated]').waitFor();
		expect(await desk.page.locator('.keyboard-only').isVisible()).toBe(true);
		await desk.context.close();
	});
});

describe('on a phone, the seat chart fits the screen and says its order in words', () => {
	/** Every seat's box, the page's sideways overflow, and what the chart writes beside the drawing. */
	const chartState = (page: Page) =>
		page.evaluate(() => {
			const seats = [...document.querySelectorAll<HTMLElement>('.seat-chart .seat')].map((seat) => {
				const box = seat.getBoundingClientRect();
				return { rank: Number(seat.dataset.rank), left: box.left, right: box.right, top: box.top, width: box.width, height: box.height };
			});
			const scroller = document.querySelector<HTMLElement>('.seat-rows-scroll')!;
			const visible = (selector: string) => {
				const el = document.querySelector<HTMLElement>(selector);
				return el && el.offsetParent !== null ? el.innerText.trim() : null;
			};
			const lineLengths = new Map<number, number>();
			for (const seat of seats) lineLengths.set(Math.round(seat.top), (lineLengths.get(Math.round(seat.top)) ?? 0) + 1);
			return {
				seats,
				lines: lineLengths.size,
				lineLengths: [...lineLengths.values()],
				pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
				chartOverflow: scroller.scrollWidth - scroller.clientWidth,
				wrapNote: visible('[data-wrap-note]'),
				order: visible('[data-seat-order]'),
			};
		});

	// One page, as a person changes the form: 3 to 15 seats in one row, then 12 in rows of 6.
	it('any count up to 15: every seat on screen, a fingertip wide and tall, long rows in balanced lines, the order written', async () => {
		const { page, context } = await openPage(browser, phone);
		await page.goto(pageURL('/tools/seating/?n=15&row=15'));
		await page.locator('[data-seating][data-hydrated]').waitFor();
		// [seats, seats per row, lines drawn at 390 px (a line holds 7), whether a row wraps]
		for (const [count, perRow, lines, wraps] of [
			[3, 15, 1, false],
			[7, 15, 1, false],
			[10, 15, 2, true],
			[15, 15, 3, true],
			[12, 6, 2, false],
		] as const) {
			const layout = `${count} in rows of ${perRow}`;
			await page.locator('#seating-per-row').fill(String(perRow));
			await page.locator('#seating-count').fill(String(count));
			await expect.poll(() => page.locator('.seat-chart .seat').count()).toBe(count);
			await expect.poll(async () => (await chartState(page)).lines).toBe(lines);
			const state = await chartState(page);
			// No sideways scrolling, of the page or inside the drawing; every seat wholly on screen.
			expect(state.pageOverflow, layout).toBeLessThanOrEqual(0);
			expect(state.chartOverflow, layout).toBeLessThanOrEqual(0);
			for (const seat of state.seats) {
				const what = `${layout}, seat ${seat.rank}`;
				expect(seat.left, what).toBeGreaterThanOrEqual(0);
				expect(seat.right, what).toBeLessThanOrEqual(phone.viewport.width);
				expect(Math.round(seat.width), what).toBeGreaterThanOrEqual(TAP);
				expect(Math.round(seat.height), what).toBeGreaterThanOrEqual(TAP);
			}
			// Wrapped lines are about as long as each other (15 → 5 5 5, not 7 7 1), and the chart says how to read them.
			const lengths = state.lineLengths;
			if (wraps) expect(Math.max(...lengths) - Math.min(...lengths), layout).toBeLessThanOrEqual(1);
			if (wraps) expect(state.wrapNote, layout).toContain('由左至右');
			else expect(state.wrapNote, layout).toBeNull();
			// The order in words, visible, every seat in it.
			expect(state.order, layout).toContain('從台下看,左起:');
			const written = (state.order ?? '').match(/\d+/g)?.map(Number) ?? [];
			for (let rank = 1; rank <= count; rank++) expect(written, layout).toContain(rank);
		}
		await page.locator('#seating-per-row').fill('11');
		await page.locator('#seating-count').fill('7');
		await expect.poll(() => page.locator('[data-seat-order]').innerText()).toBe('從台下看,左起:7 5 3 1 2 4 6');
		// Tapping two seats swaps them, as a click does.
		await page.locator('.seat-chart .seat[data-rank="1"]').tap();
		await page.locator('.seat-chart .seat[data-rank="2"]').tap();
		expect(await page.locator('[data-adjusted]').count()).toBe(1);
		await context.close();
	});
});

describe('the phone home page reaches everything in one tap', () => {
	it.each(['/', '/zh-cn/'])('%s: the menu holds every section and the edition and theme switches', async (home) => {
		const { page, context } = await openPage(browser, phone);
		await page.goto(pageURL(home));
		await page.locator('button.sl-menu-button').tap();
		const links = await page
			.locator('#starlight__sidebar a')
			.evaluateAll((anchors) =>
				anchors.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
		const prefix = home === '/' ? '' : '/zh-cn';
		for (const path of [
			'/standards/office-standard/',
			'/training/',
			'/training/quiz/',
			'/tools/meetings/',
			'/tools/deadlines/',
			'/tools/seating/',
			'/quick-reference/',
			'/checklists/',
			'/privacy/',
		]) {
			expect(links).toContain(sitePath(`${prefix}${path}`));
		}
		expect(
			await page
				.locator('.mobile-preferences starlight-theme-select select, #starlight__sidebar starlight-theme-select select')
				.first()
				.isVisible(),
		).toBe(true);
		expect(
			await page
				.locator('.mobile-preferences starlight-lang-select select, #starlight__sidebar starlight-lang-select select')
				.first()
				.isVisible(),
		).toBe(true);
		await context.close();
	});
});

describe('a table of contents is shown only when it has somewhere to go', () => {
	it('a tool page has none; a standard keeps its own', async () => {
		const { page, context } = await openPage(browser, phone);
		await page.goto(pageURL('/tools/deadlines/'));
		expect(await page.locator('mobile-starlight-toc, starlight-toc').count()).toBe(0);
		await page.goto(pageURL('/standards/office-standard/'));
		expect(await page.locator('mobile-starlight-toc, starlight-toc').count()).toBeGreaterThan(0);
		await context.close();
	});
});

describe('dark mode has no bright boxes', () => {
	/** Relative luminance of a CSS rgb() colour (0 black … 1 white). */
	const luminance = (rgb: string) => {
		const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
		const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
	};

	it('an empty progress bar and a notice stay dark', async () => {
		const { page, context } = await openPage(browser, { ...phone, colorScheme: 'dark' });
		await page.goto(pageURL('/checklists/'));
		await page.locator('progress').first().waitFor();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		// The browser's own bar (appearance: auto) is white when empty; ours is drawn in the page's colours.
		const bar = await page
			.locator('progress')
			.first()
			.evaluate((el) => ({ appearance: getComputedStyle(el).appearance, background: getComputedStyle(el).backgroundColor }));
		expect(bar.appearance).toBe('none');
		expect(luminance(bar.background)).toBeLessThan(0.2);
		await page.goto(pageURL('/tools/meeting/?id=missing'));
		const notice = page.locator('.huiwu-notice').first();
		await notice.waitFor();
		expect(luminance(await notice.evaluate((el) => getComputedStyle(el).backgroundColor))).toBeLessThan(0.2);
		await context.close();
	});
});
