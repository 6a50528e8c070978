import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Chromium writes a PDF's text map from the font's glyphs, and Noto CJK shares
// some glyphs between an ideograph and its radical form: 二 comes back as ⼆
// (Kangxi radical, NFKC folds it) and 長 as ⻑ (radical supplement, no
// decomposition, so folded here). Only the extraction is lossy, not the print.
const radicalSupplement: Record<string, string> = {
	'⺟': '母',
	'⺠': '民',
	'⻄': '西',
	'⻆': '角',
	'⻑': '長',
	'⻓': '长',
	'⻘': '青',
	'⻝': '食',
	'⻢': '马',
	'⻣': '骨',
	'⻤': '鬼',
	'⻥': '鱼',
	'⻦': '鸟',
	'⻰': '龙',
	'⻩': '黄',
	'⻬': '齐',
	'⻮': '齿',
};

export function foldPdfText(text: string): string {
	return text.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (ch) => radicalSupplement[ch] ?? ch);
}

/** The text of each page of a PDF, folded as above. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
	const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
	const doc = await task.promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(foldPdfText(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
	}
	await task.destroy();
	return pages;
}

/** A run of text as placed on a PDF page, in mm from the page's top-left corner. */
export interface PlacedText {
	text: string;
	/** Left and right of the run as printed (for an upside-down run, left < right still). */
	left: number;
	right: number;
	/** The run's baseline, from the top. */
	baseline: number;
	/** Font size (mm) along the run's own axis. */
	size: number;
	/** Turned 180°: the run reads upside down on the flat sheet. */
	upsideDown: boolean;
}

export interface PlacedPage {
	width: number;
	height: number;
	texts: PlacedText[];
}

const MM_PER_PT = 25.4 / 72;

/**
 * Every text run of every page with where it sits (pdfjs-dist's text content: each item's
 * transform [a b c d e f] places its baseline origin at (e, f) from the bottom-left; a
 * run turned 180° has a < 0 and d < 0, its width running leftwards from the origin).
 */
export async function pdfPlacedText(pdf: Uint8Array): Promise<PlacedPage[]> {
	const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
	const doc = await task.promise;
	const pages: PlacedPage[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const page = await doc.getPage(i);
		const { width, height } = page.getViewport({ scale: 1 });
		const content = await page.getTextContent();
		const texts: PlacedText[] = [];
		for (const item of content.items) {
			if (!('str' in item) || item.str.trim() === '') continue;
			const [a, b, , d, e, f] = item.transform as number[];
			const upsideDown = a! < 0 && d! < 0;
			const start = e! * MM_PER_PT;
			const extent = item.width * MM_PER_PT;
			texts.push({
				text: foldPdfText(item.str),
				left: upsideDown ? start - extent : start,
				right: upsideDown ? start : start + extent,
				baseline: (height - f!) * MM_PER_PT,
				size: Math.hypot(a!, b!) * MM_PER_PT,
				upsideDown,
			});
		}
		pages.push({ width: width * MM_PER_PT, height: height * MM_PER_PT, texts });
	}
	await task.destroy();
	return pages;
}
