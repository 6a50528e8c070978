import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, stepBox } from './support/checklist';
import { pdfPages } from './support/pdfText';
import { meetingPath, seedMeetings, type SeededMeeting } from './support/meetings';
import { downloadedText, openPage, pageURL, stubPrintDialog } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const workspace = pageURL('/tools/meetings/');

async function openWorkspace(page: Page) {
	await page.goto(workspace);
	await page.locator('[data-meetings][data-hydrated]').waitFor();
}

/**
 * Creates a meeting with the workspace's form. Creating opens the meeting: this returns
 * its checklist, on the meeting page.
 */
async function createMeeting(page: Page, name: string, flow: string, start = '', place = '', expected = '') {
	const form = page.locator('.meeting-form').last();
	await form.getByLabel('會議名稱').fill(name);
	await form.getByLabel('流程').selectOption(flow);
	if (start) await form.getByLabel('開始時間').fill(start);
	if (place) await form.getByLabel('地點').fill(place);
	if (expected) await form.getByLabel('預計人數').fill(expected);
	await form.getByRole('button', { name: '建立會議' }).click();
	// Its name is the page's heading and tab title.
	await page.locator('[data-meeting-view][data-hydrated]').waitFor();
	await expect.poll(() => page.locator('main h1').innerText()).toBe(name);
	expect((await page.title()).startsWith(`${name} |`)).toBe(true);
	return hydratedChecklist(page, flow);
}

/** Creates a meeting (above), then goes back to the workspace: the meeting's row there. */
async function createMeetingInList(page: Page, name: string, flow: string, start = '', place = '', expected = '') {
	await createMeeting(page, name, flow, start, place, expected);
	await openWorkspace(page);
	const row = page.locator('.meeting-row', { has: page.getByRole('link', { name, exact: true }) });
	await row.waitFor();
	return row;
}

/** The page of a meeting seeded into the store (support/meetings.ts): its checklist, hydrated. */
async function openSeededMeeting(page: Page, meeting: SeededMeeting) {
	await seedMeetings(page, [meeting]);
	await page.goto(pageURL(meetingPath(meeting.id)));
	await page.locator('[data-meeting-view][data-hydrated]').waitFor();
	return hydratedChecklist(page, meeting.flowId);
}

/** The workspace with `meetings` seeded: the row of the first. */
async function openSeededWorkspace(page: Page, ...meetings: SeededMeeting[]) {
	await seedMeetings(page, meetings);
	await openWorkspace(page);
	const row = page.locator('.meeting-row', { has: page.getByRole('link', { name: meetings[0]!.name, exact: true }) });
	await row.waitFor();
	return row;
}

async function openMeeting(page: Page, name: string) {
	await page.getByRole('link', { name, exact: true }).click();
	await page.locator('[data-meeting-view][data-hydrated]').waitFor();
	return hydratedChecklist(
		page,
		await page
			.locator('.checklist')
			.getAttribute('data-flow')
			.then((f) => f!),
	);
}

const storedData = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			Object.keys(localStorage)
				.sort()
				.map((key) => [key, localStorage.getItem(key)]),
		),
	);

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), text: await downloadedText(file) };
}

