import { standardIds, type StandardId } from '../schemas/ids';
const HAN_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十 (the source's clauses go no further). */
function hanNumeral(n: number): string {
	if (n < 10) return HAN_DIGITS[n]!;
	const tens = Math.floor(n / 10);
	return `${tens > 1 ? HAN_DIGITS[tens] : ''}十${n % 10 ? HAN_DIGITS[n % 10] : ''}`;
}

/**
 * A clause as the source numbers it, from its anchor: `s3` → 三, `s4-3-3-4` → 四(三)3(4)
 * (levels 一、 (一) 1、 (1), see the anchor scheme in README.md). Where the source skips a level
 * (第二篇 六 1、 is `s6-1`) the anchor cannot tell, so cite such clauses with care.
 */
export function clauseNumber(anchor: string): string {
	const levels = anchor.replace(/^s/, '').split('-').map(Number);
	return levels.map((n, level) => [hanNumeral(n), `(${hanNumeral(n)})`, String(n), `(${n})`][Math.min(level, 3)]).join('');
}

/** A clause of a standard as a reader cites it: (`district-committee`, `s3`) → 第三篇三. */
export function clauseCitation(standard: string, anchor: string): string {
	return `第${hanNumeral(standardIds.indexOf(standard as StandardId) + 1)}篇${clauseNumber(anchor)}`;
}
