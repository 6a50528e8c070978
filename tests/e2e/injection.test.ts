import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildExport } from '../../src/lib/meetingExport';
import type { Meeting } from '../../src/schemas/meeting';
import { connectBrowser } from './support/browser';
import {
	feedFile,
	hasTextField,
	injectionFiles,
	injectionProblems,
	PAYLOADS,
	recordDialogs,
	showsLiterally,
	typeIntoEveryField,
	type InjectionFile,
} from './support/injection';
import { hydrateIslands, settle } from './support/islands';
import { openSearch } from './support/search';
import { builtHtml, builtPages, openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

// Only pages whose built HTML has a field to type into, or a file input, are
// visited (islands are rendered on the server, so their fields are in the HTML);
// the crawl (crawl.test.ts) loads every page anyway.
const pages = builtPages();
const withTextField = pages.filter((path) => hasTextField(builtHtml(path)));
const withFileInput = pages.filter((path) => /<input\b[^>]*\stype="file"/.test(builtHtml(path)));

async function load(page: Page, path: string) {
	await page.goto(pageURL(path));
	await hydrateIslands(page);
}

describe('the checks themselves', () => {
	it('see a payload that became markup, or was cut up', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		expect(await injectionProblems(page)).toEqual([]);
		// As a careless island would: user text through innerHTML (evaluate runs outside the page's CSP).
		await page.evaluate((payload) => document.querySelector('main')!.insertAdjacentHTML('beforeend', `<p>${payload}</p>`), PAYLOADS[0]);
		expect(await injectionProblems(page)).toContain('an <img src=x> element exists');
		await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>&lt;img src=x alert(1)</p>'));
		expect((await injectionProblems(page)).some((problem) => problem.startsWith('text shown not literally'))).toBe(true);
		await context.close();
	});

	it('accept a payload split at a space on purpose, but not one stripped of its tags', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		// A name list line 「姓名 職務」: name and title shown apart, each literally.
		await page.evaluate(() => {
			const main = document.querySelector('main')!;
			for (const text of ['<img', 'src=x onerror=alert(1)>'])
				main.append(Object.assign(document.createElement('p'), { textContent: text }));
		});
		expect(await injectionProblems(page)).toEqual([]);
		// A sanitiser that drops the tags shows something the person did not type.
		await page.evaluate(() =>
			document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'alert(1)' })),
		);
		expect((await injectionProblems(page)).some((problem) => problem.startsWith('text shown not literally'))).toBe(true);
		await context.close();
	});
});

