import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pdfPageSizes } from './support/pdfGeometry';
import { connectBrowser } from './support/browser';
import { pdfPages, pdfPlacedText, type PlacedPage, type PlacedText } from './support/pdfText';
import { pagefindResults } from './support/pagefindApi';
import { searchSite } from './support/search';
import { downloadedText, openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const FIVE = ['張三 區委書記', '', '李四 區長', '王明', '  ', '趙六 副書記', '孫七'].join('\n');

async function openSeating(query = '', options: Parameters<typeof openPage>[1] = {}) {
	const opened = await openPage(browser, options);
	await opened.page.goto(pageURL(`/tools/seating/${query}`));
	await opened.page.locator('[data-seating][data-hydrated]').waitFor();
	return opened;
}

/** Ranks of each drawn row, top to bottom, each left to right as drawn. */
function drawnRanks(page: Page): Promise<number[][]> {
	return page
		.locator('[data-seating] .seat-row')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('[data-rank]')].map((seat) => Number(seat.getAttribute('data-rank')))),
		);
}

/** The name shown in the seat of each rank. */
function seatNames(page: Page): Promise<Record<number, string>> {
	return page
		.locator('[data-seating] [data-rank]')
		.evaluateAll((seats) =>
			Object.fromEntries(
				seats.map((seat) => [Number(seat.getAttribute('data-rank')), seat.querySelector('.seat-name')?.textContent ?? '']),
			),
		);
}

const seat = (page: Page, rank: number) => page.locator(`[data-seating] [data-rank="${rank}"]`);
const focusedRank = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-rank'));

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * Waits for what a render or effect brings; generous, as the machine may be busy (not a timing assertion).
 * `read` may answer at once (the page's URL) or later (a locator): expect.poll awaits either.
 */
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 15_000 });

