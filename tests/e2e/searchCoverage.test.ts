import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { toSimplified } from '../../src/i18n/simplified';
import { type StandardId, standardIds } from '../../src/schemas/standard';
import { flowStepQueries, type SearchExpectation, sourceSentenceQueries } from '../support/searchQueries';
import { sourceDocuments } from '../support/sourceText';
import { connectBrowser } from './support/browser';
import { pagefindResults } from './support/pagefindApi';
import { searchSite } from './support/search';
import { openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const documents = sourceDocuments().map((lines) => lines.join('\n'));
/** The standards whose text holds `query`, in source order. */
const holders = (query: string): StandardId[] => standardIds.filter((_, i) => documents[i]!.includes(query));
const standardOf = (path: string | undefined) => /\/standards\/([a-z0-9-]+)\//.exec(path ?? '')?.[1];

const editions = [
	{ name: '繁體', home: '/', prefix: '', convert: (text: string) => text },
	{ name: '简体', home: '/zh-cn/', prefix: '/zh-cn', convert: toSimplified },
] as const;

/**
 * What is wrong with one query's results, or nothing: the first result is a standard
 * (never a tool, quiz, checklist or home page), and the query's own standard is among
 * the first three (among as many as hold the words, when more do). Not "first": Pagefind
 * ranks by words, not by their order, so for some phrases (擬定會議籌備方案) another
 * standard that uses the same words more often comes first.
 */
function misranked(expectation: SearchExpectation, results: string[]): string | undefined {
	const holding = holders(expectation.query);
	const within = Math.max(3, holding.length);
	const ownFound = results.slice(0, within).some((path) => standardOf(path) === expectation.standard);
	if (standardOf(results[0]) && ownFound) return undefined;
	return `${expectation.query} (${expectation.from}, ${expectation.standard}) → ${results.join(' ') || 'nothing'}`;
}

describe.each(editions)('every flow step and every source sentence is found in $name, its standard among the first', (edition) => {
	const expectations = [...flowStepQueries(), ...sourceSentenceQueries()];

	it(`${expectations.length} queries`, async () => {
		expect(expectations.length).toBeGreaterThan(300);
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(edition.home));
		const results = await pagefindResults(
			page,
			expectations.map((e) => edition.convert(e.query)),
			Math.max(3, standardIds.length),
		);
		const wrong = expectations.flatMap((expectation, i) => misranked(expectation, results[i]!) ?? []);
		expect(wrong).toEqual([]);
		await context.close();
	});
});

// The issue's own failures: words only one standard holds, which used to find nothing
// (the flow charts were not indexed) or a tool first (上周五 → the deadline calculator).
const firstHits: [query: string, slug: StandardId][] = [
	['倒水', 'district-committee'],
	['電梯準備', 'district-committee'],
	['迎候', 'district-committee'],
	['講解員', 'district-committee'],
	['席卡擺放', 'district-committee'],
	['上周五', 'school-procedure'],
	['補水', 'standard-process-2017'],
];

describe.each(editions)('in $name the named words put their standard first', (edition) => {
	it('through the JS API, for each', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(edition.home));
		const results = await pagefindResults(
			page,
			firstHits.map(([query]) => edition.convert(query)),
			1,
		);
		expect(results.map((paths) => paths[0])).toEqual(firstHits.map(([, slug]) => sitePath(`${edition.prefix}/standards/${slug}/`)));
		await context.close();
	});

	it.each(firstHits.slice(0, 3))('through the search dialog: %s', async (query, slug) => {
		const { page, context } = await openPage(browser);
		await page.goto(pageURL(edition.home));
		const results = await searchSite(page, edition.convert(query));
		expect(results[0]).toBe(sitePath(`${edition.prefix}/standards/${slug}/`));
		await context.close();
	});
});

describe('the same words are as precise in 简体 as in 繁體', () => {
	async function resultCounts(query: string): Promise<number[]> {
		const counts: number[] = [];
		for (const edition of editions) {
			const { page, context } = await openPage(browser);
			await page.goto(pageURL(edition.home));
			counts.push((await pagefindResults(page, [edition.convert(query)], 100))[0]!.length);
			await context.close();
		}
		return counts;
	}

	it.each(['紀要', '倒水', '座次', '席卡'])('%s: no more results in 简体 than in 繁體', async (query) => {
		const [traditional, simplified] = await resultCounts(query);
		expect(simplified).toBeLessThanOrEqual(traditional!);
	});

	// Known and unsolved (issue #15): Pagefind's zh-cn index holds 签 and 到 as two words
	// in some sentences (会议签到), so 签到 also finds every 到 (6 pages against 4).
	// Neither the html lang (zh-CN, zh) nor the ranking changes it. Fails when fixed.
	it.fails('簽到: no more results in 简体 than in 繁體', async () => {
		const [traditional, simplified] = await resultCounts('簽到');
		expect(simplified).toBeLessThanOrEqual(traditional!);
	});
});
