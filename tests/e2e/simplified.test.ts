import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { forLang } from '../../src/i18n/forLang';
import { checklistMessages } from '../../src/i18n/messages/checklist';
import { deadlinesMessages } from '../../src/i18n/messages/deadlines';
import { editionMessages } from '../../src/i18n/messages/edition';
import { meetingsMessages } from '../../src/i18n/messages/meetings';
import { toSimplified } from '../../src/i18n/simplified';
import { firstMissingSentence, sourceSentences } from '../support/fidelity';
import { sourceDocuments } from '../support/sourceText';
import { taiwanOnlyTerms } from '../support/taiwanTerms';
import { traditionalIn } from '../support/traditional';
import { standardIds } from '../../src/schemas/standard';
import { questionBank } from '../support/quizBank';
import { seriousViolations } from './support/axe';
import { connectBrowser } from './support/browser';
import { hydratedChecklist, stepBox } from './support/checklist';
import { componentText, linksOutOfEdition as linksOutOfEditionOf } from './support/edition';
import { contentText } from './support/pageText';
import { answer, check, currentQuestion, currentQuestionId, next } from './support/quizDriver';
import { pagefindResults } from './support/pagefindApi';
import { openSearch } from './support/search';
import { baseURL, builtHtml, builtPages, openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const EDITION_KEY = 'huiwu:v1:edition';
const pages = builtPages();
const rootPages = pages.filter((path) => !path.startsWith('/zh-cn/'));
const simplifiedPages = pages.filter((path) => path.startsWith('/zh-cn/'));
const simplifiedTwin = (path: string) => `/zh-cn${path}`;
const pathname = (page: Page) => new URL(page.url()).pathname;
const sm = forLang(editionMessages, 'zh-CN');

/** Same-origin links that leave the 简体 edition, on the shared server. */
const linksOutOfEdition = (page: Page) => linksOutOfEditionOf(page, baseURL());

describe('the two editions have the same pages', () => {
	it('every root page has a /zh-cn/ twin', () => {
		expect(rootPages.length).toBeGreaterThan(20);
		expect(rootPages.filter((path) => !pages.includes(simplifiedTwin(path)))).toEqual([]);
	});

	it('every /zh-cn/ page has a root twin', () => {
		expect(simplifiedPages.filter((path) => !pages.includes(path.slice('/zh-cn'.length)))).toEqual([]);
	});
});

describe('every sentence of the source, converted, is on its 简体 standard page', () => {
	const docs = sourceDocuments();
	it.each(standardIds.map((slug, i) => [slug, docs[i]!] as const))('%s', async (slug, lines) => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(`/zh-cn/standards/${slug}/`));
		const sentences = sourceSentences(lines.map(toSimplified));
		expect(sentences.length).toBeGreaterThan(10);
		expect(firstMissingSentence(sentences, await contentText(page))).toBeNull();
		await context.close();
	});
});

describe('searching in 简体 on /zh-cn/ puts the right standard first', () => {
	const expectations: [query: string, slug: string][] = [
		['座次', 'office-standard'],
		['纪要分送', 'district-committee'],
		['录音整理', 'standard-process-2017'],
		['三个标卡', 'county-meetings'],
		['决议执行通知单', 'school-procedure'],
		['党代会流程', 'district-committee'],
		['车辆通行证', 'office-standard'],
	];
	// Through the dialog's own API (support/pagefindApi.ts) on one page: the dialog itself is
	// driven in 简体 by the cross-script tests below and by deploy.test.ts and offline.test.ts.
	it('for each query, on one /zh-cn/ page', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/'));
		const results = await pagefindResults(
			page,
			expectations.map(([query]) => query),
		);
		expect(results.map((paths, i) => `${expectations[i]![0]} → ${paths[0]}`)).toEqual(
			expectations.map(([query, slug]) => `${query} → ${sitePath(`/zh-cn/standards/${slug}/`)}`),
		);
		await context.close();
	});
});