describe('the seat preview seats a pasted list by 第二篇 四(三)2(1)', () => {
	it('puts five names in the right seats, from the audience and mirrored from the rostrum; blank lines are ignored', async () => {
		const { page, context, pageErrors } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await poll(() => drawnRanks(page)).toEqual([[5, 3, 1, 2, 4]]);
		expect(await page.locator('#seating-count').inputValue()).toBe('5');
		expect(await seatNames(page)).toEqual({ 1: '張三', 2: '李四', 3: '王明', 4: '趙六', 5: '孫七' });
		expect(await page.locator('[data-view-label]').innerText()).toContain('台下視角');
		expect(await page.locator('.seat-side-start').innerText()).toContain('右手側');

		await page.getByLabel('台上視角(就座領導面向觀眾)').check();
		await poll(() => drawnRanks(page)).toEqual([[4, 2, 1, 3, 5]]);
		expect(await seatNames(page)).toEqual({ 1: '張三', 2: '李四', 3: '王明', 4: '趙六', 5: '孫七' });
		expect(await page.locator('[data-view-label]').innerText()).toContain('台上視角');
		expect(await page.locator('.seat-side-start').innerText()).toContain('左手側');
		await poll(() => new URL(page.url()).searchParams.get('view')).toBe('rostrum');
		// The screen-reader list follows the drawing: left to right as drawn.
		expect(compact((await page.locator('.seat-list li li').first().textContent()) ?? '')).toContain('4號趙六');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('marks the centre line and quotes the rule verbatim, linked to its clause and kept out of search', async () => {
		const { page, context } = await openSeating();
		expect(await page.locator('.centre-line').innerText()).toBe('中線');
		const quote = page.locator('blockquote.seating-quote');
		expect(await quote.innerText()).toContain('均以最高領導為中心,然后依先左后右次序排列。如領導對座次安排有特殊交待,按領導意見辦。');
		expect(await quote.locator('a').getAttribute('href')).toBe(sitePath('/standards/office-standard/#s4-3-2-1'));
		expect(await page.locator('[data-seating]').getAttribute('data-pagefind-ignore')).not.toBeNull();
		await context.close();
	});

	it('warns about a name listed twice and keeps both', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill('張三\n王明\n李四\n王明');
		expect(await page.locator('[data-issue="duplicate-name"]').innerText()).toBe(
			'「王明」重複出現(第 2 行與第 4 行),兩處均已保留,請核對。',
		);
		await poll(() => page.locator('[data-seating] [data-rank]').count()).toBe(4);
		await context.close();
	});
});

describe('按領導意見辦: swapping seats', () => {
	it('swaps two seats with the keyboard, marks 已手動調整, and restores the rule in one click', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await poll(() => drawnRanks(page)).toEqual([[5, 3, 1, 2, 4]]);

		await seat(page, 1).focus();
		await page.keyboard.press('Enter');
		expect(await seat(page, 1).getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('ArrowRight');
		expect(await focusedRank(page)).toBe('2');
		await page.keyboard.press('Space');
		await poll(() => drawnRanks(page)).toEqual([[5, 3, 2, 1, 4]]);
		expect(await page.locator('[data-adjusted]').innerText()).toBe('已手動調整');
		expect(await seat(page, 1).getAttribute('data-moved')).not.toBeNull();
		expect(await seat(page, 3).getAttribute('data-moved')).toBeNull();
		// The names moved with their ranks.
		expect(await seat(page, 1).locator('.seat-name').innerText()).toBe('張三');

		// Arrow keys, Home and End move focus only; Escape cancels a selection.
		await page.keyboard.press('Home');
		expect(await focusedRank(page)).toBe('5');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Escape');
		expect(await seat(page, 5).getAttribute('aria-pressed')).toBe('false');
		await page.keyboard.press('End');
		expect(await focusedRank(page)).toBe('4');

		await page.getByRole('button', { name: '恢復規則排列' }).click();
		await poll(() => drawnRanks(page)).toEqual([[5, 3, 1, 2, 4]]);
		expect(await page.locator('[data-adjusted]').count()).toBe(0);
		await context.close();
	});

	it('swaps across rows with the arrow keys in the rostrum view', async () => {
		const { page, context } = await openSeating('?n=7&row=5&honour=left&view=rostrum');
		// Rostrum view: the front row first (nearest the audience, drawn on top), mirrored.
		await poll(() => drawnRanks(page)).toEqual([
			[4, 2, 1, 3, 5],
			[7, 6],
		]);
		await seat(page, 1).focus();
		await page.keyboard.press('Enter');
		// Down from the centre seat: the two seats of the back row are equally near; the right one is taken.
		await page.keyboard.press('ArrowDown');
		expect(await focusedRank(page)).toBe('6');
		await page.keyboard.press('ArrowLeft');
		expect(await focusedRank(page)).toBe('7');
		await page.keyboard.press('Enter');
		await poll(() => drawnRanks(page)).toEqual([
			[4, 2, 7, 3, 5],
			[1, 6],
		]);
		// Focus stays on the chair: it now holds No.1; up from it, again the right one of two equally near.
		expect(await focusedRank(page)).toBe('1');
		await page.keyboard.press('ArrowUp');
		expect(await focusedRank(page)).toBe('7');
		await context.close();
	});

	it('keeps an adjustment when the layout changes, and brings it back with the layout', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await seat(page, 5).dragTo(seat(page, 4));
		await poll(() => drawnRanks(page)).toEqual([[4, 3, 1, 2, 5]]);
		await page.locator('#seating-per-row').fill('3');
		await poll(() => drawnRanks(page)).toEqual([
			[4, 5],
			[3, 1, 2],
		]);
		expect(await page.locator('.seating-adjustment .seating-notice').innerText()).toContain('5 人、每排 11 座、以左為上');
		await page.locator('#seating-per-row').fill('11');
		await poll(() => drawnRanks(page)).toEqual([[4, 3, 1, 2, 5]]);
		expect(await page.locator('[data-adjusted]').count()).toBe(1);
		await context.close();
	});

	it('swaps two seats by drag and drop', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await poll(() => drawnRanks(page)).toEqual([[5, 3, 1, 2, 4]]);
		await seat(page, 5).dragTo(seat(page, 4));
		await poll(() => drawnRanks(page)).toEqual([[4, 3, 1, 2, 5]]);
		expect(await seat(page, 5).locator('.seat-name').innerText()).toBe('孫七');
		expect(await page.locator('[data-adjusted]').count()).toBe(1);
		await context.close();
	});
});

