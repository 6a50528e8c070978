// Display text for the seat-order preview: codes from src/lib/seating.ts and
// src/lib/nameList.ts, and the page's labels. {param} placeholders match the
// params those modules return.

export const seatingMessages = {
	// SeatingInputError codes
	'count-not-integer': '人數須為 {min} 至 {max} 的整數(目前為「{value}」)。',
	'count-too-small': '人數須為 {min} 至 {max} 的整數,至少 {min} 人(目前為 {value})。',
	'count-too-large': '人數須為 {min} 至 {max} 的整數,最多 {max} 人(目前為 {value})。',
	'per-row-not-integer': '每排座位數須為 {min} 至 {max} 的整數(目前為「{value}」)。',
	'per-row-too-small': '每排座位數須為 {min} 至 {max} 的整數,至少 {min} 個(目前為 {value})。',
	'per-row-too-large': '每排座位數須為 {min} 至 {max} 的整數,最多 {max} 個(目前為 {value})。',
	'honour-invalid': '排列方式須為「以左為上」或「以右為上」(目前為「{value}」)。',
	'seat-out-of-range': '第 {row} 排第 {seat} 座不在目前的座次圖內。',
	'overrides-invalid': '手動調整與目前的人數或排法不符,請恢復規則排列後重新調整。',

	// parseNameList issue codes
	'duplicate-name': '「{name}」重複出現(第 {first} 行與第 {second} 行),兩處均已保留,請核對。',
	'missing-name': '第 {line} 行沒有姓名,已略過。',
	'too-many': '名單共 {count} 人,超過上限 {max} 人,只排列前 {max} 人。',

	// Labels
	'honour.left': '以左為上',
	'honour.right': '以右為上',
	'honour.right-note': '以右為上是國際通行慣例,用於外事、商務活動;黨政機關會議按第二篇以左為上。',
	'view.audience': '台下視角(面向主席臺)',
	'view.rostrum': '台上視角(就座領導面向觀眾)',
	'centre-line': '中線',
	'adjusted': '已手動調整',
	'restore-rule': '恢復規則排列',
	'seat.rank': '{rank} 號',
	'seat.row': '第 {row} 排',
	'seat.moved': '已調整',
	'count.label': '人數',
	'per-row.label': '每排座位數',
	'name-list.label': '領導名單(每行一人,按職務高低排列)',
	'name-list.hint': '每行輸入「姓名」或「姓名 職務」(以空格分隔),也可從表格直接貼上姓名、職務兩欄。',
	'rule.source': '第二篇 四(三)2(1)',
	'rule.summary':
		'主席臺座次一般按職務高低排列,以主席臺座位為準,無論人數單、雙,均以最高領導為中心,然后依先左后右次序排列。如領導對座次安排有特殊交待,按領導意見辦。',
	'rule.whose-left':
		'「左」「右」指主席臺上就座領導自身的左右(面向觀眾),不是台下看到的左右:從台下看,2 號在 1 號的右手邊。',
	'rule.even': '人數為雙數時,1 號、2 號同居中間兩席,2 號在 1 號的左側(就座領導自身的左側)。',
	'rule.swap-hint': '領導對座次有特殊交待時,點選兩個座位即可互換;可隨時恢復規則排列。',
} as const;

export type SeatingMessageCode = keyof typeof seatingMessages;
