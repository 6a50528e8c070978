/**
 * The installed app's names and the notice that a new version is ready
 * (src/components/site/OfflineHead.astro, src/pages/[...edition]/manifest.webmanifest.ts).
 */
export const offlineMessages = {
	'app.name': '會務工作標準手冊',
	'app.short-name': '會務手冊',
	'app.description': '五份辦公室會務工作規范全文,以及檢查清單、時限計算、座次預覽與自我測驗;離線可用。',
	'update.notice': '網站已更新,重新載入以使用新版本',
	'update.reload': '重新載入',
} as const;

export type OfflineMessageCode = keyof typeof offlineMessages;
