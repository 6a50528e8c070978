import * as OpenCC from 'opencc-js';

/**
 * The one converter of the site: Traditional (Taiwan) characters to mainland
 * Simplified, characters only. OpenCC's phrase tables are left out on purpose:
 * they would turn 檔案 into 文件, wrong in office work. Runs at build time only
 * (generation script, Astro pages); islands receive already converted text.
 */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Converts every string inside a value (messages, flow data, quiz questions…). */
export function simplifyDeep<T>(value: T): T {
	if (typeof value === 'string') return toSimplified(value) as T;
	if (Array.isArray(value)) return value.map((item) => simplifyDeep(item)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, simplifyDeep(item)])) as T;
	}
	return value;
}
