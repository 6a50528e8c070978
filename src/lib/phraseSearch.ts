/**
 * The phrase rule of the site search. Pagefind cuts a Chinese query into dictionary words
 * and finds every page holding those words anywhere, ranked by how often they occur:
 * 擬定會議籌備方案 puts first a standard that says 擬定, 會議, 籌備 and 方案 often, not
 * the one that holds the phrase; and where the dictionary lacks a word (签到 is in it only
 * as 簽到), the 简体 query becomes 签 + 到, which finds every page with a 签… word and a
 * 到… word and marks 到达, 做到. A reader who types a phrase wants the pages that hold it.
 *
 * So, when the query is Chinese typed without spaces and some results hold it as written,
 * only those are kept, in Pagefind's order (a standard's words still outrank the tool pages'
 * lighter ones), and their excerpts mark the phrase as one. When none holds it, Pagefind's
 * results stand as they are. Words typed with spaces between them keep Pagefind's meaning.
 *
 * Self-contained (no imports, nothing from outside the function): the search dialog runs it
 * as source text, inlined into the module that wraps Pagefind's API
 * (src/pages/search/pagefind.js.ts), and the tests call the same through that module.
 */

/** What `phraseFirst` reads of a Pagefind result's data, and rewrites. */
export interface PhraseFragment {
	content: string;
	excerpt: string;
	sub_results?: { excerpt: string }[];
}

export interface PhraseResult {
	data(): Promise<PhraseFragment>;
}

export async function phraseFirst<R extends PhraseResult, S extends { results: R[] }>(
	term: string | null,
	response: S | null,
): Promise<S | null> {
	const phrase = (term ?? '').trim();
	if (!response || /\s/.test(phrase) || !/\p{Script=Han}/u.test(phrase)) return response;
	const fragments = await Promise.all(response.results.map((result) => result.data()));
	const holding = response.results.filter((_, i) => fragments[i]!.content.includes(phrase));
	if (holding.length === 0) return response;

	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const marked = `<mark>${escape(phrase)}</mark>`;
	/** The excerpt with the phrase marked as one, or null when it does not show the phrase. */
	const markPhrase = (excerpt: string): string | null => {
		const plain = excerpt.replace(/<\/?mark>/g, '');
		return plain.includes(escape(phrase)) ? plain.split(escape(phrase)).join(marked) : null;
	};
	/** A window of the page's text around the phrase's first occurrence. */
	const around = (content: string) => {
		const at = content.indexOf(phrase);
		const start = Math.max(0, at - 20);
		const end = Math.min(content.length, at + phrase.length + 20);
		return `${start > 0 ? '…' : ''}${escape(content.slice(start, at))}${marked}${escape(content.slice(at + phrase.length, end))}${end < content.length ? '…' : ''}`;
	};
	const rewrite = <F extends PhraseFragment>(fragment: F): F => ({
		...fragment,
		excerpt: markPhrase(fragment.excerpt) ?? around(fragment.content),
		// Only the sections that show the phrase: the others matched its words, not it.
		sub_results: fragment.sub_results?.flatMap((sub) => {
			const excerpt = markPhrase(sub.excerpt);
			return excerpt === null ? [] : [{ ...sub, excerpt }];
		}),
	});
	return {
		...response,
		results: holding.map((result) => ({ ...result, data: async () => rewrite(await result.data()) })),
	};
}
