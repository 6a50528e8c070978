// Display text of the self-check quizzes. src/lib/quiz*.ts return codes and parameters;
// the page fills them in from here. {standard} takes the standard's name, {honour} the
// text of `honour-left`/`honour-right`, {unit} the text of `unit-<unit>`, {from} that of
// `from-<from>`.
export const quizMessages = {
	'kind-single': '單選題',
	'kind-multiple': '多選題',
	'kind-true-false': '是非題',
	'kind-ordering': '排序題',
	'kind-timing': '時限題',
	'kind-seating': '座次題',

	'difficulty-1': '基礎',
	'difficulty-2': '進階',
	'difficulty-3': '挑戰',

	'true': '正確',
	'false': '錯誤',
	'answer-correct': '正確',
	'answer-wrong': '錯誤',
	'answer-partial': '部分正確',
	'answer-right-is': '正確答案:{answer}',
	'explanation-quote': '原文:「{quote}」',
	'view-clause': '查看條文',
	'retry-missed': '重做錯題',
	'new-quiz': '再抽一組',
	'submit': '交卷',
	'score': '得分 {score}/{max}',
	'percent': '{percent}%',
	'all-correct': '全部答對!',
	'no-questions': '這個範圍沒有題目。',
	'scoring-rules':
		'計分方式:每題 1 分。單選題、是非題和時限題全對才得分;多選題按「選對的項數減去選錯的項數」除以正確項數計分,最低 0 分;排序題按相對次序正確的步驟對數所佔比例計分;座次題按填對的座位所佔比例計分。',

	'prompt-ordering': '請依《{title}》排列下列步驟',
	'prompt-ordering-section': '請依《{title}》「{section}」排列下列步驟',
	'prompt-timing': '依{standard}規定,{label}應在何時完成?',
	'prompt-seating': '主席臺共 {count} 個座位({honour}),請從台下看由左至右填入各座位的領導序號',

	'honour-left': '以左為上',
	'honour-right': '以右為上',
	'seat-label': '第 {seat} 座',
	'leader-rank': '{rank} 號',

	'timing-before': '{from}前 {amount} {unit}',
	'timing-after': '{from}後 {amount} {unit}內',
	'from-start': '會議開始',
	'from-end': '會議結束',
	'unit-min': '分鐘',
	'unit-h': '小時',
	'unit-day': '天',
	'unit-workday': '個工作日',
} as const;

export type QuizMessageCode = keyof typeof quizMessages;
