import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, PROGRESS_KEY, stepBox } from './support/checklist';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const flowPage = pageURL('/checklists/party-congress/');

describe('ticks persist', () => {
	it('survive a reload, and count in the progress', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.goto(flowPage);
		let list = await hydratedChecklist(page, 'party-congress');
		await stepBox(list, 'draft-preparation-plan').check();
		await stepBox(list, 'organize-preparation/working-groups').check();
		await expect.poll(() => list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('2');
		await page.reload();
		list = await hydratedChecklist(page, 'party-congress');
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		expect(await stepBox(list, 'organize-preparation/working-groups').isChecked()).toBe(true);
		expect(await list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('2');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('show on the 第三篇 page too: the practice run is one store', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'formal-notice').check();
		await page.goto(pageURL('/standards/district-committee/#flow-party-congress'));
		const inline = await hydratedChecklist(page, 'party-congress');
		expect(await stepBox(inline, 'formal-notice').isChecked()).toBe(true);
		await context.close();
	});

	it('reach a second tab without a reload (storage event, merged)', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		const second = await context.newPage();
		await second.goto(flowPage);
		const first = await hydratedChecklist(page, 'party-congress');
		const other = await hydratedChecklist(second, 'party-congress');
		await stepBox(other, 'preparatory-meeting').check();
		await stepBox(first, 'draft-preparation-plan').check();
		await expect.poll(() => stepBox(first, 'preparatory-meeting').isChecked()).toBe(true);
		await expect.poll(() => stepBox(other, 'draft-preparation-plan').isChecked()).toBe(true);
		await context.close();
	});
});

describe('storage that fails loses nothing', () => {
	it('corrupt data: a notice, the page works, the data stays until discarded', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"data":{broken'), PROGRESS_KEY);
		await page.reload();
		const list = await hydratedChecklist(page, 'party-congress');
		await expect.poll(() => page.locator('[data-storage-notice="corrupt"]').count()).toBe(1);
		expect(await page.locator('[data-storage-notice="corrupt"]').innerText()).toContain('格式損壞');
		await stepBox(list, 'draft-preparation-plan').check();
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe('{"version":1,"data":{broken');
		await page.getByRole('button', { name: '捨棄損壞的資料' }).click();
		await expect.poll(() => page.locator('[data-storage-notice]').count()).toBe(0);
		await stepBox(list, 'formal-notice').check();
		await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY)).toContain('formal-notice');
		await context.close();
	});

	it('storage that throws on access: a notice, ticks work in memory', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto(flowPage);
		const list = await hydratedChecklist(page, 'party-congress');
		await stepBox(list, 'draft-preparation-plan').check();
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		await expect.poll(() => page.locator('[data-storage-notice="unavailable"]').count()).toBe(1);
		// Starlight's own inline theme script throws here; our bundled code must not.
		expect(pageErrors.filter((error) => error.includes('/_astro/'))).toEqual([]);
		await context.close();
	});
});

