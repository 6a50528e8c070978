/** The 資料與隱私 page's controls (SiteDataControls): list, export and erase what the site keeps in this browser. */
export const privacyMessages = {
	'stored-title': '此瀏覽器目前保存的本站資料',
	'stored-none': '目前沒有保存任何本站資料。',
	'stored-size': '{size} KB',
	'stored-loading': '正在讀取此瀏覽器保存的資料……',
	export: '匯出全部資料',
	'export-hint': '下載一個 JSON 檔，內含本站在此瀏覽器保存的全部資料，可自行留存或檢視。',
	'export-file': '會務手冊資料-{date}.json',
	erase: '清除全部資料',
	'erase-hint': '刪除本站在此瀏覽器保存的全部資料（含已開啟的其他分頁），無法復原；建議先匯出。',
	'erase-confirm': '確定要清除本站在此瀏覽器保存的全部資料嗎？清除後無法復原。',
	'erase-yes': '確定清除',
	'erase-no': '取消',
	erased: '已清除本站在此瀏覽器保存的全部資料（{count} 項）。',
	unavailable: '此瀏覽器不允許本站使用儲存空間，因此本站沒有保存任何資料，也沒有資料可匯出或清除。',
} as const;

export type PrivacyMessages = Record<keyof typeof privacyMessages, string>;
