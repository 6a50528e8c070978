/**
 * How Pagefind ranks results, in the search dialog and in the tests that search the
 * built index the same way (tests/e2e/searchCoverage.test.ts). Pagefind's own defaults
 * for saturation and similarity; term frequency and page length count for less than its
 * defaults, so a long standard that holds a phrase once is not buried under a short
 * page (a tool, the home page) that repeats one of its words. Chosen by running every
 * flow step and source sentence against the built index. No setting puts the standard
 * that holds a phrase first for all of them (a grid over the four gave at best 13 繁體 /
 * 18 简体 of 355 wrong): that is the phrase rule's work (src/lib/phraseSearch.ts); this
 * ranking orders the pages that hold the phrase, and queries typed with spaces.
 */
export const searchRanking = {
	pageLength: 0.3,
	termFrequency: 0.3,
	termSaturation: 1.4,
	termSimilarity: 1,
} as const;

/**
 * Weight of the text on pages that are not a standard (home, tools, training, privacy):
 * their words still find them, but the standard that sets a rule comes first.
 */
export const TOOL_PAGE_SEARCH_WEIGHT = 0.3;
