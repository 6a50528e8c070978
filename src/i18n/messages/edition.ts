/**
 * The two editions offering each other: the banner on 繁體 pages for a reader
 * who last chose 简体, and the search link to the other edition. Written in
 * Traditional like every dictionary; what a 简体 reader sees is converted with
 * `forLang(…, 'zh-CN')` at build time, even on a 繁體 page.
 */
export const editionMessages = {
	/** Shown in 简体 (converted), on 繁體 pages. */
	'banner.text': '您上次選擇了簡體中文。',
	'banner.switch': '切換到簡體版',
	'banner.stay': '留在繁體版',
	/** In the search dialog of 繁體 pages, converted to 简体 (搜索 is the word mainland readers type). */
	'search.in-simplified': '在簡體中文版中搜索「{query}」',
	/** In the search dialog of 简体 pages, left in Traditional for the reader it addresses. */
	'search.in-traditional': '在繁體版中搜尋「{query}」',
} as const;

export type EditionMessageCode = keyof typeof editionMessages;
