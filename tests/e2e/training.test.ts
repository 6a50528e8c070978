import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { quizQuestions } from '../../src/lib/quizSets';
import { clausePath } from '../../src/lib/sitePaths';
import { normalize } from '../support/fidelity';
import { seriousViolations } from './support/axe';
import { connectBrowser } from './support/browser';
import { pdfPages } from './support/pdfText';
import { questionBank } from '../support/quizBank';
import { answer, answerRest, arrange, check, currentQuestion, currentQuestionId, next } from './support/quizDriver';
import { hydrateIslands } from './support/islands';
import { openPage, pageURL, sitePath } from './support/site';
import { OFFICE_PATHS, ROLE_PATHS } from '../../src/lib/trainingPaths';
import { trainingMessages } from '../../src/i18n/messages/training';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const bank = questionBank();

/** Waits for what the page does after hydration or a store change; generous for a busy test machine. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const byId = new Map(bank.map((question) => [question.id, question]));

/** A seed whose quiz asks a question of `kind` at position `index` (0-based). */
function seedWith(set: Parameters<typeof quizQuestions>[1], kind: string, index: number): string {
	for (let n = 0; n < 5000; n++) {
		const seed = `t${n}`;
		if (quizQuestions(bank, set, seed)[index]?.kind === kind) return seed;
	}
	throw new Error(`no seed puts a ${kind} question at ${index} of ${set}`);
}

async function openQuiz(page: Page, set: string, seed: string): Promise<void> {
	await page.goto(pageURL(`/training/quiz/?set=${set}&seed=${seed}`));
	await currentQuestion(page).waitFor();
}

/** Opens a standard's page and scrolls to its end, which is what lets its 已讀 tick count. */
async function readStandard(page: Page, standard: string): Promise<void> {
	await page.goto(pageURL(`/standards/${standard}/`));
	await page.locator(`[data-reading-end="${standard}"]`).waitFor({ state: 'attached' });
	const opened = () =>
		page.evaluate((id) => JSON.parse(localStorage.getItem('huiwu:v1:training') ?? '{}')?.data?.opened?.[id]?.done === true, standard);
	await expect
		.poll(
			async () => {
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
				return opened();
			},
			{ timeout: 20_000 },
		)
		.toBe(true);
}

