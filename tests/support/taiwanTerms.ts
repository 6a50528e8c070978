/**
 * Taiwan-only words, as 繁體 and as the character conversion leaves them, that must not
 * appear in the 简体 interface: mainland staff read them as a machine conversion.
 */
export const taiwanOnlyTerms = [
	'列印', '匯出', '汇出', '匯入', '汇入', '搜尋', '搜寻', '行事曆', '行事历', '檔案', '档案',
	'軟體', '软体', '網路', '网路', '影印', '設定', '设定', '預設', '预设', '載入', '载入',
	'儲存', '储存', '連結', '连结', '伺服器', '程式', '貼上', '贴上', '點選', '点选', '視窗', '视窗',
	'選單', '选单', '資訊', '资讯', '重新整理', '備份檔', '备份档',
];

