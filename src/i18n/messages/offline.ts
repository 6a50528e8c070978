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
	// The offline page (src/content/docs/offline.mdx), served for an address not stored here.
	'fallback.links': '已存在此瀏覽器、可離線閱讀的頁面',
	'fallback.standards': '五篇規范全文',
	'fallback.tools': '工具與學習',
	'fallback.quick-reference': '速查卡',
	'fallback.checklists': '全部檢查清單',
	'fallback.meetings': '會議工作區',
	'fallback.deadlines': '會議時限計算',
	'fallback.seating': '主席臺座位預覽與席卡',
	'fallback.training': '新人入門',
	'fallback.quiz': '自我測驗',
	'fallback.privacy': '資料與隱私',
	'fallback.home': '首頁',
} as const;

export type OfflineMessageCode = keyof typeof offlineMessages;
