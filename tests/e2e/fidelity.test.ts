import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { standardIds } from '../../src/schemas/standard';
import { firstMissingSentence, sourceSentences } from '../support/fidelity';
import { sourceDocuments } from '../support/sourceText';
import { connectBrowser } from './support/browser';
import { contentText } from './support/pageText';
import { openPage, pageURL } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

describe('every sentence of the source is on its standard page, verbatim and in order', () => {
	const docs = sourceDocuments();
	it.each(standardIds.map((slug, i) => [slug, docs[i]!] as const))('%s', async (slug, lines) => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(`/standards/${slug}/`));
		const text = await contentText(page);
		const sentences = sourceSentences(lines);
		expect(sentences.length).toBeGreaterThan(10);
		expect(firstMissingSentence(sentences, text)).toBeNull();
		await context.close();
	});
});
