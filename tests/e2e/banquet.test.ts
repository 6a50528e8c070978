import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { pdfPageSizes } from './support/pdfGeometry';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL, stubPrintDialog } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const HOSTS = ['張三 區長', '李四', '王五', '趙六', '孫七', '周八'];
const GUESTS = ['吳明 廳長', '鄭華', '錢進', '陳東', '馮林', '衛平'];

const compact = (text: string) => text.replace(/\s+/g, '');
/** Waits for what a render brings; generous, as the machine may be busy (not a timing assertion). */
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 15_000 });

async function openBanquet(options: Parameters<typeof openPage>[1] = {}) {
	const opened = await openPage(browser, options);
	const printed = await stubPrintDialog(opened.page);
	await opened.page.goto(pageURL('/tools/banquet/'));
	await opened.page.locator('[data-banquet][data-hydrated]').waitFor();
	return { ...opened, printed };
}

async function fillLists(page: Page, hosts: readonly string[], guests: readonly string[], perTable: number) {
	await page.locator('textarea[name="banquet-hosts"]').fill(hosts.join('\n'));
	await page.locator('textarea[name="banquet-guests"]').fill(guests.join('\n'));
	await page.locator('input[name="banquet-per-table"]').fill(String(perTable));
}

/** Each drawn table's seats in seat order: `H1 張三`, `G2 鄭華`… */
function drawnTables(page: Page): Promise<Record<string, string[]>> {
	return page
		.locator('[data-banquet] [data-table]')
		.evaluateAll((tables) =>
			Object.fromEntries(
				tables.map((table) => [
					table.getAttribute('data-table'),
					[...table.querySelectorAll('[data-seat]')]
						.sort((a, b) => Number(a.getAttribute('data-seat')) - Number(b.getAttribute('data-seat')))
						.map(
							(seat) =>
								`${seat.getAttribute('data-side') === 'host' ? 'H' : 'G'}${seat.getAttribute('data-rank')} ${seat.querySelector('.banquet-seat-name')?.textContent ?? ''}`,
						),
				]),
			),
		);
}

const changedTables = (page: Page) =>
	page
		.locator('[data-banquet] [data-table][data-changed]')
		.evaluateAll((tables) => tables.map((table) => table.getAttribute('data-table')));

