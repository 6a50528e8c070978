import { describe, expect, it } from 'vitest';
import { phraseFirst, type PhraseFragment } from '../../src/lib/phraseSearch';

/** Pagefind's response for pages of these texts, in this rank order, marking what it matched. */
function response(pages: { content: string; excerpt: string; sub_results?: { excerpt: string; url: string }[] }[]) {
	return {
		unfilteredResultCount: pages.length,
		results: pages.map((page, i) => ({
			id: `p${i}`,
			score: 1 / (i + 1),
			data: async () => page as PhraseFragment & { sub_results?: { excerpt: string; url: string }[] },
		})),
	};
}

const ids = (found: { results: { id: string }[] } | null) => found?.results.map((result) => result.id);

describe('phraseFirst: a Chinese phrase typed without spaces finds the pages that hold it', () => {
	// 签到 in 简体: Pagefind's dictionary splits it into 签 + 到, so a page with 签批件 and 做到 matched too.
	const pages = response([
		{ content: '签批件,做到明确分工', excerpt: '<mark>签</mark>批件,<mark>做到</mark>明确' },
		{ content: '一、会议签到。要求本人签到。', excerpt: '会议<mark>签</mark><mark>到</mark>。要求本人<mark>签</mark><mark>到</mark>。' },
		{ content: '设置会议签到处,报告到会情况', excerpt: '设置会议<mark>签到处</mark>,报告<mark>到</mark>会情况' },
	]);

	it('keeps only the pages holding the phrase as written, in Pagefind’s order', async () => {
		expect(ids(await phraseFirst('签到', pages))).toEqual(['p1', 'p2']);
		expect((await phraseFirst('签到', pages))?.unfilteredResultCount).toBe(3);
	});

	it('marks the phrase as one word, and nothing else', async () => {
		const found = await phraseFirst('签到', pages);
		const excerpts = await Promise.all(found!.results.map(async (result) => (await result.data()).excerpt));
		expect(excerpts).toEqual(['会议<mark>签到</mark>。要求本人<mark>签到</mark>。', '设置会议<mark>签到</mark>处,报告到会情况']);
	});

	it('shows the phrase where Pagefind’s excerpt missed it, and only the sections that show it', async () => {
		const found = await phraseFirst(
			'倒水',
			response([
				{
					content: '会务(每隔10—15分钟由专人负责倒水、通知发言人员)',
					excerpt: '<mark>会务</mark>…',
					sub_results: [
						{ url: '#a', excerpt: '负责<mark>倒</mark><mark>水</mark>' },
						{ url: '#b', excerpt: '<mark>水</mark>果' },
					],
				},
			]),
		);
		const data = await found!.results[0]!.data();
		expect(data.excerpt).toBe('会务(每隔10—15分钟由专人负责<mark>倒水</mark>、通知发言人员)');
		expect(data.sub_results).toEqual([{ url: '#a', excerpt: '负责<mark>倒水</mark>' }]);
	});

	it('leaves Pagefind’s results as they are when no page holds the phrase, or words are spaced', async () => {
		expect(ids(await phraseFirst('签名到场', pages))).toEqual(['p0', 'p1', 'p2']);
		expect(ids(await phraseFirst('签 到', pages))).toEqual(['p0', 'p1', 'p2']);
		expect(ids(await phraseFirst('print', pages))).toEqual(['p0', 'p1', 'p2']);
		expect(await phraseFirst('签到', null)).toBeNull();
	});

	it('escapes the page text it shows', async () => {
		const found = await phraseFirst('倒水', response([{ content: '<b>倒水</b>', excerpt: '' }]));
		expect((await found!.results[0]!.data()).excerpt).toBe('&lt;b&gt;<mark>倒水</mark>&lt;/b&gt;');
	});
});

describe('phraseFirst runs as source text in the browser', () => {
	it('needs nothing outside itself', async () => {
		// src/pages/search/pagefind.js.ts inlines phraseFirst.toString(): rebuilt from its own text, it still works.
		const rebuilt = new Function(`return (${phraseFirst.toString()})`)() as typeof phraseFirst;
		const found = await rebuilt('签到', response([{ content: '会议签到', excerpt: '' }]));
		expect(ids(found)).toEqual(['p0']);
	});
});
