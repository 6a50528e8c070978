import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { connectBrowser } from './support/browser';
import { openPage } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

// Every page and tool is held to seriousViolations() == []: it must be able to say otherwise.
describe('the axe check', () => {
	it('reports serious violations, and only inside `include` when given', async () => {
		const { page, context } = await openPage(browser);
		await page.setContent(`<!doctype html><html lang="zh-Hant"><head><title>t</title></head><body><main>
			<p id="faint" style="color:#bbb;background:#fff">淺色文字</p>
			<div id="clean"><p>正常文字</p></div>
			<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="bare">
		</main></body></html>`);
		const all = await seriousViolations(page);
		expect(all.some((v) => v.startsWith('color-contrast: #faint'))).toBe(true);
		expect(all.some((v) => v.startsWith('image-alt: #bare'))).toBe(true);
		expect(await seriousViolations(page, '#clean')).toEqual([]);
		await context.close();
	});
});
