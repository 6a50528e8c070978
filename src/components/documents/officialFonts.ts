/**
 * The fonts of GB/T 9704-2012 by the names Windows and WPS install them under
 * (Simplified on every edition of the site: Word finds a font only by its exact name).
 */
export const OFFICIAL_FONTS = {
	body: '仿宋_GB2312',
	title: '方正小标宋简体',
	heading1: '黑体',
	heading2: '楷体_GB2312',
	pageNumber: '宋体',
} as const;

/** The list the page names for the office's PC. */
export const OFFICIAL_FONT_LIST = [...new Set(Object.values(OFFICIAL_FONTS))].join('、');