describe('saved plans', () => {
	it('saves a named plan with its adjustment, and opens it again after a reload; deletes and restores it', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await page.locator('#seating-meeting-name').fill('全區經濟工作會議');
		await seat(page, 5).dragTo(seat(page, 4));
		await poll(() => drawnRanks(page)).toEqual([[4, 3, 1, 2, 5]]);
		await page.locator('[data-plan-name]').fill('經濟工作會議主席臺');
		await page.locator('[data-plan-save]').click();
		expect(await page.locator('.seating-plans [role="status"]').innerText()).toContain('已儲存「經濟工作會議主席臺」');
		const stored = await page.evaluate(() => localStorage.getItem('huiwu:v1:seating-plans'));
		expect(JSON.parse(stored ?? '{}').version).toBe(1);

		await page.reload();
		await page.locator('[data-seating][data-hydrated]').waitFor();
		expect(await page.locator('#seating-names').inputValue()).toBe('');
		const saved = page.locator('.seating-plan-list li', { hasText: '經濟工作會議主席臺' });
		await saved.locator('[data-plan-open]').click();
		expect(await page.locator('#seating-names').inputValue()).toBe('張三 區委書記\n李四 區長\n王明\n趙六 副書記\n孫七');
		expect(await page.locator('#seating-meeting-name').inputValue()).toBe('全區經濟工作會議');
		await poll(() => drawnRanks(page)).toEqual([[4, 3, 1, 2, 5]]);
		expect(await seatNames(page)).toMatchObject({ 4: '趙六', 5: '孫七' });
		expect(await page.locator('[data-adjusted]').count()).toBe(1);

		await saved.locator('[data-plan-delete]').click();
		expect(await page.locator('.seating-plan-list li').count()).toBe(0);
		await page.locator('[data-plan-undo]').click();
		expect(await page.locator('.seating-plan-list li').count()).toBe(1);
		await context.close();
	});

	it('with storage full, says the plan was not saved and offers it as a file (issue #16)', async () => {
		const { page, context } = await openSeating();
		await page.evaluate(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.locator('#seating-names').fill(FIVE);
		await page.locator('[data-plan-name]').fill('放不下的方案');
		await page.locator('[data-plan-save]').click();
		const status = page.locator('.seating-plans .seating-error');
		expect(await status.innerText()).toContain('「放不下的方案」未能存入此瀏覽器');
		expect(await page.locator('.seating-plans').innerText()).not.toContain('已儲存「放不下的方案」');
		const [file] = await Promise.all([page.waitForEvent('download'), status.locator('[data-export-unsaved]').click()]);
		const kept = JSON.parse(await downloadedText(file));
		expect(JSON.stringify(kept.storage['huiwu:v1:seating-plans'])).toContain('放不下的方案');
		expect(await page.evaluate(() => localStorage.getItem('huiwu:v1:seating-plans'))).toBeNull();
		await context.close();
	});

	// Asks for a name before saving: tests/component/seatingPreview.test.tsx.
});

// The URL keeping count and options, never names, and a bad value in a link: tests/component/seatingPreview.test.tsx.

