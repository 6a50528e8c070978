import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { pdfPageSizes } from './support/pdfGeometry';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL, sitePath, stubPrintDialog } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const compact = (text: string) => text.replace(/\s+/g, '');
/** Waits for what a render brings; generous, as the machine may be busy (not a timing assertion). */
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 15_000 });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function open(path: string, root: string, options: Parameters<typeof openPage>[1] = {}) {
	const opened = await openPage(browser, options);
	const printed = await stubPrintDialog(opened.page);
	await opened.page.goto(pageURL(path));
	await opened.page.locator(`${root}[data-hydrated]`).waitFor();
	return { ...opened, printed };
}

async function printSheet(page: Page, printed: () => Promise<void>, button: string) {
	await page.getByRole('button', { name: button }).click();
	await printed();
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	return { pages: (await pdfPages(pdf)).map(compact), sizes: await pdfPageSizes(pdf) };
}

/** Each listed person's seat: `張三 2-2` (排-號). */
function audienceSeatsShown(page: Page): Promise<Record<string, string>> {
	return page
		.locator('[data-audience] .room-seat-list [data-person]')
		.evaluateAll((items) =>
			Object.fromEntries(
				items.map((item) => [item.getAttribute('data-person'), `${item.getAttribute('data-row')}-${item.getAttribute('data-seat')}`]),
			),
		);
}

async function fillAudience(page: Page) {
	await page.locator('input[name="audience-block-label-1"]').fill('區委');
	await page.locator('textarea[name="audience-block-names-1"]').fill('張三\n李四\n王五');
	await page.locator('input[name="audience-block-label-2"]').fill('區政府');
	await page.locator('textarea[name="audience-block-names-2"]').fill('趙六\n孫七');
	await page.locator('input[name="audience-per-row"]').fill('3');
	await page.locator('input[name="audience-reserved"]').fill('1');
}

