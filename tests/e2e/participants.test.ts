import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { declaredPolicy, watchCsp } from './support/csp';
import { pdfPages } from './support/pdfText';
import { meetingPath, seedMeetings } from './support/meetings';
import { openPage, pageURL, stubPrintDialog } from './support/site';
import { xlsx } from './support/xlsx';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

let meetingsSeeded = 0;

/** Opens the page of a new meeting (seeded into the store: support/meetings.ts) at its 人員名單. */
async function newMeeting(page: Page, name: string) {
	const id = `m-people${String(++meetingsSeeded).padStart(4, '0')}`;
	await seedMeetings(page, [{ id, name, flowId: 'district-assembly', start: '2026-12-08T09:00', place: '大禮堂' }]);
	await page.goto(pageURL(meetingPath(id)));
	await page.locator('[data-meeting-view][data-hydrated]').waitFor();
	await openPeople(page);
}

/** Opens the meeting's 人員名單 section (the list and its import load on that click). */
async function openPeople(page: Page) {
	const section = page.locator('[data-participants-section]');
	if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
	await page.locator('[data-participants-panel]').waitFor();
}

// A clerk's spreadsheet: a merged title row, a header with a spaced 「姓  名」,
// and a 序號 column that is not in order.
const PASTED = [
	'全區安全生產大會參會人員名單\t\t\t\t\t\t\t\t\t',
	'序號\t姓  名\t單位\t職務\t類別\t性別\t民族\t房間\t桌號\t車號',
	'3\t王五\t區教育局\t副局長\t列席\t女\t漢族\t302\t2\t2',
	'1\t張三\t區政府\t區長\t出席\t男\t回族\t301\t1\t1',
	'2\t李四\t區財政局\t局長\t出席\t男\t漢族\t303\t1\t1',
	'4\t趙六\t區辦公室\t科員\t工作人員\t女\t漢族\t302\t2\t2',
].join('\n');
const IN_ORDER = ['張三', '李四', '王五', '趙六'];

const listedNames = (page: Page) => page.locator('[data-participants] [data-participant] .participant-name').allInnerTexts();
const listedOrders = (page: Page) =>
	page.locator('[data-participants] [data-participant]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-order')));

async function pasteList(page: Page, text = PASTED) {
	await page.getByLabel('貼上名單').fill(text);
	await page.getByRole('button', { name: '讀取貼上的名單' }).click();
	return page.locator('[data-import-preview]');
}

async function printSheet(page: Page, printed: () => Promise<void>, sheet: string): Promise<string[]> {
	await page.locator(`[data-print-sheet="${sheet}"]`).click();
	await printed();
	await page.locator(`.print-sheet[data-sheet="${sheet}"]`).waitFor({ state: 'attached' });
	return (await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).map((text) => text.replace(/\s+/g, ''));
}

