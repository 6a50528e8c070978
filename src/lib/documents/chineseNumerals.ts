/**
 * Numbers and dates in Chinese numerals, as the official layout writes them
 * (GB/T 9704-2012 7.3.5.3: 成文日期 「二〇二六年十一月三十日」; headings 「一、」).
 */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as counted: 一, 十, 十一, 二十, 三十一. */
export function chineseNumber(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
	if (n < 10) return DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `2026-11-30` (or a wall clock starting with it) → 二〇二六年十一月三十日; '' for anything else. */
export function chineseNumeralDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
	if (!match) return '';
	const year = [...match[1]!].map((digit) => DIGITS[Number(digit)]).join('');
	return `${year}年${chineseNumber(Number(match[2]))}月${chineseNumber(Number(match[3]))}日`;
}
