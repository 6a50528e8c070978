/** The two editions: the Traditional source texts and the generated 简体 edition. */
export type Lang = 'zh-TW' | 'zh-CN';

/** True for the 简体 edition (Starlight's `lang` is `zh-CN` there). */
export function isSimplified(lang: string | undefined): boolean {
	return lang?.toLowerCase() === 'zh-cn';
}
