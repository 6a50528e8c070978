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

	// Verbatim quotes (checked against content/source/standards.txt by tests/unit/seatingMessages.test.ts)
	'rule.quote':
		'(1)主席臺人員座次的排列。會議主席臺座次排列順序,一般按職務高低排列,以主席臺座位為準,無論人數單、雙,均以最高領導為中心,然后依先左后右次序排列。如領導對座次安排有特殊交待,按領導意見辦。',
	'cards.quote': '擺放三個標卡(即會議席卡、就餐桌卡、房間歡迎卡)。',
	'cards.source': '第一篇 三',

	// DiningTableError codes (src/lib/diningTables.ts)
	'per-table-not-integer': '每桌人數須為 {min} 至 {max} 的整數(目前為「{value}」)。',
	'per-table-too-small': '每桌人數須為 {min} 至 {max} 的整數,至少 {min} 人(目前為 {value})。',
	'per-table-too-large': '每桌人數須為 {min} 至 {max} 的整數,最多 {max} 人(目前為 {value})。',

	// The form
	'form.heading': '人員與排法',
	'count.from-names': '已按名單計為 {count} 人;清空名單即可直接輸入人數。',
	'per-row.hint': '主席臺一排坐得下的人數;人數較多時,依次排到第二排、第三排。',
	'honour.legend': '排列方式',
	'honour.left-note': '黨政機關會議適用,依第二篇:',
	'view.legend': '座次圖的視角',
	'issues.heading': '名單提示',
	'query.invalid': '連結中的「{key}={value}」無法使用,已改用預設值。',
	'meeting.heading': '會議資訊(印在座位圖上)',
	'meeting.name': '會議名稱',
	'meeting.date': '會議日期',

	// The chart
	'chart.heading': '座次圖',
	'chart.title': '主席臺座次圖',
	'chart.audience': '觀眾席(台下)',
	'chart.front-edge': '主席臺前沿',
	'chart.back': '主席臺後方',
	'chart.leaders-left': '就座領導的左手側',
	'chart.leaders-right': '就座領導的右手側',
	'chart.invalid-note': '表單有誤,座次圖仍顯示上一次有效的排法。',
	'seat.position': '{row}左起第 {col} 座',
	'seat.label': '{position}:{rank} 號 {name}',
	'seat.label-moved': '{position}:{rank} 號 {name}(已調整)',
	'seat.no-name': '(未填姓名)',
	'swap.keyboard-hint': '鍵盤操作:以方向鍵移動,按 Enter 或空白鍵選取座位,再選另一個座位即互換;按 Esc 取消。也可以把一個座位拖到另一個座位上。',
	'swap.selected': '已選取{seat}。請再選一個座位互換,按 Esc 取消。',
	'swap.done': '已互換 {a} 號與 {b} 號的座位。',
	'swap.cancelled': '已取消選取。',
	'swap.restored': '已恢復規則排列。',
	'adjustment.stale': '目前的手動調整是在 {count} 人、每排 {perRow} 座、{honour}時做的;排法改變後,圖上按規則排列。改回原來的人數與排法,手動調整就會恢復。',
	'adjustment.discard': '捨棄手動調整',
	'list.heading': '座次清單(按排,由左至右)',

	// Saved plans
	'plans.heading': '已儲存的座次方案',
	'plans.note': '方案只儲存在這台電腦的瀏覽器中,不會上傳。',
	'plans.name': '方案名稱',
	'plans.save': '儲存方案',
	'plans.save-new': '另存為新方案',
	'plans.open': '開啟',
	'plans.delete': '刪除',
	'plans.undo': '復原',
	'plans.empty': '尚未儲存任何方案。',
	'plans.list-label': '已儲存的方案',
	'plans.summary': '{count} 人,每排 {perRow} 座,{honour}',
	'plans.current': '目前開啟',
	'plans.meeting': '已連結會議',
	'plans.saved': '已儲存「{name}」。',
	'plans.save-failed': '「{name}」未能存入此瀏覽器(儲存空間已滿或不可用):方案只在此頁面中,關閉或離開此頁就會遺失。',
	'plans.export-unsaved': '把未保存的資料存成檔案',
	'plans.unsaved-file': '未保存的資料',
	'plans.opened': '已開啟「{name}」。',
	'plans.deleted': '已刪除「{name}」。',
	'plans.restored': '已復原「{name}」。',
	'plans.name-required': '請先輸入方案名稱。',
	'plans.unsaved-layout': '表單有誤,請先更正再儲存。',

	// Printing
	'print.heading': '列印(A4)',
	'print.intro': '第一篇要求:',
	'print.legend': '要列印的內容',
	'print.chart': '座位圖(A4 橫向)',
	'print.name-cards': '會議席卡(每人一張,A4 橫向對折)',
	'print.table-cards': '就餐桌卡(每桌一張,A4 橫向對折)',
	'print.room-cards': '房間歡迎卡(每頁兩張,A4 直向)',
	'print.button': '列印所選內容',
	'print.hint': '在列印視窗選擇 A4 紙、縮放「實際大小」(100%)。座位圖會印成橫向;席卡沿虛線對折後,兩面都是正的。',
	'print.chart-preview': '座位圖就是上方的座次圖,列印時放大到整張 A4 橫向,並印上會議名稱、日期與視角。',
	'print.needs-names': '請先在名單中輸入姓名,才能製作會議席卡與房間歡迎卡。',
	'print.preview-label': '列印預覽',
	'print.count': '共 {count} 張',
	'cards.per-table': '每桌人數',
	'cards.table-names': '在桌卡上列出就座人員',
	'cards.welcome': '歡迎詞',
	'cards.welcome-default': '歡迎您蒞臨指導!祝您工作順利、生活愉快。',
	'cards.hotel': '入住酒店(選填)',
	'cards.contact': '會務聯絡人及電話(選填)',
	'card.table': '第 {n} 桌',
	'card.greeting': '尊敬的',
	'card.hotel': '入住酒店:{hotel}',
	'card.contact': '會務聯絡:{contact}',
	'card.marks': '沿四角裁切線裁下,沿虛線對折。',
	'card.cut': '沿四角裁切線裁下。',
} as const;

export type SeatingMessageCode = keyof typeof seatingMessages;
