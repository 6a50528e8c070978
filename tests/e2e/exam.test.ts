import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { trainingMessages } from '../../src/i18n/messages/training';
import { normalize } from '../support/fidelity';
import { connectBrowser } from './support/browser';
import { hydrateIslands } from './support/islands';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL, stubPrintDialog } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const pdfText = async (page: import('playwright-core').Page) =>
	(await pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).map(normalize);

describe('the supervised exam', () => {
	it('prints the paper without the key and the key apart, for the seed the supervisor fixed', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await page.goto(pageURL('/training/exam/'));
		await hydrateIslands(page);
		await page.locator('input[name="seed"]').fill('exam-e2e');
		await page.locator('select[name="set"]').selectOption('mixed');
		await expect.poll(() => page.locator('[data-testid="exam-count"]').innerText()).toContain('情境題 3 題');

		await page.getByRole('button', { name: trainingMessages['exam-print-paper'] }).click();
		await printed();
		const paper = (await pdfText(page)).join('');
		expect(paper).toContain(normalize('抽題碼:exam-e2e'));
		expect(paper).toContain(normalize('主席臺一排 7 個座位'));
		expect(paper).toContain(normalize('會議通知最遲應在哪一天下午 4 點前發出'));
		expect(paper).toContain(normalize('漏掉的是哪一步'));
		expect(paper).not.toContain(normalize(quizMessages['answer-key']));
		expect(paper).not.toContain(normalize('答案:'));
		const questionIds = await page
			.locator('.paper-question')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-question-id')));
		expect(questionIds).toHaveLength(18);

		await page.getByRole('button', { name: trainingMessages['exam-back'] }).click();
		await page.getByRole('button', { name: trainingMessages['exam-print-key'] }).click();
		await printed();
		const keyPages = await pdfText(page);
		const key = keyPages.join('');
		expect(key).toContain(normalize('抽題碼:exam-e2e'));
		expect(key).toContain(normalize(quizMessages['answer-key']));
		expect(key).not.toContain(normalize(quizMessages['paper-instructions']));
		// The same draw: the key answers the questions of the paper, in its order.
		const keyIds = await page
			.locator('.paper-key > ol > li')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-question-id')));
		expect(keyIds).toEqual(questionIds);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('prints a one-page certificate with the name, path, scores, date and the trainer signature line', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await page.goto(pageURL('/training/exam/'));
		await hydrateIslands(page);
		await page.getByRole('button', { name: trainingMessages['certificate-print'] }).click();
		expect(await page.getByRole('alert').innerText()).toContain(trainingMessages['certificate-name-missing']);
		await page.locator('input[name="trainee"]').fill('王小明');
		await page.locator('select[name="path"]').selectOption('school-office');
		await page.getByRole('button', { name: trainingMessages['certificate-print'] }).click();
		await printed();
		const pages = await pdfText(page);
		expect(pages).toHaveLength(1);
		const text = pages[0]!;
		for (const line of [
			trainingMessages['certificate-title'],
			'王小明',
			trainingMessages['path-school-office'],
			trainingMessages['certificate-trainer'],
		]) {
			expect(text).toContain(normalize(line));
		}
		expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
		expect(text).toContain(normalize('第五篇《學校辦公室會務工作程序》'));
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