describe('text typed into any field stays text', () => {
	it('finds the pages with fields from their HTML (the check itself, and the tools at least)', () => {
		expect(hasTextField('<input type="text" name="a">')).toBe(true);
		expect(hasTextField('<input name="a">')).toBe(true);
		expect(hasTextField('<textarea id="n"></textarea>')).toBe(true);
		expect(hasTextField('<div contenteditable="true">')).toBe(true);
		expect(hasTextField('<input type="checkbox"><input type="file">')).toBe(false);
		expect(withTextField).toEqual(expect.arrayContaining(['/tools/meetings/', '/tools/seating/', '/zh-cn/tools/meetings/']));
	});

	it.each(withTextField)('%s', async (path) => {
		const { page, context, pageErrors } = await openPage(browser);
		const dialogs = recordDialogs(page);
		await load(page, path);
		const typed: number[] = [];
		for (const payload of PAYLOADS) {
			// A submitted form may have opened another page: the next payload goes into its fields.
			typed.push(await typeIntoEveryField(page, payload));
			await settle(page);
			expect(await injectionProblems(page)).toEqual([]);
		}
		// The page was chosen for its text field: the first payload reached one at least.
		expect(typed[0], 'fields typed into').toBeGreaterThan(0);
		expect(dialogs).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe('every file import stays text', () => {
	it('finds the pages that import files (the meetings workspace at least)', () => {
		expect(withFileInput).toContain('/tools/meetings/');
	});

	it.each(withFileInput)(
		'%s answers every payload file visibly, as text',
		async (path) => {
			const { page, context, pageErrors } = await openPage(browser);
			const dialogs = recordDialogs(page);
			await load(page, path);
			const count = await page.locator('input[type=file]').count();
			for (let i = 0; i < count; i++) {
				const accept = await page.locator('input[type=file]').nth(i).getAttribute('accept');
				const files = injectionFiles(accept, await formatFiles(page, path));
				expect(files.length, `${path}: no payload file fits accept=${accept}`).toBeGreaterThan(0);
				for (const file of files) {
					await load(page, path);
					await feedFile(page.locator('input[type=file]').nth(i), file);
					expect(await injectionProblems(page), `${path} ← ${file.name}`).toEqual([]);
				}
			}
			expect(dialogs).toEqual([]);
			expect(pageErrors).toEqual([]);
			await context.close();
		},
		// One fresh load per payload file: a cap, not a timing check.
		240_000,
	);
});

/** Files in a tool's own format, so an import passes validation and its payloads reach the screen. */
async function formatFiles(page: Page, path: string): Promise<InjectionFile[]> {
	if (!path.endsWith('/tools/meetings/')) return [];
	const flowId = await page.locator('select[name=flow] option').first().getAttribute('value');
	return [meetingsBackup(flowId!), meetingsBackup('no-such-flow')];
}

function meetingsBackup(flowId: string): InjectionFile {
	const meetings: Meeting[] = PAYLOADS.map((payload, i) => ({
		id: `m-inject${i}${flowId.length}`,
		name: payload,
		flowId,
		start: '',
		end: '',
		place: payload,
		notes: PAYLOADS.join('\n'),
		expected: 0,
		archived: false,
		createdAt: 1,
		updatedAt: 1,
	}));
	const backup = buildExport(meetings, () => [], 'injection-test', '2026-01-01T00:00:00.000Z');
	return { name: `${PAYLOADS[0]}-${flowId}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
}

describe('where user text is shown, it shows literally', () => {
	it('a meeting named, placed and noted with markup, in the list and on its page', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const dialogs = recordDialogs(page);
		await load(page, '/tools/meetings/');
		const form = page.locator('.meeting-form').last();
		await form.locator('input[name=name]').fill(PAYLOADS[0]);
		await form.locator('input[name=place]').fill(PAYLOADS[1]);
		await form.locator('textarea[name=notes]').fill(PAYLOADS.join('\n'));
		await form.locator('button[type=submit]').click();
		// Creating opens the meeting: its name is the page's H1 and title, as text.
		const view = page.locator('[data-meeting-view][data-hydrated]');
		await view.waitFor();
		expect(await page.locator('main h1').innerText()).toBe(PAYLOADS[0]);
		expect(await page.title()).toContain(PAYLOADS[0]);
		expect(await injectionProblems(page)).toEqual([]);
		await load(page, '/tools/meetings/');
		const link = page.getByRole('link', { name: PAYLOADS[0], exact: true });
		await link.waitFor();
		expect(await injectionProblems(page)).toEqual([]);
		await link.click();
		await view.waitFor();
		await view.locator('.meeting-details > summary').click();
		expect(await view.locator('input[name=place]').inputValue()).toBe(PAYLOADS[1]);
		expect(await view.locator('textarea[name=notes]').inputValue()).toBe(PAYLOADS.join('\n'));
		expect(await injectionProblems(page)).toEqual([]);
		expect(dialogs).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('people pasted with markup in their names are listed and previewed literally', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const dialogs = recordDialogs(page);
		await load(page, '/tools/meetings/');
		await page.locator('.meeting-form').last().locator('input[name=name]').fill('名單測試');
		await page.locator('.meeting-form').last().locator('button[type=submit]').click();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await page.locator('[data-participants-section] > summary').click();
		await page.getByLabel('貼上名單').fill(`姓名\t單位\n${PAYLOADS[0]}\t${PAYLOADS[1]}`);
		await page.getByRole('button', { name: '讀取貼上的名單' }).click();
		await page.locator('[data-import-preview]').waitFor();
		expect(await injectionProblems(page)).toEqual([]);
		await page.getByRole('button', { name: '確認匯入' }).click();
		const list = page.locator('[data-participants]');
		await list.locator('[data-participant]').waitFor();
		expect(await list.locator('.participant-name').innerText()).toBe(PAYLOADS[0]);
		expect(await showsLiterally(list, PAYLOADS[1])).toBe(true);
		expect(await injectionProblems(page)).toEqual([]);
		expect(dialogs).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('an imported backup with markup in its names lists them literally', async () => {
		const { page, context } = await openPage(browser);
		const dialogs = recordDialogs(page);
		await load(page, '/tools/meetings/');
		const [backup] = await formatFiles(page, '/tools/meetings/');
		await feedFile(page.locator('input[type=file]'), backup!);
		const list = page.locator('[data-meetings]');
		for (const payload of PAYLOADS) await page.getByRole('link', { name: payload, exact: true }).waitFor();
		expect(await showsLiterally(list, PAYLOADS[1])).toBe(true);
		expect(await injectionProblems(page)).toEqual([]);
		expect(dialogs).toEqual([]);
		await context.close();
	});

	it('a refused backup names its meeting literally in the message', async () => {
		const { page, context } = await openPage(browser);
		await load(page, '/tools/meetings/');
		await feedFile(page.locator('input[type=file]'), meetingsBackup('no-such-flow'));
		const message = page.locator('[data-import-error="unknown-flow"]');
		expect(await message.innerText()).toContain(`「${PAYLOADS[0]}」`);
		expect(await injectionProblems(page)).toEqual([]);
		await context.close();
	});

	it.each(['/', '/zh-cn/'])('the search box on %s echoes a query literally', async (path) => {
		const { page, context, pageErrors } = await openPage(browser);
		const dialogs = recordDialogs(page);
		await page.goto(pageURL(path));
		const input = await openSearch(page);
		for (const payload of PAYLOADS) {
			await input.fill(payload);
			await page.locator('.pagefind-ui__message', { hasText: payload }).waitFor();
			expect(await injectionProblems(page)).toEqual([]);
		}
		expect(dialogs).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