describe('a query in the other script', () => {
	/** Opens the search dialog and types `query`, without waiting for results (there may be none). */
	async function typeQuery(page: Page, query: string) {
		await (await openSearch(page)).fill(query);
	}

	const crossLink = (page: Page) => page.locator('site-search dialog [data-cross-script-search] a');

	async function firstResult(page: Page) {
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
		return new URL(
			await page
				.locator('.pagefind-ui__result-link')
				.first()
				.evaluate((a) => (a as HTMLAnchorElement).href),
		).pathname;
	}

	it('typed on a 繁體 page leads to the 简体 results, right standard first', async () => {
		const { page, context, foreignRequests, pageErrors } = await openPage(browser);
		await page.goto(pageURL('/standards/office-standard/'));
		await typeQuery(page, '纪要分送');
		const link = crossLink(page);
		await link.waitFor();
		expect(await link.innerText()).toBe('在简体中文版中搜索「纪要分送」');
		expect(await seriousViolations(page, '[data-cross-script-search]')).toEqual([]);
		await link.click();
		await page.waitForURL((url) => url.pathname === sitePath('/zh-cn/'));
		expect(new URL(page.url()).searchParams.get('search')).toBe('纪要分送');
		expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('纪要分送');
		expect(await firstResult(page)).toBe(sitePath('/zh-cn/standards/district-committee/'));
		expect(foreignRequests).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('typed on a 简体 page leads to the 繁體 results', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/'));
		await typeQuery(page, '決議執行通知單');
		const link = crossLink(page);
		await link.waitFor();
		expect(await link.innerText()).toBe('在繁體版中搜尋「決議執行通知單」');
		await link.click();
		await page.waitForURL((url) => url.pathname === sitePath('/'));
		expect(await firstResult(page)).toBe(sitePath('/standards/school-procedure/'));
		await context.close();
	});

	it('the link follows the query and goes when the field is cleared', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/'));
		expect(await crossLink(page).isVisible()).toBe(false);
		await typeQuery(page, '会议 & 纪要');
		await crossLink(page).waitFor();
		expect(new URL(await crossLink(page).evaluate((a) => (a as HTMLAnchorElement).href)).search).toBe(
			`?search=${encodeURIComponent('会议 & 纪要')}`,
		);
		await page.locator('.pagefind-ui__search-clear').click();
		await crossLink(page).waitFor({ state: 'hidden' });
		await context.close();
	});
});

describe('a tick is the same tick in both editions', () => {
	it.each([
		['/checklists/party-congress/', '/zh-cn/checklists/party-congress/'],
		['/zh-cn/checklists/party-congress/', '/checklists/party-congress/'],
	])('ticked on %s, shown on %s', async (from, to) => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(from));
		await stepBox(await hydratedChecklist(page, 'party-congress'), 'draft-preparation-plan').check();
		await page.goto(pageURL(to));
		const list = await hydratedChecklist(page, 'party-congress');
		expect(await stepBox(list, 'draft-preparation-plan').isChecked()).toBe(true);
		expect(await stepBox(list, 'formal-notice').isChecked()).toBe(false);
		await context.close();
	});
});

describe('the 简体 interface uses mainland words (打印, 导出, 搜索, 日历, 文件…)', () => {
	// The whole built page: our prose, Starlight's strings, islands' props (their messages).
	// The standards hold none of these words, so they need no exception; what is written
	// for the 繁體 reader (lang="zh-TW": the offer to search the other edition) is theirs.
	it.each(simplifiedPages)('%s', (path) => {
		const html = builtHtml(path).replace(/<([a-z]+)\b[^>]*\blang="zh-TW"[^>]*>[\s\S]*?<\/\1>/g, '');
		expect(taiwanOnlyTerms.filter((term) => html.includes(term))).toEqual([]);
	});
});

