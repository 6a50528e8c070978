import { cellText } from '~/lib/participantTable';

export type SpreadsheetError = 'xls' | 'not-xlsx' | 'unreadable' | 'empty';

export type SpreadsheetRows = { ok: true; rows: string[][] } | { ok: false; code: SpreadsheetError };

/** The first bytes of an OLE compound file: the old .xls format (and encrypted workbooks). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The first sheet of an .xlsx file as rows of text. The reader
 * (read-excel-file's universal build: no web worker, no eval, so it runs under
 * the site's CSP) is loaded here, when an import starts, never with the page.
 */
export async function readSpreadsheetRows(file: File): Promise<SpreadsheetRows> {
	const name = file.name.toLowerCase();
	if (name.endsWith('.xls')) return { ok: false, code: 'xls' };
	if (!name.endsWith('.xlsx')) return { ok: false, code: 'not-xlsx' };
	try {
		const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
		if (OLE_MAGIC.every((byte, i) => head[i] === byte)) return { ok: false, code: 'xls' };
		const { default: readXlsxFile } = await import('read-excel-file/universal');
		const sheets = await readXlsxFile(file);
		const rows = (sheets[0]?.data ?? []).map((row) => row.map(cellText));
		return rows.some((row) => row.some((cell) => cell !== '')) ? { ok: true, rows } : { ok: false, code: 'empty' };
	} catch {
		return { ok: false, code: 'unreadable' };
	}
}