describe('ticks saved before the checklists were completed (progress data version 1)', () => {
	it('are still ticked where their steps moved or gained items, with no orphans reported', async () => {
		const { page, context } = await openPage(browser);
		// Stored by the previous release: 第二篇 四(三)3's items had a step of their own, 會議簽到 was a step.
		await page.addInitScript((key) => {
			if (localStorage.getItem(key) !== null) return;
			const mark = { done: true, at: 1 };
			localStorage.setItem(
				key,
				JSON.stringify({
					version: 1,
					data: {
						runs: { practice: { 'office-standard': { 'venue-requirements/av-check': mark, 'sign-in': mark, 'submit-plan': mark } } },
						deletedRuns: {},
					},
				}),
			);
		}, PROGRESS_KEY);
		await page.goto(pageURL('/checklists/office-standard/'));
		const list = await hydratedChecklist(page, 'office-standard');
		expect(await stepBox(list, 'venue-layout/av-check').isChecked()).toBe(true);
		expect(await stepBox(list, 'staff-arrive-early/chase-absent').isChecked()).toBe(true);
		// 會議簽到 is now an item of 六 holding its three sentences: all ticked, so it is ticked.
		expect(await list.locator('li[data-step="staff-arrive-early/sign-in"]').getAttribute('data-state')).toBe('ticked');
		expect(await stepBox(list, 'submit-plan').isChecked()).toBe(true);
		expect(await list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('5');
		expect(await list.locator('.checklist-orphans').count()).toBe(0);
		await page.reload();
		expect(await stepBox(await hydratedChecklist(page, 'office-standard'), 'venue-layout/av-check').isChecked()).toBe(true);
		await context.close();
	});
});

describe('keyboard only', () => {
	it('reaches and ticks steps with Tab and Space, and resets with Enter', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/checklists/secretaries/'));
		const list = await hydratedChecklist(page, 'secretaries');
		const target = await stepBox(list, 'meeting-notice').getAttribute('id');
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			if ((await page.evaluate(() => document.activeElement?.id)) === target) break;
		}
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
		await page.keyboard.press('Space');
		expect(await stepBox(list, 'meeting-notice').isChecked()).toBe(true);
		// The reset button is enabled by the re-render that counts the tick.
		await expect.poll(() => list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('1');
		await page.keyboard.press('Tab'); // the next focusable after the box
		await list.getByRole('button', { name: '清除勾選' }).focus();
		await page.keyboard.press('Enter');
		await list.getByRole('button', { name: '確定清除' }).focus();
		await page.keyboard.press('Enter');
		expect(await stepBox(list, 'meeting-notice').isChecked()).toBe(false);
		await context.close();
	});
});

describe('checklist pages', () => {
	it('the index lists every flow with its progress', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'draft-preparation-plan').check();
		await page.goto(pageURL('/checklists/'));
		const row = page.locator('[data-flow-link="party-congress"] .checklist-progress-text');
		await expect.poll(() => row.getAttribute('data-done')).toBe('1');
		expect(await page.locator('[data-flow-link]').count()).toBe(17);
		await context.close();
	});

	it('the index follows the source: 第三篇 under its three ★ headings, each in its order', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/checklists/'));
		expect(await page.locator('[data-flow-group]').allInnerTexts()).toEqual([
			'全區重要會議各環節流程圖',
			'日常會議各環節流程圖',
			'《會議紀要》分送范圍',
		]);
		const ids = await page.locator('[data-flow-link]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-flow-link')));
		expect(ids).toEqual([
			'county-reception',
			'office-standard',
			'party-congress',
			'plenary',
			'secretaries',
			'standing-committee',
			'joint-party-government',
			'on-site',
			'receive-superiors',
			'district-assembly',
			'daily-secretary-convened',
			'daily-preparatory',
			'minutes-distribution-secretaries',
			'minutes-distribution-standing',
			'minutes-distribution-joint',
			'standard-process-2017',
			'school-procedure',
		]);
		await context.close();
	});

	// Which badge is derived and what it says is checked in tests/component/checklist.test.tsx;
	// here what needs a real browser: the styles that tell them apart, and the printed text.
	it('a role inferred from another clause looks different from a stated one, and names the clause on paper', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		const derived = (await hydratedChecklist(page, 'party-congress')).locator('.role-derived').first();
		const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(text).toContain('會議預備通知綜合科依第三篇三');
		// Styles differ: a stated role is filled, a derived one is outlined (dashed).
		const look = (locator: import('playwright-core').Locator) => locator.evaluate((el) => getComputedStyle(el).borderTopStyle);
		expect(await look(derived)).toBe('dashed');
		await page.goto(pageURL('/checklists/standard-process-2017/'));
		const stated = await hydratedChecklist(page, 'standard-process-2017');
		expect(await look(stated.locator('[data-step="set-meeting-name"] .role-badge').first())).not.toBe('dashed');
		await context.close();
	});

	it('a checklist prints with its ticks shown', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		const list = await hydratedChecklist(page, 'party-congress');
		await stepBox(list, 'draft-preparation-plan').check();
		await expect.poll(() => list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('1');
		const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
		expect(text).toContain('☑擬定會議籌備方案');
		expect(text).toContain('☐會議預備通知');
		expect(text).not.toContain('清除勾選');
		await context.close();
	});
});