describe('宴請: tables from the 主桌, each seated by the common convention', () => {
	it('seats two tables of six: 主陪 at seat 0 facing the entrance, 主賓 on his right, 副主賓 on his left, 副陪 opposite', async () => {
		const { page, context, pageErrors, foreignRequests } = await openBanquet();
		await fillLists(page, HOSTS, GUESTS, 6);
		await poll(() => drawnTables(page)).toEqual({
			'1': ['H1 張三', 'G2 鄭華', 'G3 錢進', 'H2 李四', 'H3 王五', 'G1 吳明'],
			'2': ['H1 趙六', 'G2 馮林', 'G3 衛平', 'H2 孫七', 'H3 周八', 'G1 陳東'],
		});
		expect(await page.locator('[data-table="1"] .banquet-table-name').innerText()).toContain('主桌');
		// The rule's source is stated, and the page keeps names out of the URL.
		expect(await page.locator('[data-banquet] .seating-note').innerText()).toContain('各地各單位做法不盡相同');
		expect(new URL(page.url()).search).toBe('');
		expect(pageErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	it('says clearly what is wrong with an impossible list, and keeps the lists', async () => {
		const { page, context } = await openBanquet();
		await fillLists(page, [], GUESTS, 6);
		expect(await page.locator('[data-banquet-error]').innerText()).toBe('請至少填寫一位主人(主陪)。');
		await fillLists(page, ['張三'], GUESTS, 6);
		expect(await page.locator('[data-banquet-error]').innerText()).toContain('每桌至少要有一位主人陪同');
		await fillLists(page, HOSTS, GUESTS, 30);
		expect(await page.locator('[data-banquet-error]').innerText()).toBe('每桌人數須為 2 至 20 的整數。');
		expect(await page.locator('textarea[name="banquet-guests"]').inputValue()).toBe(GUESTS.join('\n'));
		await context.close();
	});

	it('fits a 390 px phone without sideways scrolling, the tables stacked from the 主桌', async () => {
		const { page, context } = await openBanquet({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await fillLists(page, HOSTS, GUESTS, 4);
		await poll(() => page.locator('[data-banquet] [data-table]').count()).toBe(3);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		// The tables stack, 主桌 first, then by number.
		const tops = await page
			.locator('[data-banquet] [data-table]')
			.evaluateAll((tables) =>
				Object.fromEntries(tables.map((table) => [table.getAttribute('data-table'), table.getBoundingClientRect().top])),
			);
		expect(tops['1']!).toBeLessThan(tops['2']!);
		expect(tops['2']!).toBeLessThan(tops['3']!);
		await context.close();
	});
});

describe('宴請 on A4', () => {
	it('prints the 桌次圖 landscape with every table and name, nothing of the form', async () => {
		const { page, context, printed } = await openBanquet();
		await fillLists(page, HOSTS, GUESTS, 6);
		await page.getByRole('button', { name: '列印桌次圖' }).click();
		await printed();
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const sizes = await pdfPageSizes(pdf);
		expect(sizes).toHaveLength(1);
		expect(sizes[0]).toEqual({ width: 297, height: 210 });
		const text = compact((await pdfPages(pdf)).join(''));
		for (const expected of ['桌次圖', '第1桌', '主桌', '第2桌', '入口', ...[...HOSTS, ...GUESTS].map((line) => line.split(' ')[0]!)])
			expect(text).toContain(expected);
		for (const absent of ['主人方名單', '每桌人數', '列印全部桌卡']) expect(text).not.toContain(absent);
		await context.close();
	});

	it('after a guest drops out, marks only the changed table and reprints only its 桌卡', async () => {
		const { page, context, printed } = await openBanquet();
		await fillLists(page, HOSTS, GUESTS, 6);
		await poll(() => page.locator('[data-banquet] [data-seat]').count()).toBe(12);

		// All the cards first: one A4 landscape sheet per table, the names in seat order.
		await page.getByRole('button', { name: '列印全部桌卡' }).click();
		await printed();
		const all = await page.pdf({ preferCSSPageSize: true });
		const allPages = (await pdfPages(all)).map(compact);
		expect(allPages).toHaveLength(2);
		for (const size of await pdfPageSizes(all)) expect(size).toEqual({ width: 297, height: 210 });
		expect(allPages[0]).toContain('第1桌');
		expect(allPages[0]).toContain('張三、鄭華、錢進、李四、王五、吳明');
		expect(allPages[1]).toContain('第2桌');

		await page.getByRole('button', { name: /記下目前安排/ }).click();
		expect(await page.locator('[data-banquet-status]').innerText()).toContain('已記下目前安排');
		expect(await changedTables(page)).toEqual([]);
		expect(await page.getByRole('button', { name: '只列印有變動的桌卡' }).isDisabled()).toBe(true);

		// 衛平 drops out: table 2 re-flows, table 1 keeps its people.
		await page.locator('textarea[name="banquet-guests"]').fill(GUESTS.slice(0, 5).join('\n'));
		await poll(() => changedTables(page)).toEqual(['2']);
		expect((await drawnTables(page))['2']).toEqual(['H1 趙六', 'G2 馮林', 'H2 孫七', 'H3 周八', 'G1 陳東']);
		expect(await page.locator('[data-table="2"]').innerText()).toContain('有變動');
		expect(await page.locator('[data-banquet-status]').innerText()).toContain('有 1 桌的人員有變動');

		await page.getByRole('button', { name: '只列印有變動的桌卡' }).click();
		await printed();
		const changed = await page.pdf({ preferCSSPageSize: true });
		const changedPages = (await pdfPages(changed)).map(compact);
		expect(changedPages).toHaveLength(1);
		expect((await pdfPageSizes(changed))[0]).toEqual({ width: 297, height: 210 });
		expect(changedPages[0]).toContain('第2桌');
		expect(changedPages[0]).toContain('趙六、馮林、孫七、周八、陳東');
		expect(changedPages[0]).not.toContain('衛平');
		expect(changedPages[0]).not.toContain('第1桌');
		await context.close();
	});
});