describe('two meetings of one flow', () => {
	it('keep their own ticks across a reload', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await openWorkspace(page);
		await createMeetingInList(page, '常委會(週二)', 'standing-committee', '2026-12-01T09:00');
		await createMeetingInList(page, '常委會(週四)', 'standing-committee', '2026-12-03T09:00', '第二會議室', '15');
		// The form saved what was filled in (the other tests seed their meetings: support/meetings.ts).
		const saved = Object.values(JSON.parse((await storedData(page))['huiwu:v1:meetings']!).data.meetings);
		expect(saved).toContainEqual(
			expect.objectContaining({
				name: '常委會(週四)',
				flowId: 'standing-committee',
				start: '2026-12-03T09:00',
				place: '第二會議室',
				expected: 15,
			}),
		);
		let list = await openMeeting(page, '常委會(週二)');
		await stepBox(list, 'meeting-notice').check();
		await page.goto(workspace);
		list = await openMeeting(page, '常委會(週四)');
		expect(await stepBox(list, 'meeting-notice').isChecked()).toBe(false);
		await page.reload();
		list = await hydratedChecklist(page, 'standing-committee');
		expect(await stepBox(list, 'meeting-notice').isChecked()).toBe(false);
		await openWorkspace(page);
		const tuesday = page.locator('.meeting-row', { hasText: '常委會(週二)' });
		expect(await tuesday.locator('.meeting-progress').getAttribute('data-done')).toBe('1');
		// Sorted by date: Tuesday first.
		expect(await page.locator('.meeting-name').allInnerTexts()).toEqual(['常委會(週二)', '常委會(週四)']);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('duplicate, archive, delete and undo', async () => {
		const { page, context } = await openPage(browser);
		const row = await openSeededWorkspace(page, {
			id: 'm-onsite00001',
			name: '現場會',
			flowId: 'on-site',
			start: '2026-12-10T14:00',
			place: '新區工地',
		});
		await row.getByRole('button', { name: '複製為下一場' }).click();
		await page.getByRole('link', { name: '現場會(複製)' }).waitFor();
		await row.getByRole('button', { name: '封存' }).click();
		await expect.poll(() => row.getAttribute('data-archived')).toBe('');
		await row.getByRole('button', { name: '刪除' }).click();
		await expect.poll(() => page.getByRole('link', { name: '現場會', exact: true }).count()).toBe(0);
		await page.getByRole('button', { name: '復原' }).click();
		await expect.poll(() => page.getByRole('link', { name: '現場會', exact: true }).count()).toBe(1);
		await context.close();
	});
});

describe('backup', () => {
	it('export → clear storage → import restores everything exactly', async () => {
		const { page, context } = await openPage(browser);
		const list = await openSeededMeeting(page, {
			id: 'm-jointpg0001',
			name: '黨政聯席會',
			flowId: 'joint-party-government',
			start: '2026-12-02T15:00',
			place: '二樓會議室',
			expected: 18,
		});
		await stepBox(list, 'meeting-notice').check();
		await openWorkspace(page);
		expect(await page.locator('[data-backup-reminder]').innerText()).toContain('資料只保存在此瀏覽器,建議匯出備份');
		const before = JSON.parse((await storedData(page))['huiwu:v1:meetings']!).data.meetings;
		const file = await download(page, () => page.getByRole('button', { name: '匯出全部會議' }).first().click());
		expect(file.name).toMatch(/\.json$/);
		expect(await page.locator('[data-backup-reminder]').count()).toBe(0);
		const exported = JSON.parse(file.text);
		expect(exported.format).toBe('huiwu-handbook/meetings');
		expect(exported.meetings[0].ticked).toEqual(['meeting-notice']);

		await page.evaluate(() => localStorage.clear());
		await openWorkspace(page);
		expect(await page.locator('.meeting-row').count()).toBe(0);
		// No meeting, nothing to back up.
		expect(await page.locator('[data-backup-reminder]').count()).toBe(0);
		await page
			.locator('input[type=file]')
			.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
		await page.getByText('已匯入 1 場會議').waitFor();
		const after = JSON.parse((await storedData(page))['huiwu:v1:meetings']!).data.meetings;
		const strip = (meetings: Record<string, { updatedAt: number }>) =>
			Object.fromEntries(Object.entries(meetings).map(([id, { updatedAt: _u, ...rest }]) => [id, rest]));
		expect(strip(after)).toEqual(strip(before));
		const restored = await openMeeting(page, '黨政聯席會');
		expect(await stepBox(restored, 'meeting-notice').isChecked()).toBe(true);
		await context.close();
	});

	it('an existing meeting asks: replace, or keep both', async () => {
		const { page, context } = await openPage(browser);
		await openSeededWorkspace(page, { id: 'm-secretary01', name: '書記會', flowId: 'secretaries' });
		const file = await download(page, () => page.getByRole('button', { name: '匯出', exact: true }).click());
		await page
			.locator('input[type=file]')
			.setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
		await page.getByRole('alertdialog').getByText('書記會').waitFor();
		await page.getByRole('button', { name: '確認匯入' }).click(); // default: keep both
		await expect.poll(() => page.getByRole('link', { name: '書記會', exact: true }).count()).toBe(2);
		await context.close();
	});

	it.each([
		['not JSON', 'this is not json {', 'not-json', '不是有效的 JSON'],
		['another program’s JSON', JSON.stringify({ hello: 'world' }), 'not-an-export', '不是本手冊匯出的'],
		[
			'a newer format',
			JSON.stringify({ format: 'huiwu-handbook/meetings', formatVersion: 99, exportedAt: '', flowDataVersion: '', meetings: [] }),
			'newer-format',
			'較新版本',
		],
		[
			'a wrong shape',
			JSON.stringify({
				format: 'huiwu-handbook/meetings',
				formatVersion: 1,
				exportedAt: '',
				flowDataVersion: '',
				meetings: [{ id: 'm-aaaaaaaa' }],
			}),
			'invalid',
			'格式錯誤',
		],
	])('a bad file (%s) shows an error and changes nothing', async (_name, content, code, text) => {
		const { page, context } = await openPage(browser);
		await openSeededWorkspace(page, { id: 'm-plenary0001', name: '區委全會', flowId: 'plenary' });
		const before = await storedData(page);
		await page.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
		const error = page.locator(`[data-import-error="${code}"]`);
		await error.waitFor();
		expect(await error.innerText()).toContain(text);
		expect(await error.innerText()).toContain('資料沒有任何變更');
		expect(await storedData(page)).toEqual(before);
		await context.close();
	});
});

describe('due times on a meeting’s checklist', () => {
	it('mark timed steps overdue or due within 24 h, and clear when ticked', async () => {
		const { page, context } = await openPage(browser);
		// 2026-11-30 20:00 in China: the Friday notice (11-27 16:00) is past, the room check (12-01 08:45) is close.
		await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
		const row = await openSeededWorkspace(page, {
			id: 'm-school00001',
			name: '校務會議',
			flowId: 'school-procedure',
			start: '2026-12-01T09:00',
		});
		await row.getByRole('link', { name: '開啟' }).click();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		// No end time yet: no deadlines, and the page says why.
		expect(await page.locator('.due-badge').count()).toBe(0);
		expect(await page.locator('.meeting-due-note').innerText()).toContain('填寫開始與結束時間後');
		await page.locator('.meeting-details summary').click();
		await page.locator('.meeting-details').getByLabel('結束時間').fill('2026-12-01T11:00');
		await page.locator('.meeting-details').getByRole('button', { name: '儲存變更' }).click();
		const list = await hydratedChecklist(page, 'school-procedure');
		const badge = (step: string) => list.locator(`[data-step="${step}"] > .checklist-row .due-badge`);
		await expect.poll(() => badge('draft-publish-notice').getAttribute('data-due-status')).toBe('overdue');
		expect(await badge('draft-publish-notice').innerText()).toContain('已逾期');
		expect(await badge('draft-publish-notice').innerText()).toContain('2026-11-27');
		expect(await badge('prepare-and-check-room').getAttribute('data-due-status')).toBe('due-soon');
		expect(await badge('draft-minutes').getAttribute('data-due-status')).toBe('later');
		// A rule that governs one sentence of a step sits on that item: 特殊記錄工具 30 minutes before.
		const recorder = list.locator('li[data-step="take-record/special-tools"] > .due-badge');
		expect(await recorder.getAttribute('data-due-status')).toBe('due-soon');
		await stepBox(list, 'draft-publish-notice').check();
		await expect.poll(() => badge('draft-publish-notice').getAttribute('data-due-status')).toBe('done');
		const link = new URL((await page.getByRole('link', { name: '查看本會議全部時限' }).getAttribute('href'))!, page.url());
		expect(link.searchParams.get('start')).toBe('2026-12-01T09:00');
		// the calculator opens with the meeting's own standard only, and no name travels in the URL
		expect(link.searchParams.get('off')!.split(',').sort()).toEqual(['district-committee', 'office-standard', 'standard-process-2017']);
		expect(link.searchParams.has('name')).toBe(false);
		await context.close();
	});

	it('keep to the meeting’s own standard, show warnings on badges and in print', async () => {
		const { page, context } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await page.clock.setFixedTime(new Date('2026-09-20T12:00:00Z'));
		await openSeededMeeting(page, { id: 'm-school00002', name: '國慶後校務會議', flowId: 'school-procedure', start: '2026-10-09T09:00' });
		await page.locator('.meeting-details summary').click();
		await page.locator('.meeting-details').getByLabel('結束時間').fill('2026-10-09T11:00');
		await page.locator('.meeting-details').getByRole('button', { name: '儲存變更' }).click();
		const list = await hydratedChecklist(page, 'school-procedure');
		const badge = list.locator('[data-step="draft-publish-notice"] > .checklist-row .due-badge');
		await expect.poll(() => badge.innerText()).toContain('2026-09-30');
		expect(await badge.locator('[data-due-warning]').innerText()).toContain('已提前到前一個工作日2026-09-30');
		await page.getByRole('button', { name: '列印檢查表' }).click();
		await printed();
		const pdf = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(pdf).toContain('當天是國慶節假期,已提前到前一個工作日2026-09-30');
		await context.close();
	});

	it('of a meeting of two sessions: the 2-hour test and the 10-minute retest of each day', async () => {
		const { page, context } = await openPage(browser);
		await page.clock.setFixedTime(new Date('2026-11-20T12:00:00Z'));
		await openSeededMeeting(page, { id: 'm-twodays0001', name: '兩天的會', flowId: 'office-standard', start: '2026-11-25T09:00' });
		await page.locator('.meeting-details summary').click();
		const details = page.locator('.meeting-details');
		await details.getByLabel('結束時間').first().fill('2026-11-25T11:00');
		await details.getByRole('button', { name: '增加一場' }).click();
		await details.locator('[data-session="2"]').getByLabel('開始時間').fill('2026-11-26T09:00');
		await details.locator('[data-session="2"]').getByLabel('結束時間').fill('2026-11-26T11:00');
		await details.getByRole('button', { name: '儲存變更' }).click();
		const list = await hydratedChecklist(page, 'office-standard');
		const av = list.locator('li[data-step="venue-layout/av-check"] > .due-badge');
		await expect.poll(() => av.innerText()).toContain('第2場');
		const text = await av.innerText();
		for (const time of ['2026-11-25(周三)07:00', '2026-11-25(周三)08:50', '2026-11-26(周四)07:00', '2026-11-26(周四)08:50'])
			expect(text).toContain(time);
		await page.reload();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		// The form loads when its section opens.
		await page.locator('.meeting-details summary').click();
		expect(await page.locator('.meeting-details [data-session="2"] input[name="start-2"]').inputValue()).toBe('2026-11-26T09:00');
		await context.close();
	});
});

describe('the flow picker', () => {
	it('offers the flows in the source’s order, 第三篇 under its ★ headings', async () => {
		const { page, context } = await openPage(browser);
		await openWorkspace(page);
		const picker = page.locator('.meeting-form').last().getByLabel('流程');
		const groups = await picker
			.locator('optgroup')
			.evaluateAll((list) =>
				list.map((group) => [group.getAttribute('label'), [...group.querySelectorAll('option')].map((option) => option.value)]),
			);
		expect(groups.map(([label]) => label)).toEqual([
			'第一篇 縣人民政府辦公室會務工作交流材料',
			'第二篇 辦公室會務工作規范',
			'第三篇 區委辦公室會務工作規范 · 全區重要會議各環節流程圖',
			'第三篇 區委辦公室會務工作規范 · 日常會議各環節流程圖',
			'第三篇 區委辦公室會務工作規范 · 《會議紀要》分送范圍',
			'第四篇 辦公室會務工作標準流程(2017版)',
			'第五篇 學校辦公室會務工作程序',
		]);
		expect(groups[2]![1]).toEqual([
			'party-congress',
			'plenary',
			'secretaries',
			'standing-committee',
			'joint-party-government',
			'on-site',
			'receive-superiors',
			'district-assembly',
		]);
		expect(groups[3]![1]).toEqual(['daily-secretary-convened', 'daily-preparatory']);
		await context.close();
	});
});

describe('seat plans', () => {
	it('a plan saved on the seat preview attaches to a meeting and detaches again', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/tools/seating/'));
		await page.locator('[data-seating][data-hydrated]').waitFor();
		await page.locator('#seating-names').fill('張三\n李四\n王五');
		await page.locator('[data-plan-name]').fill('常委會主席臺');
		await page.locator('[data-plan-save]').click();
		await page.locator('.seating-plans [role="status"]').waitFor();
		await openSeededMeeting(page, { id: 'm-standing001', name: '區委常委會', flowId: 'standing-committee' });
		// The seating section loads when opened.
		await page.locator('[data-seating-section] > summary').click();
		const section = page.locator('[data-meeting-seating]');
		expect(await section.innerText()).toContain('尚未附加座次方案');
		await section.getByLabel('附加已儲存的方案').selectOption({ label: '常委會主席臺' });
		await section.getByRole('button', { name: '附加' }).click();
		await section.locator('[data-seating-plan]').waitFor();
		expect(await section.locator('[data-seating-plan]').innerText()).toContain('常委會主席臺(3 人)');
		await page.reload();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await page.locator('[data-seating-section] > summary').click();
		await page.locator('[data-meeting-seating] [data-seating-plan]').waitFor();
		await page.locator('[data-meeting-seating]').getByRole('button', { name: '取消附加' }).click();
		await expect.poll(() => page.locator('[data-meeting-seating] [data-seating-plan]').count()).toBe(0);
		await context.close();
	});
});