describe('bad input', () => {
	// A bad count (0, 400, 七): tests/component/seatingPreview.test.tsx.

	it('shows a name made of HTML literally and runs nothing', async () => {
		const { page, context, pageErrors } = await openSeating();
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		const hostile = '<img src=x onerror=alert(1)>';
		await page.locator('#seating-names').fill(`張三\n${hostile}\t副書記\n<script>alert(2)</script>`);
		expect(await seat(page, 2).locator('.seat-name').textContent()).toBe(hostile);
		expect(await seat(page, 3).locator('.seat-name').textContent()).toBe('<script>alert(2)</script>');
		await page.getByLabel('會議席卡(每人一張,A4 橫向對折)').check();
		expect(await page.locator('.card-name').nth(2).textContent()).toBe(hostile);
		await page.getByLabel('房間歡迎卡(每頁兩張,A4 直向)').check();
		expect(await page.locator('.card-guest').nth(1).textContent()).toBe(hostile);
		expect(await page.locator('[data-seating] img, [data-seating] script').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('a 12-character name shrinks to fit its 席卡, on screen and in print', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill('王明\n司馬歐陽諸葛上官東方皇甫');
		await page.getByLabel('會議席卡(每人一張,A4 橫向對折)').check();
		const boxes = () =>
			page.locator('.card-name').evaluateAll((lines) =>
				lines.map((line) => ({
					text: line.textContent,
					scroll: line.scrollWidth,
					client: line.clientWidth,
					font: parseFloat(getComputedStyle(line).fontSize),
				})),
			);
		for (const media of ['screen', 'print'] as const) {
			await page.emulateMedia({ media });
			const lines = await boxes();
			expect(lines).toHaveLength(4);
			for (const line of lines) expect(line.scroll, `${media} ${line.text}`).toBeLessThanOrEqual(line.client);
			const [short, long] = [lines[0]!, lines[2]!];
			expect(long.text).toBe('司馬歐陽諸葛上官東方皇甫');
			expect(long.font).toBeLessThan(short.font);
		}
		// Two characters are spread to three characters' width, yet the text is still 王明.
		const [spreadWidth, fontSize] = await page
			.locator('.card-name span')
			.first()
			.evaluate((span) => [span.getBoundingClientRect().width, parseFloat(getComputedStyle(span).fontSize)]);
		expect(spreadWidth! / fontSize!).toBeCloseTo(3, 1);
		expect(await page.locator('.card-name').first().textContent()).toBe('王明');
		await context.close();
	});
});

/** The runs of `text` on a page, upright and upside down, each joined into one line's extent. */
function faces(page: PlacedPage, text: string): { upright: PlacedText | undefined; upsideDown: PlacedText | undefined } {
	const line = (upsideDown: boolean): PlacedText | undefined => {
		const runs = page.texts.filter((run) => run.upsideDown === upsideDown && text.includes(run.text.replace(/\s/g, '')));
		if (runs.length === 0) return undefined;
		return {
			text: (upsideDown ? [...runs].sort((a, b) => b.left - a.left) : [...runs].sort((a, b) => a.left - b.left))
				.map((run) => run.text.replace(/\s/g, ''))
				.join(''),
			left: Math.min(...runs.map((run) => run.left)),
			right: Math.max(...runs.map((run) => run.right)),
			baseline: runs[0]!.baseline,
			size: runs[0]!.size,
			upsideDown,
		};
	};
	return { upright: line(false), upsideDown: line(true) };
}

/**
 * A tent card (席卡, 桌卡) as folded from its sheet: A4 landscape; `text` once upright on
 * the lower half and once upside down on the upper half, mirror images through the
 * sheet's middle (so the fold there stands both faces upright); centred across the
 * width and spanning at least `minSpan` of it. Returns the upright line.
 */
function expectTentSheet(page: PlacedPage, text: string, minSpan: number): PlacedText {
	expect(Math.round(page.width)).toBe(297);
	expect(Math.round(page.height)).toBe(210);
	const { upright, upsideDown } = faces(page, text);
	expect(upright?.text, `${text} upright`).toBe(text);
	expect(upsideDown?.text, `${text} upside down`).toBe(text);
	const middle = page.height / 2;
	expect(upright!.baseline).toBeGreaterThan(middle);
	expect(upsideDown!.baseline).toBeLessThan(middle);
	// Mirror images through the middle: baselines equidistant from the fold, same extent.
	expect(Math.abs(upright!.baseline - middle - (middle - upsideDown!.baseline))).toBeLessThan(2);
	for (const line of [upright!, upsideDown!]) {
		expect(Math.abs((line.left + line.right) / 2 - page.width / 2), `${text} centred`).toBeLessThan(3);
		expect((line.right - line.left) / page.width, `${text} spans the width`).toBeGreaterThanOrEqual(minSpan);
	}
	return upright!;
}

describe('cards print full size: A4 sheets with the fold in the middle (geometry of the PDF)', () => {
	it('each 席卡 fills an A4 landscape sheet, the name as wide as the card allows on both faces; two characters as wide as three', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill('歐陽明 區委書記\n王明\n司馬歐陽諸葛上官東方皇甫');
		await page.getByLabel('會議席卡(每人一張,A4 橫向對折)').check();
		const pages = await pdfPlacedText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(pages).toHaveLength(3);
		const three = expectTentSheet(pages[0]!, '歐陽明', 0.6);
		const two = expectTentSheet(pages[1]!, '王明', 0.6);
		expect(Math.abs(two.right - two.left - (three.right - three.left))).toBeLessThan(0.05 * (three.right - three.left));
		// A long name shrinks to the card's width, never past it (the card is 257 mm wide).
		const long = expectTentSheet(pages[2]!, '司馬歐陽諸葛上官東方皇甫', 0.6);
		expect(long.right - long.left).toBeLessThanOrEqual(257);
		await context.close();
	});

	it('each 就餐桌卡 fills its sheet the same way; 歡迎卡 print two to an A4 portrait sheet, one on each half, centred', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await page.getByLabel('就餐桌卡(每桌一張,A4 橫向對折)').check();
		await page.getByLabel('每桌人數').fill('3');
		const tables = await pdfPlacedText(await page.pdf({ preferCSSPageSize: true }));
		expect(tables).toHaveLength(2);
		expectTentSheet(tables[0]!, '第1桌', 0.3);
		expectTentSheet(tables[1]!, '第2桌', 0.3);

		await page.getByLabel('房間歡迎卡(每頁兩張,A4 直向)').check();
		const rooms = await pdfPlacedText(await page.pdf({ preferCSSPageSize: true }));
		expect(rooms).toHaveLength(3);
		const sheet = rooms[0]!;
		expect([Math.round(sheet.width), Math.round(sheet.height)]).toEqual([210, 297]);
		const [first, second] = [faces(sheet, '張三').upright!, faces(sheet, '李四').upright!];
		expect(first.baseline).toBeLessThan(sheet.height / 2);
		expect(second.baseline).toBeGreaterThan(sheet.height / 2);
		// The same card on each half: the second exactly half a sheet below the first.
		expect(Math.abs(second.baseline - first.baseline - sheet.height / 2)).toBeLessThan(2);
		for (const name of [first, second]) {
			expect(Math.abs((name.left + name.right) / 2 - sheet.width / 2)).toBeLessThan(3);
			expect((name.right - name.left) / sheet.width).toBeGreaterThanOrEqual(0.25);
		}
		await context.close();
	});
});

