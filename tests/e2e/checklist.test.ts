import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { hydratedChecklist, PROGRESS_KEY, stepBox } from './support/checklist';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
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
		// One of two sub-items ticked: the parent shows as partial.
		expect(await list.locator('[data-step="organize-preparation"]').getAttribute('data-state')).toBe('partial');
		expect(await list.locator('.checklist-progress-text').getAttribute('data-done')).toBe('2');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('ticking a parent ticks all its sub-items', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		const list = await hydratedChecklist(page, 'party-congress');
		await stepBox(list, 'prepare-materials').check();
		const items = list.locator('[data-step="prepare-materials"] .checklist-item input');
		expect(await items.count()).toBeGreaterThan(1);
		for (const box of await items.all()) expect(await box.isChecked()).toBe(true);
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

describe('reset', () => {
	it('asks first, and can be undone', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		const list = await hydratedChecklist(page, 'party-congress');
		await stepBox(list, 'draft-preparation-plan').check();
		await list.getByRole('button', { name: '清除勾選' }).click();
		await list.getByRole('button', { name: '取消' }).click();
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		await list.getByRole('button', { name: '清除勾選' }).click();
		await list.getByRole('button', { name: '確定清除' }).click();
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(false);
		await list.getByRole('button', { name: '復原' }).click();
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
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

describe('data changes keep progress honest', () => {
	// Simulates a new release of the site: the same page served with a reworded
	// step, or with a step whose id is gone.
	async function serveChanged(page: import('playwright-core').Page, change: (html: string) => string) {
		await page.route(flowPage, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: change(await response.text()) });
		});
	}

	it('a reworded step keeps its tick', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'preliminary-notice').check();
		await serveChanged(page, (html) => html.replaceAll('會議預備通知', '發出會議預備通知(改寫)'));
		await page.reload();
		const list = await hydratedChecklist(page, 'party-congress');
		expect(await list.locator('[data-step="preliminary-notice"] .checklist-label').first().innerText()).toBe('發出會議預備通知(改寫)');
		expect(await stepBox(list, 'preliminary-notice').isChecked()).toBe(true);
		await context.close();
	});

	it('a removed step is reported, not dropped, and can be discarded', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(flowPage);
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'preliminary-notice').check();
		await serveChanged(page, (html) => html.replaceAll('preliminary-notice', 'renamed-notice'));
		await page.reload();
		const list = await hydratedChecklist(page, 'party-congress');
		const notice = list.locator('.checklist-orphans');
		expect(await notice.innerText()).toContain('有 1 項舊進度已不在清單中');
		expect(await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY)).toContain('preliminary-notice');
		await notice.getByRole('button', { name: '捨棄舊進度' }).click();
		await expect.poll(() => list.locator('.checklist-orphans').count()).toBe(0);
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
