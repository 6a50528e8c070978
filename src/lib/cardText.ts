// Sizing text on printed cards (席卡、桌卡、歡迎卡) without measuring the DOM:
// the card is a CSS container, sizes are fractions of its width (cqi), and
// the width of a line is estimated from its characters. The estimate errs wide,
// so a name may come out a little small but never runs off the card.

/** Approximate advance of one character, in em, in the system CJK sans fonts. */
export function charWidthEm(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x7f) return 1; // Han, kana, full-width forms, U+3000: one em (anything else non-ASCII: assume the widest).
	if (char === ' ') return 0.35;
	if (/[MWmw@%]/.test(char)) return 1;
	if (/[A-Z0-9#&]/.test(char)) return 0.75;
	return 0.6;
}

/**
 * Width of one line's box in em: its characters plus letter-spacing, which CSS
 * adds after every character, the last one included.
 */
export function textWidthEm(text: string, letterSpacingEm = 0): number {
	const chars = Array.from(text);
	const glyphs = chars.reduce((sum, char) => sum + charWidthEm(char), 0);
	return glyphs + chars.length * letterSpacingEm;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Extra letter-spacing (em) that makes a name read well on a 席卡: a
 * two-character name (王明) is spaced to the width of a three-character one,
 * the way offices pad it with a full-width space, yet the text stays 王明 so it
 * can be found and copied. Names already padded (王　明) or longer get none.
 */
export function nameLetterSpacing(name: string): number {
	const chars = Array.from(name.trim());
	return chars.length === 2 && chars.every((char) => HAN.test(char)) ? 1 : 0;
}

/**
 * The width a name is set to on a card, in em: a two-character name (王明) is spread
 * to the width of a three-character one, its characters at both ends; others as written.
 */
export function nameWidthEm(name: string): number {
	return nameLetterSpacing(name) > 0 ? 3 : textWidthEm(name.trim());
}

export interface FitOptions {
	/** Width available for the line, in the unit the result is wanted in. */
	width: number;
	/** Largest size wanted (what the card's height allows), same unit. */
	maxSize: number;
	/** Letter-spacing in em. */
	letterSpacing?: number;
	/** The line's width in em when it is set to a given width (`nameWidthEm`), not measured from its characters. */
	widthEm?: number | undefined;
}

// The estimate of glyph widths is approximate; leave a margin for it.
const SAFETY = 0.94;

/**
 * The largest font size (in the unit of `width`) at which `text` fits on one
 * line, capped at `maxSize`; rounded down to 0.01 so the printed size never
 * exceeds the computed one. An empty text gets `maxSize`. With letter-spacing
 * the card indents the line by one spacing, balancing the spacing CSS puts
 * after the last character, so the name stays centred inside its box.
 */
export function fitFontSize(text: string, { width, maxSize, letterSpacing = 0, widthEm }: FitOptions): number {
	const em = text === '' ? 0 : (widthEm ?? textWidthEm(text, letterSpacing) + letterSpacing);
	const size = em > 0 ? Math.min(maxSize, (width * SAFETY) / em) : maxSize;
	return Math.floor(size * 100) / 100;
}

export interface BlockFitOptions {
	/** Width of the box, in the unit the result is wanted in. */
	width: number;
	/** Height of the box, same unit. */
	height: number;
	/** Largest size wanted, same unit. */
	maxSize: number;
	/** CSS line-height of the text (unitless). */
	lineHeight: number;
}

/**
 * The largest font size at which `text`, wrapping freely, fills no more lines
 * than the box holds (a list of names on a 桌卡, a welcome line). Assumes a line
 * may break after any character, as CJK text does; rounded down to 0.01.
 */
export function fitBlockFontSize(text: string, { width, height, maxSize, lineHeight }: BlockFitOptions): number {
	const em = textWidthEm(text);
	if (em === 0) return maxSize;
	let size = maxSize;
	// Step down until the wrapped lines fit; a line break may waste up to one character.
	while (size > 0.1) {
		const perLine = Math.floor((width * SAFETY) / size) - 1;
		const lines = perLine > 0 ? Math.ceil(em / perLine) : Infinity;
		if (lines * size * lineHeight <= height) break;
		size *= 0.95;
	}
	return Math.floor(size * 100) / 100;
}