describe('printed forms', () => {
	it('a meeting’s checklist prints with its name, place and ticked boxes', async () => {
		const { page, context } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		const list = await openSeededMeeting(page, {
			id: 'm-assembly001',
			name: '全區安全生產大會',
			flowId: 'district-assembly',
			start: '2026-12-08T09:00',
			place: '大禮堂',
		});
		await stepBox(list, 'meeting-notice').check();
		await page.getByRole('button', { name: '列印檢查表' }).click();
		await printed();
		const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(text).toContain('全區安全生產大會');
		expect(text).toContain('大禮堂');
		expect(text).toContain('☑會議通知');
		expect(text).toContain('☐召開預備會');
		expect(text).toContain('負責人');
		expect(text).toContain('完成時間/簽名');
		expect(text).not.toContain('列印空白流程表');
		await context.close();
	});

	it('the blank flow and the sign-in sheet print', async () => {
		const { page, context } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await openSeededMeeting(page, {
			id: 'm-onsite00002',
			name: '現場推進會',
			flowId: 'on-site',
			start: '2026-12-09T09:00',
			place: '開發區',
			expected: 12,
		});
		await page.getByRole('button', { name: '列印空白流程表' }).click();
		await printed();
		let text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(text).toContain('現場會流程檢查表');
		expect(text).not.toContain('現場推進會');
		await page.getByRole('button', { name: '列印簽到表' }).click();
		await printed();
		text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(text).toContain('現場推進會簽到表');
		for (const column of ['序號', '姓名', '單位/職務', '簽名', '備註(請假)']) expect(text).toContain(column);
		expect(await page.locator('[data-sign-in-row]').count()).toBe(12);
		await context.close();
	});

	it('a meeting that is not in this browser says so', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/tools/meeting/?id=m-doesnotexist'));
		expect(await page.locator('.meeting-missing').innerText()).toContain('找不到這場會議');
		await context.close();
	});
});

