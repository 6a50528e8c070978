/**
 * Notices of the storage layer (src/stores) and the progress store's actions.
 * Keys of the first group are `StorageStatusCode`s (`ok` shows nothing).
 */
export const storageMessages = {
	unavailable: '無法使用瀏覽器儲存空間，進度只保存在此頁面，關閉後將遺失。',
	quota: '瀏覽器儲存空間已滿：最近的變更沒有存入瀏覽器，只在此頁面中，關閉或離開此頁就會遺失。請先存成檔案，或到「資料與隱私」頁釋出空間。',
	'unsaved-stores': '未保存：{stores}。',
	'export-unsaved': '把未保存的資料存成檔案',
	'unsaved-file': '未保存的資料',
	'store.progress': '勾選進度',
	'store.meetings': '會議',
	'store.seating-plans': '座次方案',
	'store.seating-layouts': '會議的臺下、會見與宴請座位安排',
	'store.quiz-history': '測驗紀錄',
	'store.training': '已讀紀錄',
	'store.edition': '版本選擇',
	'store.local-calendar': '自行輸入的假日安排',
	corrupt: '已儲存的資料無法讀取（格式損壞），為免遺失，我們沒有覆寫它。',
	invalid: '已儲存的資料格式不符，無法讀取，為免遺失，我們沒有覆寫它。',
	'newer-version': '已儲存的資料來自較新版本的網站，請更新頁面；在此之前不會覆寫它。',
	'discard-stored': '捨棄損壞的資料',
	'discard-newer': '捨棄較新版本的資料',
	'reload-page': '重新整理頁面',
	'orphaned-progress': '有 {count} 項舊進度已不在清單中',
	'discard-orphans': '捨棄舊進度',
	'reset-confirm': '確定要清除此清單的全部勾選嗎？',
	'reset-flow': '清除勾選',
	undo: '復原',
	'run-practice': '練習',
} as const;

export type StorageMessageCode = keyof typeof storageMessages;
