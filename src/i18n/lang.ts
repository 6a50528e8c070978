import { simplifyDeep } from './simplified';

/** The two editions: the Traditional source texts and the generated 简体 edition. */
export type Lang = 'zh-TW' | 'zh-CN';

export function isSimplified(lang: string | undefined): boolean {
	return lang?.toLowerCase() === 'zh-cn';
}

/**
 * Text for one edition: data and dictionaries are written in Traditional and
 * converted here, at build time, for the 简体 pages.
 */
export function forLang<T>(value: T, lang: string | undefined): T {
	return isSimplified(lang) ? simplifyDeep(value) : value;
}
