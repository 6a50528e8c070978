import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { normalize, sourceSentences } from '../support/fidelity';
import { sourceDocuments } from '../support/sourceText';
import { connectBrowser } from './support/browser';
import { pdfPages } from './support/pdfText';
import { openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

describe('a standard prints on A4', () => {
	it('carries its title, summary, text and source line, and none of the site chrome', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL('/standards/office-standard/'));
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = await pdfPages(pdf);
		const text = normalize(pages.join(''));
		expect(pages.length).toBeGreaterThan(1);
		expect(text).toContain(normalize('第二篇:辦公室會務工作規范'));
		expect(text).toContain(normalize('發文單位'));
		// Every sentence of the standard reaches the paper, not only the first page.
		for (const sentence of sourceSentences(sourceDocuments()[1]!)) expect(text).toContain(sentence);
		expect(text).toContain(normalize('出處:第二篇《辦公室會務工作規范》'));
		for (const chrome of ['第一篇縣政府辦公室會務工作交流材料', '本頁內容', '跳到內容', '前一則', '下一則', '選擇佈景主題', 'Ctrl']) {
			expect(text).not.toContain(chrome);
		}
		await context.close();
	});
});

describe('a standard reads on a phone', () => {
	it.each(['county-meetings', 'district-committee', 'standard-process-2017'])('%s has no horizontal scrolling at 390×844', async (slug) => {
		const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await page.goto(pageURL(`/standards/${slug}/`));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});
