/** The quick reference (速查卡, src/components/quickReference/QuickReference.astro). */
export const quickReferenceMessages = {
	'moment.before': '會前',
	'moment.during': '會中',
	'moment.after': '會後',
	'times.heading': '時間與間隔',
	'times.intro': '各篇規定的時間、間隔與期限,按會前、會中、會後排列;每項注明出處,點出處可看原文條文。',
	'column.when': '時間',
	'column.what': '事項',
	'column.source': '出處',
	'confusions.heading': '容易混淆的規定',
	'confusions.intro': '同一件事,各篇規定不同;辦會時以會議適用的那一篇為準。',
	'column.topic': '事項',
	'flows.heading': '流程與清單',
	'flows.intro': '各篇的流程與清單,點名稱可逐項勾選、列印。',
	'flows.steps': '{count} 項',
	also: '另見',
	source: '{part} {anchor}',
} as const;

export type QuickReferenceMessages = typeof quickReferenceMessages;