describe('the meeting page', () => {
	it('runs several flows with one progress; a step carries its 負責人 and who ticked it', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await openSeededMeeting(page, {
			id: 'm-standing002',
			name: '區委常委會(擴大)',
			flowId: 'standing-committee',
			start: '2026-12-01T09:00',
			place: '第一會議室',
		});
		const facts = page.locator('[data-meeting-facts]');
		expect(await facts.innerText()).toContain('2026-12-01 09:00');
		expect(await facts.innerText()).toContain('第一會議室');

		await page.getByLabel('加入另一個流程').selectOption('on-site');
		await hydratedChecklist(page, 'on-site');
		const totals = await page
			.locator('.checklist-progress-text')
			.evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-total'))));
		expect(totals).toHaveLength(2);
		const combined = page.locator('.meeting-combined-progress');
		expect(await combined.getAttribute('data-total')).toBe(String(totals[0]! + totals[1]!));

		await page.getByLabel('經辦人').fill('王秘書');
		await page.getByLabel('經辦人').blur();
		const main = await hydratedChecklist(page, 'standing-committee');
		const owner = main.locator('[data-step-owner="meeting-notice"] input');
		await owner.fill('李科長');
		await owner.blur();
		await stepBox(main, 'meeting-notice').check();
		await stepBox(await hydratedChecklist(page, 'on-site'), 'meeting-notice').check();
		await expect.poll(() => combined.getAttribute('data-done')).toBe('2');
		const tickedBy = main.locator('[data-step-owner="meeting-notice"] .step-ticked-by');
		expect(await tickedBy.getAttribute('data-ticked-by')).toBe('王秘書');
		expect(await tickedBy.innerText()).toMatch(/王秘書 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

		await page.reload();
		const again = await hydratedChecklist(page, 'standing-committee');
		expect(await again.locator('[data-step-owner="meeting-notice"] input').inputValue()).toBe('李科長');
		expect(await page.locator('main h1').innerText()).toBe('區委常委會(擴大)');
		await page.getByRole('button', { name: '列印檢查表' }).click();
		await printed();
		const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(text).toContain('李科長');

		await openWorkspace(page);
		const row = page.locator('.meeting-row', { hasText: '區委常委會(擴大)' });
		expect(await row.locator('.meeting-progress').getAttribute('data-done')).toBe('2');
		expect(await row.locator('.meeting-progress').getAttribute('data-total')).toBe(String(totals[0]! + totals[1]!));
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

/*
 * Issue #16: stored data under hostile imports, a full storage and two tabs.
 * Each test reproduces one of its findings.
 */

/** A backup file as the workspace exports it. */
const backupFile = (meetings: Record<string, unknown>[]) =>
	JSON.stringify({
		format: 'huiwu-handbook/meetings',
		formatVersion: 1,
		exportedAt: '2026-11-30T00:00:00.000Z',
		flowDataVersion: 'x',
		meetings,
	});

const importedMeeting = (extra: Record<string, unknown> = {}) => ({
	id: 'm-imported01',
	name: '匯入的常委會',
	flowId: 'standing-committee',
	start: '2026-12-01T09:00',
	end: '2026-12-01T11:00',
	place: '',
	notes: '',
	expected: 0,
	archived: false,
	createdAt: 1,
	updatedAt: Date.now(),
	ticked: ['meeting-notice'],
	...extra,
});

async function importFile(page: Page, text: string) {
	await page.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Counts this tab's writes of the meetings key (installed before the page's scripts). */
async function countMeetingWrites(page: Page) {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		(window as unknown as { __meetingWrites: number }).__meetingWrites = 0;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key === 'huiwu:v1:meetings') (window as unknown as { __meetingWrites: number }).__meetingWrites++;
			return setItem.call(this, key, value);
		};
	});
	return () => page.evaluate(() => (window as unknown as { __meetingWrites: number }).__meetingWrites);
}

