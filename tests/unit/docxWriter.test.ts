import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentToDocx, FONTS, LINE_PITCH } from '../../src/components/documents/docxWriter';
import { resolveDocument } from '../../src/i18n/documentText';
import { documentsMessages } from '../../src/i18n/messages/documents';
import { draftDocument } from '../../src/lib/documents/drafts';
import { attributeValues, wordText, zipEntries } from '../support/zipEntries';

/** The .docx layout (GB/T 9704-2012), read back from the file's XML with node's zlib. */
const meeting = { name: '全區安全生產工作會議', start: '2026-11-30T09:00', end: '2026-11-30T11:30', place: '區政府三樓會議室', notes: '' };

async function docx(kind: Parameters<typeof draftDocument>[0]) {
	const resolved = resolveDocument(
		draftDocument(kind, { meeting, issuedOn: '2026-11-27', participants: [{ name: '王書記', attendance: 'present' }] }),
		documentsMessages,
	);
	const bytes = await Packer.toBuffer(documentToDocx(resolved, documentsMessages.blank));
	return zipEntries(bytes);
}

describe('docx writer', () => {
	it('lays out A4 with the standard margins, 22 lines a page and odd/even page numbers', async () => {
		const files = await docx('minutes');
		const xml = files.get('word/document.xml')!.toString('utf8');
		expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
		expect(attributeValues(xml, 'w:pgMar', 'w:top')).toEqual(['2098']);
		expect(attributeValues(xml, 'w:pgMar', 'w:left')).toEqual(['1587']);
		expect(attributeValues(xml, 'w:pgMar', 'w:right')).toEqual(['1474']);
		expect(attributeValues(xml, 'w:pgMar', 'w:bottom')).toEqual(['1984']);
		expect(attributeValues(xml, 'w:docGrid', 'w:linePitch')).toEqual([String(LINE_PITCH)]);
		expect(attributeValues(xml, 'w:spacing', 'w:line')).toContain('579');
		expect(files.get('word/settings.xml')!.toString('utf8')).toContain('<w:evenAndOddHeaders');
		const footers = [...files.keys()]
			.filter((name) => /^word\/footer\d+\.xml$/.test(name))
			.map((name) => files.get(name)!.toString('utf8'));
		expect(footers).toHaveLength(2);
		for (const footer of footers) {
			expect(footer).toContain('PAGE');
			expect(wordText(footer)).toContain('— ');
			expect(attributeValues(footer, 'w:sz', 'w:val')).toContain('28');
			expect(attributeValues(footer, 'w:rFonts', 'w:eastAsia')).toContain(FONTS.pageNumber);
		}
		expect(footers.map((f) => attributeValues(f, 'w:jc', 'w:val')[0]).sort()).toEqual(['left', 'right']);
	});

	it('sets the grid of 22 lines of 28 characters: the 156 × 225 mm text block at 3號 (16 pt) 仿宋', async () => {
		const files = await docx('notice');
		const xml = files.get('word/document.xml')!.toString('utf8');
		const styles = files.get('word/styles.xml')!.toString('utf8');
		const number = (tag: string, attribute: string, source = xml) => {
			const values = attributeValues(source, tag, attribute);
			expect(values, `${tag} ${attribute}`).toHaveLength(1);
			return Number(values[0]);
		};
		expect(attributeValues(xml, 'w:docGrid', 'w:type')).toEqual(['linesAndChars']);
		// Word adds charSpace (1/4096 pt) to the default font size to get the character pitch,
		// so the default must be the body's 16 pt (no Normal style overriding it).
		const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
		expect(attributeValues(defaults, 'w:sz', 'w:val')).toEqual(['32']);
		expect(styles).not.toMatch(/w:styleId="Normal"[\s\S]*?<w:sz /);
		const fontPt = 32 / 2;
		const width = number('w:pgSz', 'w:w') - number('w:pgMar', 'w:left') - number('w:pgMar', 'w:right');
		const height = number('w:pgSz', 'w:h') - number('w:pgMar', 'w:top') - number('w:pgMar', 'w:bottom');
		// The text block of GB/T 9704-2012 7.2.2: 156 × 225 mm (to the twip's rounding).
		expect(Math.abs((width / 1440) * 25.4 - 156)).toBeLessThan(0.05);
		expect(Math.abs((height / 1440) * 25.4 - 225)).toBeLessThan(0.05);
		const pitch = (fontPt + number('w:docGrid', 'w:charSpace') / 4096) * 20; // twips a character
		expect(Math.floor(width / pitch)).toBe(28);
		// 28 characters fill the line: less than a tenth of a character is left over.
		expect(width - 28 * pitch).toBeLessThan(pitch / 10);
		expect(width - 28 * pitch).toBeGreaterThanOrEqual(0);
		const linePitch = number('w:docGrid', 'w:linePitch');
		expect(Math.floor(height / linePitch)).toBe(22);
		expect(height - 22 * linePitch).toBeLessThan(linePitch / 10);
		// Body paragraphs keep to the grid's line pitch exactly.
		expect(attributeValues(xml, 'w:spacing', 'w:line')).toContain(String(linePitch));
	});

	it('sets the title in 2號 方正小標宋簡體, headings in 黑體 and the body in 3號 仿宋_GB2312 with the two-character indent', async () => {
		const xml = (await docx('plan')).get('word/document.xml')!.toString('utf8');
		const eastAsia = attributeValues(xml, 'w:rFonts', 'w:eastAsia');
		expect(eastAsia).toContain(FONTS.title);
		expect(eastAsia).toContain(FONTS.heading1);
		expect(eastAsia).toContain(FONTS.body);
		expect(attributeValues(xml, 'w:rFonts', 'w:ascii')).toContain(FONTS.body);
		expect(attributeValues(xml, 'w:sz', 'w:val')).toEqual(expect.arrayContaining(['44', '32']));
		expect(attributeValues(xml, 'w:ind', 'w:firstLine')).toContain('640');
		const text = wordText(xml);
		expect(text).toContain('全區安全生產工作會議方案');
		expect(text).toContain('二〇二六年十一月三十日 09:00—11:30');
		expect(text).toContain('十六、其它特殊要求');
	});

	it('puts the 存根聯 and the cut line on the resolution notice', async () => {
		const text = wordText((await docx('resolution')).get('word/document.xml')!.toString('utf8'));
		expect(text).toContain('存根聯');
		expect(text).toContain('執行聯');
		expect(text).toContain('沿此線裁開');
	});
});