describe('on 简体 pages, our components speak 简体 and link within the edition', () => {
	it('the check itself finds Traditional characters', () => {
		expect(traditionalIn('会议纪要')).toEqual([]);
		expect(traditionalIn('會議紀要')).toEqual(['會', '議', '紀']);
		expect(traditionalIn('档案归档')).toEqual([]);
	});

	// Every 简体 page as loaded: in the crawl (tests/e2e/crawl.test.ts). Here, the states a load does not show.

	it('the deadline calculator with a meeting filled in', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/tools/deadlines/?name=会议&start=2026-09-30T09:00&end=2026-09-30T11:00'));
		await page.locator('astro-island:not([ssr]) .dc-timeline li').first().waitFor();
		expect(traditionalIn(await componentText(page))).toEqual([]);
		expect(await linksOutOfEdition(page)).toEqual([]);
		await context.close();
	});

	it('the meetings workspace and a meeting, with due steps', async () => {
		const { page, context } = await openPage(browser, { acceptDownloads: true });
		const m = forLang(meetingsMessages, 'zh-CN');
		await page.goto(pageURL('/zh-cn/tools/meetings/'));
		await page.locator('[data-meetings][data-hydrated]').waitFor();
		const form = page.locator('.meeting-form').last();
		await form.getByLabel(m.name).fill('常委会');
		await form.getByLabel(m.flow).selectOption('school-procedure');
		// Long past: every timed step is overdue.
		await form.getByLabel(m.start).fill('2020-12-01T09:00');
		await form.getByLabel(m.end).fill('2020-12-01T11:00');
		await form.getByRole('button', { name: m.create }).click();
		// Creating opens the meeting; back to the list for the workspace's own texts.
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await page.goto(pageURL('/zh-cn/tools/meetings/'));
		await page.getByRole('link', { name: '常委会', exact: true }).waitFor();
		expect(traditionalIn(await componentText(page))).toEqual([]);
		expect(await linksOutOfEdition(page)).toEqual([]);
		// The backup's file name comes from the dictionary too.
		const [backup] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: m['export-all'] }).first().click(),
		]);
		expect(backup.suggestedFilename()).toContain(m['backup-file']);
		expect(traditionalIn(backup.suggestedFilename())).toEqual([]);
		await page.getByRole('link', { name: '常委会', exact: true }).click();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await hydratedChecklist(page, 'school-procedure');
		await page.locator('.due-badge').first().waitFor();
		expect(pathname(page)).toBe(sitePath('/zh-cn/tools/meeting/'));
		const text = await componentText(page);
		// The states worth checking are there: the checklist and its overdue steps.
		expect(text).toContain(forLang(checklistMessages, 'zh-CN').reset);
		expect(text).toContain(forLang(deadlinesMessages, 'zh-CN')['due.overdue']);
		expect(traditionalIn(text)).toEqual([]);
		expect(await linksOutOfEdition(page)).toEqual([]);
		await context.close();
	});
});

describe('on 简体 pages, the quizzes and the seat preview speak 简体 in every state', () => {
	const bank = new Map(questionBank().map((question) => [question.id, question]));

	// Every quiz, in every state, is walked in 简体 by tests/component/quizSimplified.test.tsx with the
	// props Quiz.astro passes; here the built page, with the mixed quiz (questions of every standard).
	it.each(['mixed'] as const)('the %s quiz, every question answered wrong, with its feedback and result', async (set) => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.goto(pageURL(`/zh-cn/training/quiz/?set=${set}&seed=zhcn`));
		await currentQuestion(page).waitFor();
		let asked = 0;
		while ((await currentQuestion(page).count()) > 0) {
			const id = await currentQuestionId(page);
			await answer(page, bank.get(id)!, true);
			expect(await check(page)).not.toBe('correct');
			expect(traditionalIn(await componentText(page)), id).toEqual([]);
			await next(page);
			await page.waitForFunction((previous) => document.querySelector('.quiz-question')?.getAttribute('data-question-id') !== previous, id);
			asked++;
		}
		await page.locator('.quiz-result').waitFor();
		expect(asked).toBeGreaterThanOrEqual(10);
		expect(traditionalIn(await componentText(page))).toEqual([]);
		expect(await linksOutOfEdition(page)).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('the seat preview with a list of names', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/tools/seating/?n=9&row=5'));
		await page.locator('[data-seating][data-hydrated]').waitFor();
		await page.locator('#seating-names').fill('张三\n李四\n王明');
		await page.locator('[data-seating] [data-rank]').first().waitFor();
		expect(traditionalIn(await componentText(page))).toEqual([]);
		expect(await linksOutOfEdition(page)).toEqual([]);
		await context.close();
	});
});

// Root pages link within their edition: checked in the root build's HTML (tests/e2e/builtHtml.test.ts).