describe('臺下座位: blocks seated row by row from the front', () => {
	it('seats each block on rows of its own behind the reserved row, centre-out or left to right', async () => {
		const { page, context, pageErrors, foreignRequests } = await open('/tools/audience/', '[data-audience]');
		await fillAudience(page);
		// Centre-out as on the rostrum: the most senior in the middle, 2 號 to his left (the audience's right).
		await poll(() => audienceSeatsShown(page)).toEqual({ 張三: '2-2', 李四: '2-3', 王五: '2-1', 趙六: '3-1', 孫七: '3-2' });
		expect(await page.locator('[data-audience-chart] [data-row="1"]').getAttribute('data-reserved')).not.toBeNull();
		expect(await page.locator('[data-audience-chart] [data-row="2"] [data-seat="2"]').innerText()).toBe('張三');
		// An aisle after 2 號: a gap in every row between seats 2 and 3.
		await page.locator('input[name="audience-aisle"]').fill('2');
		expect(await page.locator('[data-audience-chart] [data-row="2"] [data-seat="2"] + .room-aisle + [data-seat="3"]').count()).toBe(1);
		await page.getByLabel('由左至右依次就座(面向主席臺)').check();
		await poll(() => audienceSeatsShown(page)).toEqual({ 張三: '2-1', 李四: '2-2', 王五: '2-3', 趙六: '3-1', 孫七: '3-2' });
		// The rule is sourced: the clause on seat marks quoted and linked, and the common practice stated.
		const note = page.locator('[data-audience] [data-rule-note]');
		expect(await note.innerText()).toContain('在與會人員入場券上注明座次');
		expect(await note.innerText()).toContain('各地各單位做法不盡相同');
		expect(await note.locator('blockquote a').getAttribute('href')).toBe(sitePath('/standards/office-standard/#s4-3-2-2'));
		expect(new URL(page.url()).search).toBe('');
		expect(pageErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	it('says what is wrong with a bad row size and keeps the lists', async () => {
		const { page, context } = await open('/tools/audience/', '[data-audience]');
		await fillAudience(page);
		await page.locator('input[name="audience-per-row"]').fill('0');
		expect(await page.locator('[data-room-error]').innerText()).toBe('每排座位數須為 1 至 60 的整數。');
		await page.locator('input[name="audience-per-row"]').fill('3');
		await page.locator('input[name="audience-aisle"]').fill('5');
		expect(await page.locator('[data-room-error]').innerText()).toBe('走道位置須為小於每排座位數的正整數,或留空。');
		expect(await page.locator('textarea[name="audience-block-names-1"]').inputValue()).toBe('張三\n李四\n王五');
		await context.close();
	});

	it('fits a 390 px phone with thirty seats a row, without sideways scrolling', async () => {
		const { page, context } = await open('/tools/audience/', '[data-audience]', PHONE);
		await page.locator('input[name="audience-per-row"]').fill('30');
		await page.locator('textarea[name="audience-block-names-1"]').fill(Array.from({ length: 45 }, (_, i) => `代表${i + 1}`).join('\n'));
		await poll(() => page.locator('[data-audience-chart] [data-block]').count()).toBe(45);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('prints the chart landscape, the seat tickets ten to an A4 portrait sheet, and one 席卡 per person', async () => {
		const { page, context, printed } = await open('/tools/audience/', '[data-audience]');
		await fillAudience(page);
		await page.locator('input[name="audience-meeting"]').fill('全區經濟工作會議');
		await poll(() => page.locator('[data-audience-chart] [data-block]').count()).toBe(5);

		const chart = await printSheet(page, printed, '列印座位圖(A4 橫向)');
		expect(chart.sizes).toEqual([{ width: 297, height: 210 }]);
		for (const expected of ['臺下座位圖', '全區經濟工作會議', '主席臺', '第2排', '第3排', '張三', '李四', '王五', '趙六', '孫七'])
			expect(chart.pages[0]).toContain(expected);
		for (const absent of ['每排座位數', '座位清單']) expect(chart.pages[0]).not.toContain(absent);

		const tickets = await printSheet(page, printed, '列印座位票(每頁十張,A4 直向)');
		expect(tickets.sizes).toEqual([{ width: 210, height: 297 }]);
		for (const expected of ['張三區委第2排第2號', '孫七區政府第3排第2號', '全區經濟工作會議']) expect(tickets.pages[0]).toContain(expected);
		expect(tickets.pages[0]).not.toContain('臺下座位圖');

		const cards = await printSheet(page, printed, '列印席卡(每人一張,A4 橫向對折)');
		expect(cards.pages).toHaveLength(5);
		for (const size of cards.sizes) expect(size).toEqual({ width: 297, height: 210 });
		['張三', '李四', '王五', '趙六', '孫七'].forEach((name, i) => expect(cards.pages[i]!.split(name).length - 1, name).toBe(2));
		await context.close();
	});
});

describe('the 简体 edition', () => {
	it('has the three seat pages with their labels converted and the sidebar entries', async () => {
		for (const [path, root, label] of [
			['/zh-cn/tools/audience/', '[data-audience]', '每排座位数'],
			['/zh-cn/tools/reception/', '[data-reception]', '主宾坐在主人的'],
			['/zh-cn/tools/banquet/', '[data-banquet]', '每桌人数'],
		] as const) {
			const { page, context, pageErrors } = await open(path, root);
			expect(await page.locator(root).innerText()).toContain(label);
			expect(await page.locator(`nav.sidebar a[href="${sitePath('/zh-cn/tools/audience/')}"]`).count()).toBe(1);
			expect(await page.locator(`nav.sidebar a[href="${sitePath('/zh-cn/tools/reception/')}"]`).count()).toBe(1);
			expect(pageErrors).toEqual([]);
			await context.close();
		}
	});
});

describe('會見座次: host and chief guest facing the entrance', () => {
	async function fillReception(page: Page) {
		await page.locator('textarea[name="reception-hosts"]').fill('張三 區長\n李四\n王五');
		await page.locator('textarea[name="reception-guests"]').fill('吳明 廳長\n鄭華');
	}
	const principal = (page: Page, side: 'host' | 'guest') => page.locator(`[data-reception-chart] [data-side="${side}"][data-rank="1"]`);

	it('seats the chief guest on the host’s right (the viewer’s left from the entrance), or on his left by choice', async () => {
		const { page, context, pageErrors } = await open('/tools/reception/', '[data-reception]');
		await fillReception(page);
		await poll(() => principal(page, 'guest').getAttribute('data-x')).toBe('-1');
		expect(await principal(page, 'host').getAttribute('data-x')).toBe('1');
		expect(await principal(page, 'guest').innerText()).toContain('吳明');
		// The delegations along their sides, in precedence order toward the entrance; staff behind.
		const host3 = page.locator('[data-reception-chart] [data-side="host"][data-rank="3"]');
		expect(await host3.innerText()).toContain('王五');
		expect(await host3.getAttribute('data-y')).toBe('2');
		expect(await page.locator('[data-reception-chart] [data-rank="0"][data-y="-1"]').count()).toBe(2);
		await page.getByLabel('左側(按本單位習慣)').check();
		await poll(() => principal(page, 'guest').getAttribute('data-x')).toBe('1');
		expect(await page.locator('[data-reception] [data-rule-note]').innerText()).toContain('各地各單位做法不盡相同');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('asks for both delegations', async () => {
		const { page, context } = await open('/tools/reception/', '[data-reception]');
		await page.locator('textarea[name="reception-hosts"]').fill('張三');
		expect(await page.locator('[data-room-error]').innerText()).toBe('請填寫主方與客方名單,各至少一人。');
		await context.close();
	});

	it('fits a 390 px phone', async () => {
		const { page, context } = await open('/tools/reception/', '[data-reception]', PHONE);
		await fillReception(page);
		await page.locator('input[name="reception-host-staff"]').fill('3');
		await poll(() => page.locator('[data-reception-chart] [data-rank="0"]').count()).toBe(4);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('prints the chart landscape and one 席卡 per person in precedence order', async () => {
		const { page, context, printed } = await open('/tools/reception/', '[data-reception]');
		await fillReception(page);
		await poll(() => principal(page, 'guest').count()).toBe(1);
		const chart = await printSheet(page, printed, '列印座位圖(A4 橫向)');
		expect(chart.sizes).toEqual([{ width: 297, height: 210 }]);
		for (const expected of ['會見座位圖', '主人', '主賓', '入口', '張三', '李四', '王五', '吳明', '鄭華'])
			expect(chart.pages[0]).toContain(expected);
		expect(chart.pages[0]).not.toContain('主方名單');

		const cards = await printSheet(page, printed, '列印席卡(每人一張,A4 橫向對折)');
		expect(cards.pages).toHaveLength(5);
		for (const size of cards.sizes) expect(size).toEqual({ width: 297, height: 210 });
		['張三', '吳明', '李四', '鄭華', '王五'].forEach((name, i) => expect(cards.pages[i]!.split(name).length - 1, name).toBe(2));
		await context.close();
	});
});
