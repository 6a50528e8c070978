import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { pdfPageSizes } from './support/pdfGeometry';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL, stubPrintDialog } from './support/site';

// Layouts opened from a meeting (issue #21): the people come from the meeting's
// list, the settings and swaps survive a reload, and a change after printing
// reprints only what changed. One page for every check; island behaviour is in
// tests/component/seatLayouts.test.tsx.
let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const MEETING_ID = 'm-layoutse2e';
const PARTICIPANTS_KEY = 'huiwu:v1:participants';
const compact = (text: string) => text.replace(/\s+/g, '');
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 15_000 });

const blank = {
	unit: '',
	title: '',
	gender: '',
	ethnicity: '',
	phone: '',
	note: '',
	room: '',
	table: '',
	diet: '',
	car: '',
	rostrum: false,
	reason: '',
	takenBy: '',
	signedInAt: '',
};
const PEOPLE = [
	['p-host000001', '張三', 'attendee'],
	['p-host000002', '李四', 'attendee'],
	['p-host000003', '王五', 'attendee'],
	['p-gues000001', '吳明', 'guest'],
	['p-gues000002', '鄭華', 'guest'],
	['p-gues000003', '錢進', 'guest'],
	['p-gues000004', '陳東', 'guest'],
] as const;

/** The meeting's list as the participants store keeps it; `leave` puts those ids on leave (請假). */
function participantsEnvelope(leave: readonly string[] = []) {
	const people = PEOPLE.map(([id, name, category]) => ({
		...blank,
		id,
		name,
		category,
		attendance: leave.includes(id) ? 'leave' : 'expected',
	}));
	return JSON.stringify({ version: 1, data: { lists: { [MEETING_ID]: { people, updatedAt: 10 + leave.length } }, deleted: {} } });
}

/** Clicks a print button and waits for the (stubbed) dialog; the counter restarts with every page load, so it is reset here. */
async function print(page: Page, button: string) {
	await page.evaluate(() => ((window as unknown as { __prints: number }).__prints = 0));
	await page.getByRole('button', { name: button }).click();
	await page.waitForFunction(() => (window as unknown as { __prints: number }).__prints >= 1);
}

async function writeList(page: Page, leave: readonly string[] = []) {
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PARTICIPANTS_KEY, participantsEnvelope(leave)] as const);
}

/** Each table's names in seat order. */
const drawnTables = (page: Page) =>
	page
		.locator('[data-banquet] [data-table]')
		.evaluateAll((tables) =>
			Object.fromEntries(
				tables.map((table) => [
					table.getAttribute('data-table'),
					[...table.querySelectorAll('[data-seat]')].map((seat) => seat.querySelector('.banquet-seat-name')?.textContent ?? ''),
				]),
			),
		);

describe('seat layouts opened from a meeting', () => {
	it('宴請: people from the list, settings and a swap kept across a reload, the chart on A4 landscape, and only the changed 桌卡 reprinted', async () => {
		const { page, context, pageErrors, foreignRequests } = await openPage(browser);
		await stubPrintDialog(page);
		await page.goto(pageURL('/tools/banquet/'));
		await writeList(page);
		const open = async () => {
			await page.goto(pageURL(`/tools/banquet/?meeting=${MEETING_ID}`));
			await page.locator('[data-banquet][data-hydrated] [data-meeting-source]').waitFor();
		};
		await open();
		await page.locator('input[name="banquet-per-table"]').fill('4');
		await poll(() => drawnTables(page)).toEqual({ '1': ['張三', '鄭華', '李四', '吳明'], '2': ['王五', '陳東', '錢進'] });
		// 按領導意見辦: 鄭華 and 吳明 change places.
		await page.locator('[data-swap-seat="t1s1"]').click();
		await page.locator('[data-swap-seat="t1s3"]').click();
		await poll(() => page.locator('[data-banquet] [data-moved]').count()).toBe(2);

		await page.reload();
		await page.locator('[data-banquet][data-hydrated] [data-meeting-source]').waitFor();
		await poll(() => drawnTables(page)).toEqual({ '1': ['張三', '吳明', '李四', '鄭華'], '2': ['王五', '陳東', '錢進'] });
		expect(await page.locator('input[name="banquet-per-table"]').inputValue()).toBe('4');
		expect(await page.locator('[data-banquet] [data-adjusted]').innerText()).toBe('已手動調整');
		expect(new URL(page.url()).search).toBe(`?meeting=${MEETING_ID}`);

		await print(page, '列印桌次圖');
		const chart = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(await pdfPageSizes(chart)).toEqual([{ width: 297, height: 210 }]);
		const chartText = (await pdfPages(chart)).map(compact).join('');
		for (const name of ['張三', '吳明', '李四', '鄭華', '王五', '陳東', '錢進']) expect(chartText).toContain(name);
		for (const screenOnly of ['已調整', '恢復規則排列', '每桌人數']) expect(chartText).not.toContain(screenOnly);

		// All 桌卡 printed; the day before, 錢進 sends his leave: only table 2 changes.
		await print(page, '列印全部桌卡');
		await writeList(page, ['p-gues000003']);
		await open();
		await poll(() =>
			page.locator('[data-banquet] [data-table][data-changed]').evaluateAll((t) => t.map((e) => e.getAttribute('data-table'))),
		).toEqual(['2']);
		await print(page, '只列印有變動的桌卡');
		const changed = await page.pdf({ preferCSSPageSize: true });
		const pages = (await pdfPages(changed)).map(compact);
		expect(pages).toHaveLength(1);
		expect((await pdfPageSizes(changed))[0]).toEqual({ width: 297, height: 210 });
		expect(pages[0]).toContain('第2桌');
		expect(pages[0]).not.toContain('錢進');

		// 臺下 of the same meeting, in the same tab: its own settings, saved beside the banquet's.
		await page.goto(pageURL(`/tools/audience/?meeting=${MEETING_ID}`));
		await page.locator('[data-audience][data-hydrated] [data-meeting-source]').waitFor();
		await page.locator('input[name="audience-per-row"]').fill('5');
		await page.reload();
		await page.locator('[data-audience][data-hydrated] [data-meeting-source]').waitFor();
		expect(await page.locator('input[name="audience-per-row"]').inputValue()).toBe('5');
		await poll(() => page.locator('[data-audience-chart] [data-swap-seat]').count()).toBe(6);
		// Seat tickets printed; then 張三 (the head of the first block) is on leave: everyone of his block moves up,
		// the guests' block does not, and only the moved people's tickets are reprinted, on A4 portrait.
		await print(page, '列印座位票(每頁十張,A4 直向)');
		await writeList(page, ['p-gues000003', 'p-host000001']);
		await page.reload();
		await page.locator('[data-audience][data-hydrated] [data-meeting-source]').waitFor();
		expect(await page.locator('[data-audience] [data-reprint-gone]').innerText()).toContain('張三');
		await print(page, '只列印有變動的座位票');
		const tickets = await page.pdf({ preferCSSPageSize: true });
		expect(await pdfPageSizes(tickets)).toEqual([{ width: 210, height: 297 }]);
		const ticketText = (await pdfPages(tickets)).map(compact).join('');
		for (const moved of ['李四', '王五']) expect(ticketText).toContain(moved);
		for (const unchanged of ['張三', '吳明', '鄭華', '陳東']) expect(ticketText).not.toContain(unchanged);

		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('huiwu:v1:seating-layouts') ?? '{}'));
		expect(stored.data.meetings[MEETING_ID].banquet.perTable).toBe(4);
		expect(stored.data.meetings[MEETING_ID].audience.perRow).toBe(5);

		expect(pageErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	}, 120_000);
});