/** Presses Tab until `target` has the focus: the keyboard's way of reaching a control. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('taking a quiz', () => {
	// Feedback, scoring, the result, 重做錯題 and the history rows of both modes are checked in
	// tests/component/quiz.test.tsx; here only what needs a real browser: the attempt is stored
	// and listed again after a reload.
	it('keeps the history of a finished quiz after a reload', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await openQuiz(page, 'office-standard', 'history1');
		expect(await answerRest(page, byId)).toEqual(quizQuestions(bank, 'office-standard', 'history1').map((q) => q.id));
		await eventually(() => page.locator('[data-testid="quiz-score"]').innerText()).toContain('(100%)');
		await page.reload();
		const rows = page.locator('.quiz-history tbody tr');
		await eventually(() => rows.count()).toBe(1);
		expect(await rows.nth(0).innerText()).toContain(quizMessages['mode-full']);
		expect(await rows.nth(0).innerText()).toContain('10/10(100%)');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('answers an ordering question with the keyboard alone', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const seed = seedWith('standard-process-2017', 'ordering', 1);
		await openQuiz(page, 'standard-process-2017', seed);
		const firstQuestion = byId.get(await currentQuestionId(page))!;
		await answer(page, firstQuestion);
		await check(page);
		await next(page);

		const question = byId.get(await currentQuestionId(page))!;
		expect(question.kind).toBe('ordering');
		if (question.kind !== 'ordering') return;
		// 下一題 put the focus on the new question; from here on only keys are pressed.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('quiz-question-prompt');
		const card = currentQuestion(page);
		await arrange(card, question.answer, async (button) => {
			const step = await button.getAttribute('data-step');
			await tabTo(page, `button[data-step="${step}"][data-direction="-1"]`);
			await page.keyboard.press('Enter');
		});
		await tabTo(page, '.quiz-question button[type="submit"]');
		await page.keyboard.press('Enter');
		const feedback = page.locator('#quiz-feedback');
		await feedback.waitFor();
		expect(await feedback.getAttribute('data-verdict')).toBe('correct');
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe('accessibility of the quiz while it runs', () => {
	// The crawl checks each page as it loads; these states exist only after answering.
	it('passes axe with a question, its feedback, the result and the paper test on screen', async () => {
		const { page, context } = await openPage(browser);
		await context.addInitScript(() => {
			window.print = () => {};
		});
		// Each state in both themes: the dark one has its own contrast pitfalls.
		const serious = async (state: string) => {
			const found: string[] = [];
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				// The quiz itself: the crawl checks the page around it.
				found.push(...(await seriousViolations(page, '.quiz')).map((v) => `${colorScheme} ${state} ${v}`));
			}
			return found;
		};
		const found: string[] = [];
		await openQuiz(page, 'office-standard', seedWith('office-standard', 'seating', 0));
		found.push(...(await serious('seating question')));
		await answer(page, byId.get(await currentQuestionId(page))!, true);
		await check(page);
		found.push(...(await serious('feedback')));
		await next(page);
		await answerRest(page, byId);
		await page.locator('.quiz-result').waitFor();
		found.push(...(await serious('result')));
		await page.getByRole('button', { name: quizMessages['print-paper'] }).click();
		await page.locator('.paper-quiz').waitFor();
		found.push(...(await serious('paper')));
		expect(found).toEqual([]);
		await context.close();
	}, 180_000);
});

describe('the paper quiz', () => {
	it('prints every question, then the answer key from a later page', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		// The print dialog is the browser's, outside the page: count the requests for it, and
		// print to PDF as the dialog would (with print styles, on A4).
		await context.addInitScript(() => {
			window.print = () => {
				(window as unknown as { printRequests: number }).printRequests =
					((window as unknown as { printRequests?: number }).printRequests ?? 0) + 1;
			};
		});
		await openQuiz(page, 'office-standard', 'paper1');
		await page.getByRole('button', { name: quizMessages['print-paper'] }).click();
		await page.locator('.paper-quiz').waitFor();
		await eventually(() => page.evaluate(() => (window as unknown as { printRequests?: number }).printRequests)).toBe(1);
		const asked = quizQuestions(bank, 'office-standard', 'paper1');
		const prompts = await page.locator('.paper-prompt').allInnerTexts();
		expect(prompts).toHaveLength(asked.length);

		const pages = (await pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).map(normalize);
		const pageOf = (text: string) => pages.findIndex((p) => p.includes(normalize(text)));
		const lastQuestion = pageOf(prompts.at(-1)!.replace(/^([^)]*)/, ''));
		const key = pageOf(quizMessages['answer-key']);
		expect(lastQuestion).toBeGreaterThanOrEqual(0);
		expect(key).toBeGreaterThan(lastQuestion);
		// The test pages carry no answers; the key carries the explanations.
		expect(pages.slice(0, key).join('')).not.toContain(normalize('原文:「'));
		const quoted = asked.find((q) => q.explanation.quote)!;
		expect(pages.slice(key).join('')).toContain(normalize(quoted.explanation.quote!).slice(0, 20));
		// Nothing of the page around the test is printed.
		expect(pages.join('')).not.toContain(normalize(quizMessages['choose-set']));
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});

describe('paths by office and by role', () => {
	// Each path's order, time, duties, locked self-check and a pass of its first quiz are checked
	// in tests/component/trainingPath.test.tsx; here the built page: the island hydrates with the
	// data its wrapper assembled, and every path is chosen on one page.
	it('every path is chosen on the built page, with its standards in order and the self-check locked', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await page.goto(pageURL('/training/'));
		await hydrateIslands(page);
		for (const pathId of [...OFFICE_PATHS.map((p) => p.id), ...ROLE_PATHS.map((p) => p.id)]) {
			await page.locator(`a[data-path="${pathId}"]`).click();
			await eventually(() => page.locator('[data-testid="training-path"]').getAttribute('data-path')).toBe(pathId);
			await eventually(() => new URL(page.url()).searchParams.get('path')).toBe(pathId);
			expect(await page.locator('[data-testid="training-path"]').innerText()).toMatch(/約 \d+ 分鐘/);
			const order = await page
				.locator('.training-standards > li')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-standard')));
			expect(order).toHaveLength(5);
			expect(order.at(-1)).toBe('county-meetings');
			const office = OFFICE_PATHS.find((p) => p.id === pathId);
			if (office) expect(order[0]).toBe(office.standards[0]);
			else expect(await page.locator('.training-duties li').count()).toBeGreaterThan(0);
			expect(await page.locator('[data-standard="mixed"]').getAttribute('data-unlocked')).toBe('false');
		}
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('lists each role’s duties in 简体 as in 繁體', async () => {
		// The roles are named in the flows as written (秘書…): the 简体 page once matched none.
		const { page, context } = await openPage(browser);
		const dutiesByRole = async (path: string) => {
			await page.goto(pageURL(path));
			await hydrateIslands(page);
			const counts: number[] = [];
			for (const { id } of ROLE_PATHS) {
				await page.locator(`a[data-path="${id}"]`).click();
				await eventually(() => page.locator('[data-testid="training-path"]').getAttribute('data-path')).toBe(id);
				counts.push(await page.locator('.training-duties li').count());
			}
			return counts;
		};
		const traditional = await dutiesByRole('/training/');
		expect(traditional.every((count) => count > 0)).toBe(true);
		expect(await dutiesByRole('/zh-cn/training/')).toEqual(traditional);
		await context.close();
	});

	it('shows the confused rules side by side with their clauses, and the glossary', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/training/'));
		const rows = page.locator('.training-confusions-table tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(4);
		const water = normalize(await page.locator('tr[data-confusion="water-interval"]').innerText());
		expect(water).toContain(normalize('10—15'));
		expect(water).toContain(normalize('15-20'));
		expect(await page.locator('tr[data-confusion="water-interval"] a').first().getAttribute('href')).toBe(
			sitePath(clausePath('district-committee', 'flow-joint-party-government')),
		);
		expect(await page.locator('.training-glossary [data-term="attendant"]').innerText()).toContain('勤務');
		expect(await page.locator('#training-confusions-heading').innerText()).toBe(trainingMessages['confusions-heading']);
		await context.close();
	});
});

describe('the onboarding path', () => {
	it('lets 已讀 be ticked only after the standard was opened and scrolled, and keeps it after a reload', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/training/'));
		const tick = page.getByRole('checkbox', { name: /已讀《辦公室會務工作規范》/ });
		await hydrateIslands(page);
		expect(await tick.isDisabled()).toBe(true);
		expect(await page.locator('[data-standard="office-standard"] [data-read-hint]').count()).toBe(1);
		await readStandard(page, 'office-standard');
		await page.goto(pageURL('/training/'));
		await tick.check(); // waits for the island: the box is disabled until then
		await eventually(() => page.locator('[data-testid="training-progress"]').innerText()).toContain('1/11');
		await page.reload();
		await eventually(() => tick.isChecked()).toBe(true);
		expect(await page.locator('[data-testid="training-progress"]').innerText()).toContain('1/11');
		expect(await page.locator('[data-standard="office-standard"] .training-read-on').first().innerText()).toMatch(/\d{4}-\d{2}-\d{2}/);
		await context.close();
	});

	it('clears the ticks and scores of this browser only after a confirmation', async () => {
		const { page, context } = await openPage(browser);
		await readStandard(page, 'district-committee');
		await page.goto(pageURL('/training/'));
		const tick = page.getByRole('checkbox', { name: /已讀《區委辦公室會務工作規范》/ });
		await tick.check();
		await page.getByRole('button', { name: '清除本瀏覽器中的學習紀錄' }).click();
		await page.getByRole('button', { name: '取消' }).click();
		expect(await tick.isChecked()).toBe(true);
		await page.getByRole('button', { name: '清除本瀏覽器中的學習紀錄' }).click();
		await page.getByRole('button', { name: '確定清除' }).click();
		await eventually(() => tick.isChecked()).toBe(false);
		expect(await page.locator('[data-testid="training-progress"]').innerText()).toContain('0/11');
		await page.reload();
		await page.locator('[data-read-hint]').first().waitFor();
		expect(await tick.isChecked()).toBe(false);
		await context.close();
	});

	it('prints a one-page learning record with the reading, the best score and the signature lines', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		await readStandard(page, 'school-procedure');
		await page.goto(pageURL('/training/'));
		await page.getByRole('checkbox', { name: /已讀《學校辦公室會務工作程序》/ }).check();
		await page.getByRole('link', { name: '做第五篇測驗' }).click();
		await currentQuestion(page).waitFor();
		await answerRest(page, byId);
		await eventually(() => page.locator('[data-testid="quiz-score"]').innerText()).toContain('(100%)');

		await page.goto(pageURL('/training/'));
		await eventually(() => page.locator('[data-standard="school-procedure"] .training-quiz-status').innerText()).toContain('100%');
		await page.getByRole('link', { name: '列印學習記錄' }).click();
		await page.locator('.learning-record tr[data-set="school-procedure"]').waitFor();
		await eventually(() => page.locator('tr[data-set="school-procedure"]').innerText()).toContain('100%');

		const pages = (await pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).map(normalize);
		expect(pages).toHaveLength(1);
		const text = pages[0]!;
		for (const line of ['學習記錄', '學員姓名', '學員簽名', '主管簽名', '日期']) expect(text).toContain(line);
		expect(text).toContain(normalize('100%(10/10)'));
		expect(text).toMatch(/第五篇《學校辦公室會務工作程序》\d{4}-\d{2}-\d{2}/);
		expect(text).not.toContain(normalize('列印學習記錄'));
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
