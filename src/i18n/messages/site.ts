/** Site-wide labels of our own components (Traditional; the 简体 edition is generated). */
export const siteMessages = {
	'summary.label': '本篇摘要',
	'summary.issuer': '發文單位',
	'summary.year': '時間',
	'summary.scope': '適用範圍',
	'summary.flows': '本篇流程',
	'summary.rules': '本篇時限規定',
	'print.source': '出處:{part}《{title}》。本手冊逐字刊載原文,僅將換行與流程符號轉為版面結構。',
	'print.printedFrom': '列印自「會務工作標準手冊」',
} as const;
