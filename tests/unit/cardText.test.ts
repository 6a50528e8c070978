import { describe, expect, it } from 'vitest';
import { charWidthEm, fitBlockFontSize, fitFontSize, nameLetterSpacing, nameWidthEm, textWidthEm } from '../../src/lib/cardText';

describe('textWidthEm', () => {
	it('counts a Han character, a full-width space and full-width punctuation as one em', () => {
		expect(textWidthEm('王明')).toBe(2);
		expect(textWidthEm('王\u3000明')).toBe(3);
		expect(textWidthEm('（兼）')).toBe(3);
		expect(textWidthEm('(兼)')).toBeLessThan(3);
	});

	it('counts a character outside the BMP once, not per UTF-16 unit', () => {
		expect(textWidthEm('𠀋')).toBe(1);
	});

	it('gives Latin letters less than an em but the wide ones a full em', () => {
		expect(charWidthEm('a')).toBeLessThan(1);
		expect(charWidthEm('W')).toBe(1);
		expect(textWidthEm('John Smith')).toBeLessThan(10);
	});

	it('adds letter-spacing after every character, the last included, as CSS does', () => {
		expect(textWidthEm('王明', 1)).toBe(4);
		expect(textWidthEm('王', 0.5)).toBe(1.5);
		expect(textWidthEm('', 1)).toBe(0);
	});
});

describe('nameLetterSpacing', () => {
	it('spaces a two-character Chinese name wide', () => {
		expect(nameLetterSpacing('王明')).toBe(1);
		expect(nameLetterSpacing(' 王明 ')).toBe(1);
	});

	it('leaves padded, longer, one-character and Latin names alone', () => {
		for (const name of ['王\u3000明', '王小明', '歐陽小明', '王', 'Li', 'A明']) expect(nameLetterSpacing(name)).toBe(0);
	});
});

describe('fitFontSize', () => {
	const card = { width: 92, maxSize: 20 };

	it('gives short names the largest size the card height allows', () => {
		expect(fitFontSize('王小明', card)).toBe(20);
		expect(fitFontSize('王明', card)).toBe(20);
	});

	it('counts a spaced name’s balancing indent: 王明 spaced by 1em is a 5em box', () => {
		const size = fitFontSize('王明', { ...card, letterSpacing: nameLetterSpacing('王明') });
		expect(size * 5).toBeLessThanOrEqual(92);
		expect(size * 5).toBeGreaterThan(92 * 0.9);
	});

	it('shrinks a long name so that it fits the width, never above it', () => {
		const name = '阿卜杜熱合曼·買買提依明江';
		const size = fitFontSize(name, card);
		expect(size).toBeLessThan(20);
		expect(size * textWidthEm(name)).toBeLessThanOrEqual(92);
	});

	it('a 12-character name fits with room to spare', () => {
		const size = fitFontSize('司馬歐陽諸葛上官東方皇甫', card);
		expect(size * 12).toBeLessThanOrEqual(92 * 0.95);
		expect(size).toBeGreaterThan(7);
	});

	it('accounts for letter-spacing and the indent that balances it', () => {
		const plain = fitFontSize('王明王明王明', { width: 50, maxSize: 100 });
		const spaced = fitFontSize('王明王明王明', { width: 50, maxSize: 100, letterSpacing: 1 });
		expect(spaced).toBeLessThan(plain);
		expect(spaced * (textWidthEm('王明王明王明', 1) + 1)).toBeLessThanOrEqual(50);
	});

	it('an empty text gets the largest size', () => {
		expect(fitFontSize('', card)).toBe(20);
	});
});

describe('fitBlockFontSize', () => {
	const box = { width: 90, height: 11, maxSize: 4, lineHeight: 1.3 };
	const lines = (text: string, size: number) => Math.ceil(textWidthEm(text) / (Math.floor((90 * 0.94) / size) - 1));

	it('keeps a short text at the largest size', () => {
		expect(fitBlockFontSize('張三、李四', box)).toBe(4);
	});

	it('shrinks a long list until its lines fit the height', () => {
		const names = Array.from({ length: 30 }, () => '歐陽小明').join('、');
		const size = fitBlockFontSize(names, box);
		expect(size).toBeLessThan(4);
		expect(lines(names, size) * size * 1.3).toBeLessThanOrEqual(11);
	});

	it('an empty text gets the largest size', () => {
		expect(fitBlockFontSize('', box)).toBe(4);
	});
});

describe('nameWidthEm', () => {
	it('sets a two-character name to three characters, others as written', () => {
		expect(nameWidthEm('王明')).toBe(3);
		expect(nameWidthEm('王小明')).toBe(3);
		expect(nameWidthEm('歐陽小明')).toBe(4);
		expect(nameWidthEm('王\u3000明')).toBe(3);
	});

	it('so a two- and a three-character name fit the same card at the same size', () => {
		const card = { width: 90, maxSize: 40 };
		expect(fitFontSize('王明', { ...card, widthEm: nameWidthEm('王明') })).toBe(fitFontSize('王小明', card));
	});
});
