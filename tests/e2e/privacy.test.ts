import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, PROGRESS_KEY, stepBox } from './support/checklist';
import { downloadedText, openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const flowPage = pageURL('/checklists/party-congress/');
const privacyPage = pageURL('/privacy/');

async function tick(page: Page, key: string) {
	await page.goto(flowPage);
	const list = await hydratedChecklist(page, 'party-congress');
	await stepBox(list, key).check();
	await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', PROGRESS_KEY)).toContain(key);
}

async function openControls(page: Page) {
	await page.goto(privacyPage);
	const controls = page.locator('[data-site-data][data-hydrated]');
	await controls.waitFor();
	return controls;
}

const siteKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('huiwu:')));

describe('資料與隱私', () => {
	it('lists what is stored, and exports it as JSON', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await tick(page, 'draft-preparation-plan');
		const controls = await openControls(page);
		expect(await controls.locator(`[data-key="${PROGRESS_KEY}"]`).count()).toBe(1);
		const [download] = await Promise.all([page.waitForEvent('download'), controls.getByRole('button', { name: '匯出全部資料' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^會務手冊資料-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = JSON.parse(await downloadedText(download));
		expect(exported.format).toBe('huiwu-handbook/site-data');
		expect(Object.keys(exported.storage)).toEqual([PROGRESS_KEY]);
		expect(exported.storage[PROGRESS_KEY].data.runs.practice['party-congress']['draft-preparation-plan'].done).toBe(true);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('erases everything only after a confirmation; the checklist shows no ticks after a reload', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await tick(page, 'formal-notice');
		await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
		const controls = await openControls(page);
		await controls.getByRole('button', { name: '清除全部資料' }).click();
		await controls.getByRole('button', { name: '取消' }).click();
		expect(await siteKeys(page)).toEqual([PROGRESS_KEY]);

		await controls.getByRole('button', { name: '清除全部資料' }).click();
		await controls.getByRole('button', { name: '確定清除' }).click();
		expect(await controls.locator('.site-data-erased').innerText()).toContain('已清除');
		expect(await siteKeys(page)).toEqual([]);
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBeNull();
		expect(await controls.locator('[data-site-data-empty]').count()).toBe(1);

		await page.goto(flowPage);
		const list = await hydratedChecklist(page, 'party-congress');
		expect(await stepBox(list, 'formal-notice').isChecked()).toBe(false);
		expect(await list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('0');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('an open checklist in another tab drops its ticks instead of writing them back', async () => {
		const { page, context } = await openPage(browser);
		await tick(page, 'preliminary-notice');
		const list = await hydratedChecklist(page, 'party-congress');
		const privacy = await context.newPage();
		await privacy.goto(privacyPage);
		const controls = privacy.locator('[data-site-data][data-hydrated]');
		await controls.getByRole('button', { name: '清除全部資料' }).click();
		await controls.getByRole('button', { name: '確定清除' }).click();
		await expect.poll(() => stepBox(list, 'preliminary-notice').isChecked()).toBe(false);
		// The other tab handled the erase (its ticks are gone) without writing anything back.
		expect(await siteKeys(page)).toEqual([]);
		await page.reload();
		expect(await stepBox(await hydratedChecklist(page, 'party-congress'), 'preliminary-notice').isChecked()).toBe(false);
		await context.close();
	});

	it('says so when the browser refuses storage', async () => {
		const { page, context } = await openPage(browser);
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto(privacyPage);
		const controls = page.locator('[data-site-data][data-hydrated]');
		expect(await controls.locator('.site-data-unavailable').innerText()).toContain('不允許本站使用儲存空間');
		expect(await controls.getByRole('button', { name: '匯出全部資料' }).isDisabled()).toBe(true);
		await context.close();
	});

	it('exists in the 简体 edition too', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/privacy/'));
		expect(await page.locator('main h1').innerText()).toBe('资料与隐私');
		await page.locator('[data-site-data][data-hydrated]').getByRole('button', { name: '导出全部资料' }).waitFor();
		await context.close();
	});
});

describe('storage blocked by the browser (issue #16)', () => {
	it('no page throws: Starlight’s theme scripts run without storage, and the theme picker still works', async () => {
		const { page, context, pageErrors } = await openPage(browser, { colorScheme: 'light' });
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		for (const path of ['/', '/standards/office-standard/', '/tools/meetings/', '/checklists/party-congress/', '/zh-cn/']) {
			await page.goto(pageURL(path), { waitUntil: 'load' });
			expect(await page.locator('html').getAttribute('data-theme'), path).toBe('light');
		}
		expect(pageErrors).toEqual([]);
		// The choice applies to this page although it cannot be remembered.
		await page.locator('starlight-theme-select select:visible').first().selectOption('dark');
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
