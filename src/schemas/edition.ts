import type { Lang } from '../i18n/lang';

/**
 * The reader's remembered edition (store `huiwu:v1:edition`, see
 * src/stores/README.md): `zh-TW` (繁體, the root pages), `zh-CN` (简体,
 * /zh-cn/), or null while the reader has not chosen. Checked by hand instead
 * of with zod: the store runs on every page, and zod would triple its script.
 */
export type EditionChoice = Lang | null;

export const editionChoiceSchema = {
	safeParse(data: unknown): { success: true; data: EditionChoice } | { success: false } {
		return data === null || data === 'zh-TW' || data === 'zh-CN' ? { success: true, data } : { success: false };
	},
};