/**
 * Storage events are delivered in order: when a marker written by one tab has
 * reached the other, and the other's answer has come back, every write made
 * before has been seen (and any write-back loop would have shown in the counts).
 */
async function settle(a: Page, b: Page) {
	for (const [from, to] of [
		[a, b],
		[b, a],
		[a, b],
	] as const) {
		const marker = `test-marker:${Math.random()}`;
		await to.evaluate((key) => {
			(window as unknown as { __marker: Promise<void> }).__marker = new Promise<void>((resolve) =>
				addEventListener('storage', (event) => event.key === key && resolve()),
			);
		}, marker);
		await from.evaluate((key) => localStorage.setItem(key, '1'), marker);
		await to.evaluate(() => (window as unknown as { __marker: Promise<void> }).__marker);
	}
}

describe('stored data under hostile imports, a full storage and two tabs (issue #16)', () => {
	it('an import stamped 2^53 is refused; two tabs of one meeting converge after an edit, with few writes', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await openWorkspace(page);
		await importFile(page, backupFile([importedMeeting({ updatedAt: 2 ** 53 })]));
		await page.locator('[data-import-error="invalid"]').waitFor();
		expect(await page.evaluate(() => localStorage.getItem('huiwu:v1:meetings'))).toBeNull();

		// A backup from a computer whose clock runs an hour ahead is fine.
		await importFile(page, backupFile([importedMeeting({ updatedAt: Date.now() + 60 * 60 * 1000 })]));
		await page.getByText('已匯入 1 場會議').waitFor();

		const meetingPage = pageURL('/tools/meeting/?id=m-imported01');
		const writesA = await countMeetingWrites(page);
		const other = await context.newPage();
		const writesB = await countMeetingWrites(other);
		for (const tab of [page, other]) {
			await tab.goto(meetingPage);
			await tab.locator('[data-meeting-view][data-hydrated]').waitFor();
		}
		await page.locator('.meeting-details summary').click();
		await page.locator('.meeting-form textarea[name=notes]').fill('A 分頁的備註');
		await page.getByRole('button', { name: '儲存變更' }).click();
		await page.getByText('已儲存。').waitFor();
		await other.locator('.meeting-details summary').click();
		await expect.poll(() => other.locator('.meeting-form textarea[name=notes]').inputValue()).toBe('A 分頁的備註');
		await settle(page, other);
		expect((await writesA()) + (await writesB())).toBeLessThan(20);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('typing in a meeting’s form survives another tab’s save of the same meeting', async () => {
		const { page, context } = await openPage(browser);
		await openSeededMeeting(page, { id: 'm-partygrp001', name: '黨組會', flowId: 'standing-committee', start: '2026-12-04T09:00' });
		const other = await context.newPage();
		await other.goto(page.url());
		await other.locator('[data-meeting-view][data-hydrated]').waitFor();

		await page.locator('.meeting-details summary').click();
		const notes = page.locator('.meeting-form textarea[name=notes]');
		await notes.fill('尚未儲存的備註');

		await other.locator('.meeting-details summary').click();
		await other.locator('.meeting-form input[name=place]').fill('三樓會議室');
		await other.getByRole('button', { name: '儲存變更' }).click();

		await page.locator('[data-changed-elsewhere]').waitFor();
		expect(await notes.inputValue()).toBe('尚未儲存的備註');
		// 改用最新資料 takes the other tab's version.
		await page.getByRole('button', { name: '改用另一個分頁的最新資料' }).click();
		expect(await page.locator('.meeting-form input[name=place]').inputValue()).toBe('三樓會議室');
		expect(await notes.inputValue()).toBe('');
		await context.close();
	});

	it('with storage full, no message claims a save, and what was not saved can be kept in a file', async () => {
		const { page, context } = await openPage(browser);
		await openSeededWorkspace(page, { id: 'm-plenary0002', name: '已存的會議', flowId: 'plenary' });
		const before = await storedData(page);
		// From now on every write of the site's keys is refused, as by a full storage.
		await page.evaluate(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key.startsWith('huiwu:v1:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return setItem.call(this, key, value);
			};
		});
		await importFile(page, backupFile([importedMeeting()]));
		await page.locator('[data-import-not-saved="quota"]').waitFor();
		expect(await page.getByText('已匯入').count()).toBe(0);
		expect(await page.getByRole('link', { name: '匯入的常委會' }).count()).toBe(0);
		expect(await storedData(page)).toEqual(before);

		await page.locator('.meeting-form').last().getByLabel('會議名稱').fill('未能儲存的會議');
		await page.getByRole('button', { name: '建立會議' }).click();
		const failed = page.locator('[data-save-failed]');
		await failed.waitFor();
		expect(await failed.innerText()).toContain('未能存入此瀏覽器');
		expect(await page.locator('[data-storage-notice="quota"]').innerText()).toContain('關閉或離開此頁就會遺失');
		const file = await download(page, () => failed.locator('[data-export-unsaved]').click());
		const kept = JSON.parse(file.text);
		expect(kept.format).toBe('huiwu-handbook/site-data');
		expect(JSON.stringify(kept.storage['huiwu:v1:meetings'])).toContain('未能儲存的會議');
		expect(await storedData(page)).toEqual(before);
		await context.close();
	});

	it('a file holding one meeting twice asks which to keep before anything is written', async () => {
		const { page, context } = await openPage(browser);
		await openWorkspace(page);
		const before = await storedData(page);
		await importFile(page, backupFile([importedMeeting({ name: '第一份' }), importedMeeting({ name: '第二份', ticked: [] })]));
		const duplicate = page.locator('[data-duplicate="m-imported01"]');
		await duplicate.waitFor();
		expect(await storedData(page)).toEqual(before);
		await duplicate.getByLabel(/只保留第 1 份/).check();
		await page.getByRole('button', { name: '確認匯入' }).click();
		await page.getByText('已匯入 1 場會議').waitFor();
		expect(await page.locator('.meeting-name').allInnerTexts()).toEqual(['第一份']);
		const list = await openMeeting(page, '第一份');
		expect(await stepBox(list, 'meeting-notice').isChecked()).toBe(true);
		await context.close();
	});

	it('an imported meeting passes the form’s date checks', async () => {
		const { page, context } = await openPage(browser);
		await openWorkspace(page);
		await importFile(page, backupFile([importedMeeting({ start: '2026-12-01T11:00', end: '2026-12-01T09:00' })]));
		const error = page.locator('[data-import-error="invalid-meeting"]');
		await error.waitFor();
		expect(await error.innerText()).toContain('結束時間不可早於開始時間');
		await importFile(page, backupFile([importedMeeting({ start: '9999-99-99T99:99' })]));
		await page.locator('[data-import-error="invalid"]').waitFor();
		expect(await page.evaluate(() => localStorage.getItem('huiwu:v1:meetings'))).toBeNull();
		await context.close();
	});

	it.each(['__proto__/polluted', '__proto__/hasOwnProperty'])(
		'a hostile stored progress key (%s) ends in the notice; the workspace and checklists still work',
		async (path) => {
			const { page, context, pageErrors } = await openPage(browser);
			await page.goto(pageURL('/'));
			await page.evaluate((key) => localStorage.setItem('huiwu:v1:progress', JSON.stringify({ version: 0, data: { [key]: true } })), path);
			await openWorkspace(page);
			await page.locator('[data-storage-notice="invalid"]').waitFor();
			expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
			await createMeetingInList(page, '仍可建立', 'plenary');
			await page.goto(pageURL('/checklists/party-congress/'));
			await hydratedChecklist(page, 'party-congress');
			await page.locator('[data-storage-notice="invalid"]').waitFor();
			expect(await page.evaluate(() => typeof {}.hasOwnProperty)).toBe('function');
			expect(pageErrors).toEqual([]);
			await context.close();
		},
	);
});
