// Display text for the codes src/lib/workdays.ts and src/lib/deadlines.ts return.
// Dates in params are `YYYY-MM-DD`; {holiday} is the holiday's name from the calendar data.
export const deadlinesMessages = {
	// DateInputError (workdays)
	'invalid-date': '「{value}」不是有效的日期,請按「年-月-日」填寫,例如 2026-11-27。',
	'invalid-date-time': '「{value}」不是有效的日期時間,請按「年-月-日 時:分」填寫,例如 2026-11-27 09:00。',
	'invalid-workday-count': '工作日數必須是整數。',
	// DeadlineInputError
	'invalid-start': '會議開始時間「{value}」無效,請重新選擇日期和時間。',
	'invalid-end': '會議結束時間「{value}」無效,請重新選擇日期和時間。',
	'end-not-after-start': '會議結束時間必須晚於開始時間。',
	'meeting-too-long': '會期超過{maxDays}天,請檢查開始和結束日期是否填錯。',
	// DeadlineWarning
	'due-on-weekend': '{date}是周末,不是工作日。前一個工作日是{previousWorkday},後一個工作日是{nextWorkday}。',
	'due-on-holiday': '{date}是{holiday}假期,不是工作日。前一個工作日是{previousWorkday},後一個工作日是{nextWorkday}。',
	'recurring-multi-day': '會期跨日,無法推算每場會議的時間;請按每場會議的實際起止,每{every}分鐘安排一次。',
	// Deadline.provisional
	provisional: '所涉年份的國務院放假安排尚未收錄,此結果暫按周一至周五上班推算,公布後請重新核對。',
	// dayKind
	'day-kind.workday': '工作日',
	'day-kind.weekend': '周末',
	'day-kind.holiday': '節假日',
	'day-kind.adjusted-workday': '調休上班日',
} as const;

export type DeadlinesMessageCode = keyof typeof deadlinesMessages;
