/**
 * Static paths for routes in src/pages that exist in both editions:
 * `edition` is undefined for the root (繁體) and `zh-cn` for the 简体 twin.
 */
export const editionParams = [{ edition: undefined }, { edition: 'zh-cn' }] as const;

export function editionLang(edition: string | undefined): 'zh-TW' | 'zh-CN' {
	return edition === 'zh-cn' ? 'zh-CN' : 'zh-TW';
}