describe('the chart and every card in one go', () => {
	it('prints the chart, then each 席卡 and 桌卡 sheet full size, each on its own page', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await page.getByLabel('座位圖、席卡與桌卡(一次列印,A4 橫向)').check();
		await page.getByLabel('每桌人數').fill('3');
		const pages = await pdfPlacedText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		// 1 chart + 5 席卡 + 2 桌卡.
		expect(pages).toHaveLength(8);
		expect([Math.round(pages[0]!.width), Math.round(pages[0]!.height)]).toEqual([297, 210]);
		expect(pages[0]!.texts.map((run) => run.text).join('')).toContain('主席臺座次圖');
		['張三', '李四', '王明', '趙六', '孫七'].forEach((name, i) => expectTentSheet(pages[1 + i]!, name, 0.6));
		expectTentSheet(pages[6]!, '第1桌', 0.3);
		expectTentSheet(pages[7]!, '第2桌', 0.3);
		await context.close();
	});
});

describe('printing on A4', () => {
	it('prints the seat chart landscape with the meeting, the date, the view and every name', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await page.locator('#seating-meeting-name').fill('全區經濟工作會議');
		await page.locator('#seating-meeting-date').fill('2026-03-02');
		await page.getByLabel('台上視角(就座領導面向觀眾)').check();
		expect(await page.locator('[data-seating]').getAttribute('data-print')).toBe('chart');
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const sizes = await pdfPageSizes(pdf);
		expect(sizes[0]).toEqual({ width: 297, height: 210 });
		const text = compact((await pdfPages(pdf)).join(''));
		for (const expected of ['全區經濟工作會議', '2026-03-02', '台上視角', '以左為上', '中線', '張三', '李四', '王明', '趙六', '孫七']) {
			expect(text).toContain(expected);
		}
		// Nothing of the form, the saved plans or the print chooser.
		for (const absent of ['方案名稱', '要列印的內容', '領導名單', '主席臺座位預覽']) expect(text).not.toContain(absent);
		await context.close();
	});

	it('prints one folded 席卡 per person, the name on both faces; after the list changes, only the new 席卡', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await page.getByLabel('會議席卡(每人一張,A4 橫向對折)').check();
		expect(await page.locator('[data-seating]').getAttribute('data-print')).toBe('name-cards');
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = (await pdfPages(pdf)).map(compact);
		expect(pages).toHaveLength(5);
		for (const size of await pdfPageSizes(pdf)) expect(size).toEqual({ width: 297, height: 210 });
		['張三', '李四', '王明', '趙六', '孫七'].forEach((name, i) => {
			expect(pages[i]!.split(name).length - 1, name).toBe(2);
		});
		expect(pages.join('')).not.toContain('主席臺座次圖');

		// Changes the day before (issue #21): recorded as printed, then 李四 withdrawn, 王明 corrected to 汪明, 周八 added.
		await page.locator('[data-reprint-record]').click();
		await page.locator('#seating-names').fill(['張三 區委書記', '汪明', '趙六 副書記', '孫七', '周八'].join('\n'));
		await poll(() => page.locator('[data-reprint-gone]').textContent()).toBe('已不在名單上,請收回其席卡:李四、王明');
		await page.evaluate(() => {
			window.print = () => undefined;
		});
		await page.locator('[data-print-changed]').click();
		await poll(() => page.locator('.card-preview .card-sheet-tent').count()).toBe(2);
		const changedPdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const changed = (await pdfPages(changedPdf)).map(compact);
		expect(changed).toHaveLength(2);
		for (const size of await pdfPageSizes(changedPdf)) expect(size).toEqual({ width: 297, height: 210 });
		['汪明', '周八'].forEach((name, i) => expect(changed[i]!.split(name).length - 1, name).toBe(2));
		for (const kept of ['張三', '趙六', '孫七', '李四', '王明']) expect(changed.join('')).not.toContain(kept);
		await context.close();
	});

	it('prints 就餐桌卡 per table and 房間歡迎卡 two to a page, from the same list', async () => {
		const { page, context } = await openSeating();
		await page.locator('#seating-names').fill(FIVE);
		await page.getByLabel('就餐桌卡(每桌一張,A4 橫向對折)').check();
		await page.getByLabel('每桌人數').fill('3');
		const tables = (await pdfPages(await page.pdf({ preferCSSPageSize: true }))).map(compact);
		expect(tables).toHaveLength(2);
		expect(tables[0]).toContain('第1桌');
		expect(tables[0]).toContain('張三、李四、王明');
		expect(tables[1]).toContain('第2桌');
		expect(tables[1]).toContain('趙六、孫七');

		await page.getByLabel('房間歡迎卡(每頁兩張,A4 直向)').check();
		await page.getByLabel('入住酒店(選填)').fill('縣賓館');
		await page.getByLabel('會務聯絡人及電話(選填)').fill('辦公室 0000-1234567');
		const roomPdf = await page.pdf({ preferCSSPageSize: true });
		const rooms = (await pdfPages(roomPdf)).map(compact);
		expect(rooms).toHaveLength(3);
		expect((await pdfPageSizes(roomPdf))[0]).toEqual({ width: 210, height: 297 });
		expect(rooms[0]).toContain('張三');
		expect(rooms[0]).toContain('李四');
		expect(rooms[0]).toContain('入住酒店:縣賓館');
		expect(rooms[2]).toContain('孫七');
		await context.close();
	});

	it('the print button prints the chosen sheet with the browser’s own dialog', async () => {
		const { page, context } = await openSeating();
		await page.evaluate(() => {
			(window as unknown as { printed: string[] }).printed = [];
			window.print = () =>
				(window as unknown as { printed: string[] }).printed.push(document.querySelector('[data-seating]')!.getAttribute('data-print')!);
		});
		await page.locator('#seating-names').fill('張三');
		await page.getByLabel('會議席卡(每人一張,A4 橫向對折)').check();
		await page.locator('[data-print-button]').click();
		expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['name-cards']);
		await context.close();
	});

	it('asks for names before making name cards from a bare count', async () => {
		const { page, context } = await openSeating();
		await page.getByLabel('會議席卡(每人一張,A4 橫向對折)').check();
		expect(await page.locator('.seating-print .seating-notice[role="status"]').innerText()).toBe(
			'請先在名單中輸入姓名,才能製作會議席卡與房間歡迎卡。',
		);
		expect(await page.locator('[data-print-button]').count()).toBe(0);
		await context.close();
	});
});