function expectInOrder(text: string, names: readonly string[]) {
	const positions = names.map((name) => text.indexOf(name));
	for (const [i, position] of positions.entries()) expect(position, `${names[i]} in ${text.slice(0, 400)}`).toBeGreaterThan(-1);
	expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('a pasted list with a header row and a 序號 column', () => {
	it('is understood, previewed, saved in order, and prints every sheet', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const printed = await stubPrintDialog(page);
		await newMeeting(page, '全區安全生產大會');

		const preview = await pasteList(page);
		await preview.waitFor();
		// How each column was understood, before anything is saved.
		expect(
			await preview.locator('[data-preview-column]').evaluateAll((items) => items.map((item) => item.getAttribute('data-field'))),
		).toEqual(['order', 'name', 'unit', 'title', 'category', 'gender', 'ethnicity', 'room', 'table', 'car']);
		expect(await preview.locator('[data-issue="title-row-skipped"]').innerText()).toContain('全區安全生產大會參會人員名單');
		expect(await preview.locator('[data-preview-person] td:nth-child(2)').allInnerTexts()).toEqual(IN_ORDER);
		expect(await page.locator('[data-participants] [data-participant]').count()).toBe(0);
		await preview.getByRole('button', { name: '確認匯入' }).click();

		await expect.poll(() => listedNames(page)).toEqual(IN_ORDER);
		expect(await listedOrders(page)).toEqual(['1', '2', '3', '4']);
		// Kept across a reload.
		await page.reload();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openPeople(page);
		await expect.poll(() => listedNames(page)).toEqual(IN_ORDER);

		// 李四 asks for leave.
		const li = page.locator('[data-participant]', { hasText: '李四' });
		await li.getByLabel('李四 的出席情況').selectOption('leave');
		await li.getByLabel('李四 請假原因').fill('赴省開會');
		await li.getByLabel('李四 請假原因').blur();
		await li.getByLabel('李四 經手人').fill('王秘書');
		await li.getByLabel('李四 經手人').blur();

		const signIn = (await printSheet(page, printed, 'sign-in')).join('');
		expect(signIn).toContain('全區安全生產大會簽到表');
		expect(signIn).toContain('應到3人'); // staff are not expected
		expect(signIn).toContain('請假1人');
		expect(signIn).toContain('請假:赴省開會');
		expectInOrder(signIn, IN_ORDER);
		for (const column of ['序號', '姓名', '單位', '職務', '簽名', '備註']) expect(signIn).toContain(column);

		const report = (await printSheet(page, printed, 'attendance')).join('');
		expect(report).toContain('出席情況匯總');
		expect(report).toContain('赴省開會');
		expect(report).toContain('王秘書');

		const cards = await printSheet(page, printed, 'name-cards');
		expect(cards, JSON.stringify(cards)).toHaveLength(4);
		IN_ORDER.forEach((name, i) => expect(cards[i]).toContain(name));

		const tableCards = await printSheet(page, printed, 'table-cards');
		expect(tableCards).toHaveLength(2);
		expect(tableCards[0]).toContain('第1桌');
		expectInOrder(tableCards[0]!, ['張三', '李四']);
		expectInOrder(tableCards[1]!, ['第2桌', '王五', '趙六']);

		const welcome = await printSheet(page, printed, 'room-cards');
		expect(welcome).toHaveLength(2); // two cards to a sheet
		expectInOrder(welcome.join(''), IN_ORDER);

		const rooms = (await printSheet(page, printed, 'rooms')).join('');
		expect(rooms).toContain('住宿安排表');
		expect(rooms).toContain('★回族');
		expectInOrder(rooms, ['301', '張三', '303', '李四', '302', '王五', '趙六']);

		const dining = (await printSheet(page, printed, 'dining')).join('');
		expect(dining).toContain('就餐安排');
		expectInOrder(dining, ['張三', '李四', '王五', '趙六']);

		const vehicles = (await printSheet(page, printed, 'vehicles')).join('');
		expect(vehicles).toContain('車輛安排表');
		expectInOrder(vehicles, IN_ORDER);

		const contacts = (await printSheet(page, printed, 'contacts')).join('');
		expectInOrder(contacts, IN_ORDER);

		const passes = (await printSheet(page, printed, 'passes')).join('');
		expectInOrder(passes, IN_ORDER);
		expect(passes).toContain('出席證');
		expect(passes).toContain('列席證');
		expect(passes).toContain('工作證');

		// Cards for the chosen people only.
		await page.getByLabel('選取 王五(列印卡證用)').check();
		const chosen = await printSheet(page, printed, 'name-cards');
		expect(chosen).toHaveLength(1);
		expect(chosen[0]).toContain('王五');

		// No person's name in any URL the page asked for or showed.
		for (const url of [...requests, page.url()]) {
			for (const name of IN_ORDER) {
				expect(decodeURIComponent(url)).not.toContain(name);
			}
		}
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe('attendance', () => {
	it('a change updates the report', async () => {
		const { page, context } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await newMeeting(page, '區委全會');
		await (await pasteList(page, '姓名\t職務\n張三\t區長\n李四\t局長\n王五\t副局長')).getByRole('button', { name: '確認匯入' }).click();
		await expect.poll(() => listedNames(page)).toEqual(['張三', '李四', '王五']);
		let report = (await printSheet(page, printed, 'attendance')).join('');
		expect(report).toContain('應到3人');
		expect(report).toContain('實到0人');
		expect(report).toContain('缺席0人');

		await page.getByLabel('張三 的出席情況').selectOption('signed-in');
		await page.getByLabel('王五 的出席情況').selectOption('absent');
		await page.getByLabel('王五 缺席原因').fill('未接到通知');
		await page.getByLabel('王五 缺席原因').blur();
		await expect.poll(() => page.locator('[data-participant][data-attendance="absent"]').count()).toBe(1);
		report = (await printSheet(page, printed, 'attendance')).join('');
		expect(report).toContain('實到1人');
		expect(report).toContain('缺席1人');
		expect(report).toContain('未接到通知');
		const signIn = (await printSheet(page, printed, 'sign-in')).join('');
		expect(signIn).toContain('實到1人');
		await context.close();
	});
});

describe('a long list', () => {
	it('prints a sign-in sheet over several pages, each with the meeting and the column header', async () => {
		const { page, context } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await newMeeting(page, '全區幹部大會');
		const names = Array.from({ length: 70 }, (_, i) => `代表${String(i + 1).padStart(2, '0')}`);
		const text = ['序號\t姓名\t單位', ...names.map((name, i) => `${i + 1}\t${name}\t第${i + 1}單位`)].join('\n');
		await (await pasteList(page, text)).getByRole('button', { name: '確認匯入' }).click();
		await expect.poll(() => page.locator('[data-participants] [data-participant]').count()).toBe(70);
		const pages = await printSheet(page, printed, 'sign-in');
		expect(pages.length).toBeGreaterThan(1);
		for (const pageText of pages) {
			expect(pageText).toContain('全區幹部大會');
			expect(pageText).toContain('簽名');
		}
		expectInOrder(pages.join(''), names);
		await context.close();
	});

	it('stays usable on a phone: no sideways scrolling, every row still has its controls', async () => {
		const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		await newMeeting(page, '手機測試');
		await (await pasteList(page)).getByRole('button', { name: '確認匯入' }).click();
		await expect.poll(() => listedNames(page)).toEqual(IN_ORDER);
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('main *')]
				.filter(
					(el) => el.getBoundingClientRect().right > 361 && [...el.children].every((child) => child.getBoundingClientRect().right <= 361),
				)
				.map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
				.slice(0, 12),
		);
		expect(wide).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const row = page.locator('[data-participant]').first();
		expect(await row.getByLabel('張三 的出席情況').isVisible()).toBe(true);
		expect(await row.getByRole('button', { name: '編輯' }).isVisible()).toBe(true);
		await context.close();
	});
});

describe('an .xlsx file', () => {
	it('imports under the site’s CSP, loading the reader only then', async () => {
		const { page, context, pageErrors, foreignRequests } = await openPage(browser);
		const csp = await watchCsp(page);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await newMeeting(page, '校務會議');
		const policy = await declaredPolicy(page);
		expect(policy).toContain("script-src 'self'");
		expect(policy).not.toContain("'unsafe-eval'");
		expect(policy).not.toMatch(/worker-src[^;]*blob:/);
		const before = scripts.length;

		const file = xlsx([
			['校務會議參會人員名單', null, null, null],
			['序號', '姓  名', '單位', '職務'],
			[2, '李四', '教務處', '主任'],
			[1, '張三', '校長室', '校長'],
			[3, '王五', '總務處', '主任'],
		]);
		await page
			.getByLabel('或選擇 .xlsx 檔')
			.setInputFiles({ name: '名單.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
		const preview = page.locator('[data-import-preview]');
		await preview.waitFor();
		// The reader arrived with the import, not with the page.
		expect(scripts.length).toBeGreaterThan(before);
		expect(
			await preview.locator('[data-preview-column]').evaluateAll((items) => items.map((item) => item.getAttribute('data-field'))),
		).toEqual(['order', 'name', 'unit', 'title']);
		await preview.getByRole('button', { name: '確認匯入' }).click();
		await expect.poll(() => listedNames(page)).toEqual(['張三', '李四', '王五']);
		expect(await csp.violations()).toEqual([]);
		expect(foreignRequests).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('an old .xls file gets a clear message and changes nothing', async () => {
		const { page, context } = await openPage(browser);
		await newMeeting(page, '黨政聯席會');
		const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
		await page.getByLabel('或選擇 .xlsx 檔').setInputFiles({ name: '名單.xls', mimeType: 'application/vnd.ms-excel', buffer: ole });
		const error = page.locator('[data-import-error="xls"]');
		await error.waitFor();
		expect(await error.innerText()).toContain('另存為');
		expect(await page.locator('[data-participants] [data-participant]').count()).toBe(0);
		await context.close();
	});
});

describe('the rostrum from the list', () => {
	it('takes those marked, in precedence order; a plan made from it is a copy', async () => {
		const { page, context } = await openPage(browser);
		await newMeeting(page, '常委會');
		await (await pasteList(page, '序號\t姓名\n1\t張三\n2\t李四\n3\t王五\n4\t趙六')).getByRole('button', { name: '確認匯入' }).click();
		await expect.poll(() => listedNames(page)).toEqual(['張三', '李四', '王五', '趙六']);
		for (const name of ['張三', '王五', '趙六']) await page.getByLabel(`${name} 坐主席臺`).check();
		await page.locator('[data-seating-section] > summary').click();
		const rostrum = page.locator('[data-meeting-rostrum]');
		await expect.poll(() => rostrum.getAttribute('data-count')).toBe('3');
		// 以左為上, seen from the audience: 3 1 2.
		expect(await rostrum.locator('[data-rank]').allInnerTexts()).toEqual(['3 趙六', '1 張三', '2 王五']);
		// Reordering the list reorders the rostrum.
		await page.getByLabel('將 王五 上移').click();
		await expect.poll(() => rostrum.locator('[data-rank="1"]').innerText()).toBe('1 張三');
		await expect.poll(() => rostrum.locator('[data-rank="2"]').innerText()).toBe('2 王五');
		await rostrum.getByRole('button', { name: '以名單建立主席臺座次方案' }).click();
		await rostrum.getByRole('status').waitFor();
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('huiwu:v1:seating-plans')!).data.plans);
		const plan = Object.values(stored as Record<string, { people: { name: string }[]; meetingId: string }>)[0]!;
		expect(plan.people.map((person) => person.name)).toEqual(['張三', '王五', '趙六']);
		expect(await page.locator('[data-meeting-seating] [data-seating-plan]').innerText()).toContain('常委會 主席臺');

		// A manual swap in the seat tool changes the plan, never the list.
		await page.goto(pageURL('/tools/seating/'));
		await page.locator('[data-seating][data-hydrated]').waitFor();
		await page.locator('[data-plan-open]').first().click();
		await expect.poll(() => page.locator('[data-seating] [data-rank]').count()).toBe(3);
		await page.locator('[data-seating] [data-rank="1"]').click();
		await page.locator('[data-seating] [data-rank="2"]').click();
		await page.locator('[data-adjusted]').waitFor();
		await page.locator('[data-plan-save]').click();
		await page.goBack();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openPeople(page);
		await expect.poll(() => listedNames(page)).toEqual(['張三', '王五', '李四', '趙六']);
		await context.close();
	});
});

describe('two tabs on one meeting', () => {
	it('each changes a different person at the same time, and both changes stay', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await newMeeting(page, '兩個分頁');
		await (await pasteList(page, '姓名\t職務\n張三\t區長\n李四\t局長')).getByRole('button', { name: '確認匯入' }).click();
		await expect.poll(() => listedNames(page)).toEqual(['張三', '李四']);
		const other = await context.newPage();
		await other.goto(page.url());
		await other.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openPeople(other);
		await expect.poll(() => listedNames(other)).toEqual(['張三', '李四']);
		// Neither tab waits for the other's write: before #19's per-person merge the later list won whole.
		await Promise.all([
			page.getByLabel('張三 的出席情況').selectOption('signed-in'),
			other.getByLabel('李四 的出席情況').selectOption('leave'),
		]);
		const statuses = (tab: Page) =>
			tab.locator('[data-participants] [data-participant]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-attendance')));
		for (const tab of [page, other]) await expect.poll(() => statuses(tab)).toEqual(['signed-in', 'leave']);
		await other.reload();
		await other.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openPeople(other);
		await expect.poll(() => statuses(other)).toEqual(['signed-in', 'leave']);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