describe('the remembered edition', () => {
	const banner = (page: Page) => page.locator('[data-edition-banner]');
	const storedChoice = (page: Page) =>
		page.evaluate((key) => {
			const raw = localStorage.getItem(key);
			return raw === null ? null : (JSON.parse(raw) as { data: unknown }).data;
		}, EDITION_KEY);
	/**
	 * The banner's script has run once the store has read storage (it subscribes at once):
	 * a module script, so before the load event, which `goto` and `waitForURL` wait for.
	 */
	const settled = (page: Page) => page.waitForLoadState('load');

	it('the language picker leads to the same page in the other script', async () => {
		const { page, context } = await openPage(browser);
		for (const [from, to] of [
			['/standards/office-standard/', '/zh-cn/standards/office-standard/'],
			['/zh-cn/checklists/party-congress/', '/checklists/party-congress/'],
			['/zh-cn/tools/deadlines/', '/tools/deadlines/'],
		] as const) {
			await page.goto(pageURL(from));
			const select = page.locator('header starlight-lang-select select');
			const option = await select
				.locator('option')
				.evaluateAll(
					(options, target) => options.map((o) => (o as HTMLOptionElement).value).find((value) => value === target),
					new URL(pageURL(to)).pathname,
				);
			expect(option).toBeDefined();
			await Promise.all([page.waitForURL((url) => url.pathname === new URL(pageURL(to)).pathname), select.selectOption(option!)]);
		}
		await context.close();
	});

	it('no banner before a 简体 page was visited; after it, an offer and no redirect', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.goto(pageURL('/standards/office-standard/'));
		await settled(page);
		expect(await banner(page).isVisible()).toBe(false);
		expect(await storedChoice(page)).toBeNull();

		await page.goto(pageURL('/zh-cn/tools/deadlines/'));
		await settled(page);
		expect(await storedChoice(page)).toBe('zh-CN');

		await page.goto(pageURL('/standards/office-standard/#s4-1'));
		await banner(page).waitFor();
		expect(await banner(page).locator('p').getAttribute('lang')).toBe('zh-CN');
		expect(await banner(page).innerText()).toContain(sm['banner.text']);
		expect(await seriousViolations(page, '[data-edition-banner]')).toEqual([]);
		await settled(page);
		// Offered, never imposed: the reader is still on the 繁體 page.
		expect(pathname(page)).toBe(sitePath('/standards/office-standard/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');

		await banner(page).getByRole('link', { name: sm['banner.switch'] }).click();
		await page.waitForURL((url) => url.pathname === sitePath('/zh-cn/standards/office-standard/'));
		expect(new URL(page.url()).hash).toBe('#s4-1');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('留在繁體版 hides the offer, also after a reload and on other pages', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/'));
		await settled(page);
		await page.goto(pageURL('/'));
		await banner(page).waitFor();
		await banner(page).getByRole('button', { name: sm['banner.stay'] }).click();
		await banner(page).waitFor({ state: 'hidden' });
		expect(await storedChoice(page)).toBe('zh-TW');
		await page.reload();
		await settled(page);
		expect(await banner(page).isVisible()).toBe(false);
		await page.goto(pageURL('/checklists/party-congress/'));
		await settled(page);
		expect(await banner(page).isVisible()).toBe(false);
		await context.close();
	});

	it('choosing 繁體 in the picker records it: no offer on the page it leads to', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/zh-cn/standards/county-meetings/'));
		await settled(page);
		const select = page.locator('header starlight-lang-select select');
		const target = new URL(pageURL('/standards/county-meetings/')).pathname;
		await Promise.all([page.waitForURL((url) => url.pathname === target), select.selectOption(target)]);
		await settled(page);
		expect(await storedChoice(page)).toBe('zh-TW');
		expect(await banner(page).isVisible()).toBe(false);
		await context.close();
	});

	it('an unreadable stored choice is left alone, and nothing breaks', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.goto(pageURL('/'));
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"data":"klingon"}'), EDITION_KEY);
		await page.goto(pageURL('/zh-cn/'));
		await settled(page);
		await page.goto(pageURL('/'));
		await settled(page);
		expect(await banner(page).isVisible()).toBe(false);
		expect(await page.evaluate((key) => localStorage.getItem(key), EDITION_KEY)).toBe('{"version":1,"data":"klingon"}');
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