describe('search', () => {
	it('finds the tool by its name, and lists the seat tools for 座次 after the standard itself', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		expect((await searchSite(page, '座位預覽'))[0]).toBe(sitePath('/tools/seating/'));
		// Four tools seat people now (rostrum, audience, reception room, banquet): 座次 puts
		// the standard that sets the rule first and every one of them on the first two pages of results.
		const [results] = await pagefindResults(page, ['座次'], 10);
		expect(results![0]).toBe(sitePath('/standards/office-standard/'));
		for (const tool of ['seating', 'audience', 'reception', 'banquet']) expect(results).toContain(sitePath(`/tools/${tool}/`));
		await context.close();
	});
});

describe('the 简体 edition', () => {
	it('shows the page in 简体 with links into the 简体 standards', async () => {
		const { page, context } = await openSeating('', {});
		await page.goto(pageURL('/zh-cn/tools/seating/'));
		await page.locator('[data-seating][data-hydrated]').waitFor();
		expect(await page.locator('h1').innerText()).toBe('主席台座位预览');
		expect(await page.getByLabel('以左为上').isChecked()).toBe(true);
		expect(await page.locator('blockquote.seating-quote a').getAttribute('href')).toBe(
			sitePath('/zh-cn/standards/office-standard/#s4-3-2-1'),
		);
		await page.locator('#seating-names').fill('张三\n李四\n王明');
		await poll(() => drawnRanks(page)).toEqual([[3, 1, 2]]);
		await context.close();
	});
});

// On a phone (390×844): tests/e2e/phone.test.ts draws 3 to 15 seats there.
