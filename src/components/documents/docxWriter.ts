import {
	AlignmentType,
	BorderStyle,
	Document,
	DocumentGridType,
	Footer,
	LineRuleType,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import type { ResolvedBlock, ResolvedDocument } from '~/i18n/documentText';
import { OFFICIAL_FONTS } from './officialFonts';

/**
 * A resolved document as a .docx in the layout of GB/T 9704-2012 (党政机关公文格式).
 * Loaded by dynamic import() only when a person exports, so the `docx` package
 * stays out of the page's initial JavaScript.
 */

/** Millimetres → twips (1/1440 inch). */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** A4 and the margins that leave the standard's 156 × 225 mm text block. */
export const PAGE = {
	width: twips(210),
	height: twips(297),
	top: twips(37),
	left: twips(28),
	right: twips(210 - 28 - 156),
	bottom: twips(297 - 37 - 225),
} as const;

/** 22 lines in 225 mm: 579 twips a line (≈ 28.95 pt). */
export const LINE_PITCH = 579;
/**
 * 28 characters a line: the 156 mm block is 8845 twips, so a character's pitch is
 * 8845 / 28 ≈ 315.9 twips ≈ 15.795 pt. Word adds charSpace (1/4096 pt) to the default
 * font size (16 pt): (15.795 − 16) × 4096 ≈ −840, and −842 keeps 28 × pitch within the block.
 */
export const CHAR_SPACE = -842;
/** 3號 = 16 pt, in half-points. */
const BODY_SIZE = 32;
/** 2號 = 22 pt. */
const TITLE_SIZE = 44;
/** 4號 = 14 pt, for page numbers. */
const PAGE_NUMBER_SIZE = 28;
/** Two characters of 16 pt. */
const FIRST_LINE_INDENT = 640;

export const FONTS = OFFICIAL_FONTS;

/** The same font for Chinese and Latin runs, so digits and letters do not fall back to Word's default. */
const font = (name: string) => ({ eastAsia: name, ascii: name, hAnsi: name, cs: name });

const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

const run = (text: string, fontName: string = FONTS.body, size = BODY_SIZE) => new TextRun({ text, font: font(fontName), size });

function body(text: string, options: { indent?: boolean; align?: 'left' | 'right' | 'center' } = {}) {
	return new Paragraph({
		children: [run(text)],
		spacing: exactLine,
		...(options.indent === false ? {} : { indent: { firstLine: FIRST_LINE_INDENT } }),
		alignment:
			options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
	});
}

function heading(text: string, level: 1 | 2) {
	return new Paragraph({
		children: [run(text, level === 1 ? FONTS.heading1 : FONTS.heading2)],
		spacing: exactLine,
		indent: { firstLine: FIRST_LINE_INDENT },
	});
}

function cell(text: string, bold = false) {
	return new TableCell({
		children: text.split('\n').map(
			(line) =>
				new Paragraph({
					children: [new TextRun({ text: line, font: font(bold ? FONTS.heading1 : FONTS.body), size: BODY_SIZE })],
					spacing: exactLine,
				}),
		),
	});
}

function table(head: string[], rows: string[][]) {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			...(head.length > 0 ? [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) })] : []),
			...rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
		],
	});
}

function blocks(block: ResolvedBlock, blank: string): (Paragraph | Table)[] {
	switch (block.type) {
		case 'field': {
			const lines = block.blank ? [blank] : block.lines;
			if (block.layout === 'heading') return [heading(block.label, 1), ...lines.map((line) => body(line))];
			const [first = '', ...rest] = lines;
			return [body(`${block.label}:${first}`), ...rest.map((line) => body(line))];
		}
		case 'heading':
			return [heading(block.text, block.level)];
		case 'paragraph':
			return [body(block.text, { indent: block.indent, align: block.align })];
		case 'table':
			return [table(block.head, block.rows)];
		case 'cut':
			return [
				new Paragraph({
					children: [run(block.text)],
					spacing: exactLine,
					alignment: AlignmentType.CENTER,
					border: { bottom: { style: BorderStyle.DASHED, size: 6, color: '000000', space: 1 } },
				}),
			];
		case 'page-break':
			return [new Paragraph({ children: [], pageBreakBefore: true, spacing: exactLine })];
	}
}

/** 「— 1 —」 in 4號 宋體, one character in from the right (odd pages) or the left (even pages). */
function pageNumberFooter(side: 'odd' | 'even') {
	const numberRun = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
		new TextRun({ children, font: font(FONTS.pageNumber), size: PAGE_NUMBER_SIZE });
	return new Footer({
		children: [
			new Paragraph({
				alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
				indent: side === 'odd' ? { right: 280 } : { left: 280 },
				children: [numberRun(['— ', PageNumber.CURRENT, ' —'])],
			}),
		],
	});
}

/** The .docx bytes of one document (a Blob in the browser). */
export function documentToDocx(document: ResolvedDocument, blank: string): Document {
	return new Document({
		evenAndOddHeaderAndFooters: true,
		styles: {
			default: {
				document: { run: { font: font(FONTS.body), size: BODY_SIZE }, paragraph: { spacing: exactLine } },
			},
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: { top: PAGE.top, left: PAGE.left, right: PAGE.right, bottom: PAGE.bottom, footer: twips(28 - 7), header: twips(15) },
					},
					grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
				},
				footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
				children: [
					new Paragraph({
						children: [run(document.title, FONTS.title, TITLE_SIZE)],
						alignment: AlignmentType.CENTER,
						spacing: { line: LINE_PITCH * 1.5, lineRule: LineRuleType.EXACT, before: 0, after: LINE_PITCH },
					}),
					...document.blocks.flatMap((block) => blocks(block, blank)),
				],
			},
		],
	});
}

export async function docxBlob(document: ResolvedDocument, blank: string): Promise<Blob> {
	return Packer.toBlob(documentToDocx(document, blank));
}
