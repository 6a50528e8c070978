import { toSimplified } from '../../src/i18n/simplified';

// Common characters that exist only in Traditional writing: none may reach a 简体 page.
const traditionalOnly = [
	...'會議紀錄單時間與應對屬檢標準輔項報關發區縣黨國體書記務處後號條總開還進讓說請辦參設',
	...'這個們來為從電話會場條資訊選擇確認儲載顯頁產現預習練題讀寫歷傳',
];

/** The Traditional characters in `text` (the list above, and whatever the converter would still change). */
export function traditionalIn(text: string): string[] {
	const found = new Set([...text].filter((char) => traditionalOnly.includes(char)));
	const converted = [...toSimplified(text)];
	const chars = [...text];
	if (converted.length !== chars.length) found.add('(converted text differs in length)');
	else chars.forEach((char, i) => converted[i] !== char && found.add(char));
	return [...found];
}
