import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Chromium writes a PDF's text map from the font's glyphs, and Noto CJK shares
// some glyphs between an ideograph and its radical form: 二 comes back as ⼆
// (Kangxi radical, NFKC folds it) and 長 as ⻑ (radical supplement, no
// decomposition, so folded here). Only the extraction is lossy, not the print.
const radicalSupplement: Record<string, string> = {
	'⺟': '母', '⺠': '民', '⻄': '西', '⻆': '角', '⻑': '長', '⻓': '长', '⻘': '青',
	'⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻰': '龙', '⻩': '黄', '⻬': '齐', '⻮': '齿',
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
