// Reads a list of people pasted from a spreadsheet (or the rows of an .xlsx
// sheet): finds the header row by its words (姓名, 單位, 職務, 序號…, spaced
// 「姓  名」 too), skips a merged title row above it, maps each column to a
// field, and uses a 序號 column as the order, never as a name. Returns codes
// and params; the page shows the reading as a preview before anything is saved.

import { MAX_PARTICIPANTS, type ParticipantCategory, type ParticipantInput } from '../schemas/participant';
import { blankParticipant } from './participants';

export const participantFields = [
	'order',
	'name',
	'unit',
	'title',
	'category',
	'gender',
	'ethnicity',
	'phone',
	'note',
	'room',
	'table',
	'diet',
	'car',
] as const;
/** What a column holds; `order` is 序號. */
export type ParticipantField = (typeof participantFields)[number];

/** Header words per field, without spaces; Traditional and Simplified forms. */
const HEADER_WORDS: Record<ParticipantField, readonly string[]> = {
	order: ['序號', '序号', '編號', '编号', '排序', '順序', '顺序', '次序', '號次', 'no', 'no.'],
	name: ['姓名', '名字', '人員', '人员', '參會人員', '参会人员', '與會人員', '与会人员', '名單', '名单'],
	unit: ['單位', '单位', '工作單位', '工作单位', '單位名稱', '单位名称', '所在單位', '所在单位', '部門', '部门'],
	title: ['職務', '职务', '職稱', '职称', '職位', '职位', '單位及職務', '单位及职务', '職務職稱', '职务职称'],
	category: ['類別', '类别', '身份', '類型', '类型', '參會類別', '参会类别', '人員類別', '人员类别'],
	gender: ['性別', '性别'],
	ethnicity: ['民族'],
	phone: ['聯繫電話', '联系电话', '聯絡電話', '联络电话', '電話', '电话', '手機', '手机', '手機號碼', '手机号码', '聯繫方式', '联系方式'],
	note: ['備註', '备注', '說明', '说明'],
	room: ['住宿', '房間', '房间', '房號', '房号', '住宿安排', '酒店房間', '酒店房间'],
	table: ['就餐', '桌號', '桌号', '餐桌', '就餐桌號', '就餐桌号', '桌次'],
	diet: ['飲食', '饮食', '飲食要求', '饮食要求', '忌口', '就餐要求', '飲食禁忌', '饮食禁忌'],
	car: ['車輛', '车辆', '車號', '车号', '乘車', '乘车', '車輛編號', '车辆编号', '乘車安排', '乘车安排'],
};

const FIELD_BY_WORD = new Map<string, ParticipantField>(
	participantFields.flatMap((field) => HEADER_WORDS[field].map((word) => [word, field] as const)),
);

/** The field a header cell names, or null. 「姓  名」 and 「姓名:」 count as 姓名. */
export function headerField(cell: string): ParticipantField | null {
	const word = cell.replace(/[\s:：*]/g, '').toLowerCase();
	return FIELD_BY_WORD.get(word) ?? null;
}

const CATEGORY_WORDS: Record<string, ParticipantCategory> = {
	出席: 'attendee',
	出席人員: 'attendee',
	出席人员: 'attendee',
	參會: 'attendee',
	参会: 'attendee',
	列席: 'observer',
	列席人員: 'observer',
	列席人员: 'observer',
	邀請: 'guest',
	邀请: 'guest',
	特邀: 'guest',
	嘉賓: 'guest',
	嘉宾: 'guest',
	工作人員: 'staff',
	工作人员: 'staff',
	工作: 'staff',
};

const GENDER_WORDS: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female', m: 'male', f: 'female' };

export type TableIssue =
	/** A merged title row (one filled cell) above the header or the data was left out. */
	| { code: 'title-row-skipped'; params: { line: number; text: string } }
	/** A row with cells but no name; it is left out. */
	| { code: 'missing-name'; params: { line: number } }
	| { code: 'duplicate-name'; params: { name: string; first: number; second: number } }
	/** The 序號 cell is not a whole number; the row keeps its place after the numbered ones. */
	| { code: 'order-not-number'; params: { line: number; value: string } }
	| { code: 'duplicate-order'; params: { order: number; first: number; second: number } }
	/** A 類別 the list does not know; the person is entered as 出席. */
	| { code: 'unknown-category'; params: { line: number; value: string } }
	| { code: 'unknown-gender'; params: { line: number; value: string } }
	/** No column is the name; nothing can be imported until one is chosen. */
	| { code: 'no-name-column'; params: Record<string, never> }
	| { code: 'too-many'; params: { count: number; max: number } };

export interface TableColumn {
	/** The header cell as written, or null without a header row. */
	header: string | null;
	/** What the column was understood as; null = ignored. */
	field: ParticipantField | null;
	/** The first few values, for the preview. */
	samples: string[];
}

export interface TableRow {
	/** 1-based line (row) in the pasted text or sheet. */
	line: number;
	cells: string[];
}

export interface ParticipantTable {
	/** 1-based line of the header row, or null when there is none. */
	headerLine: number | null;
	columns: TableColumn[];
	rows: TableRow[];
	/** Title rows skipped above the header or the data. */
	issues: TableIssue[];
}

const LINE_BREAK = /\r\n|\r|\n/;
const SINGLE_HAN = /^\p{Script=Han}$/u;
const HEADER_SCAN = 5;

/**
 * Splits pasted text into rows of cells. Tab-separated when the text has tabs
 * (a spreadsheet paste); otherwise cells are separated by spaces (ASCII or
 * full-width), and single characters that belong together are joined back: a
 * spaced header word (「姓  名」), and a padded name (王　明, kept as typed).
 */
export function splitPastedRows(text: string): string[][] {
	const lines = text.split(LINE_BREAK);
	if (text.includes('\t')) return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
	const tokenRows = lines.map((line) => spacedTokens(line));
	const headerIndex = tokenRows.slice(0, HEADER_SCAN).findIndex((tokens) => isHeader(joinHeaderWords(tokens)));
	const width = headerIndex >= 0 ? joinHeaderWords(tokenRows[headerIndex]!).length : null;
	return tokenRows.map((tokens, index) => {
		if (index === headerIndex) return joinHeaderWords(tokens).map((token) => token.text);
		return joinPaddedNames(tokens, width).map((token) => token.text);
	});
}

interface Token {
	text: string;
	/** Whitespace between this token and the next, as typed. */
	gap: string;
}

function spacedTokens(line: string): Token[] {
	const tokens: Token[] = [];
	for (const match of line.trim().matchAll(/(\S+)(\s*)/g)) tokens.push({ text: match[1]!, gap: match[2]! });
	return tokens;
}

/** Joins runs of single characters that spell a header word (姓 名 → 姓名). */
function joinHeaderWords(tokens: Token[]): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let joined: Token | null = null;
		for (let length = 4; length >= 2 && !joined; length--) {
			const run = tokens.slice(i, i + length);
			if (run.length === length && run.every((token) => SINGLE_HAN.test(token.text)) && headerField(run.map((t) => t.text).join(''))) {
				joined = { text: run.map((t) => t.text).join(''), gap: run[run.length - 1]!.gap };
				i += length - 1;
			}
		}
		out.push(joined ?? tokens[i]!);
	}
	return out;
}

/**
 * A padded name (王　明) splits into two single characters. Join adjacent
 * single Han characters, from the left, while the row has more cells than the
 * header (or, without a header, once: the way a bare name list is read).
 */
function joinPaddedNames(tokens: Token[], width: number | null): Token[] {
	const out = [...tokens];
	let joins = 0;
	for (let i = 0; i + 1 < out.length; i++) {
		const wanted = width === null ? joins === 0 : out.length > width;
		if (!wanted) break;
		if (SINGLE_HAN.test(out[i]!.text) && SINGLE_HAN.test(out[i + 1]!.text)) {
			out.splice(i, 2, { text: `${out[i]!.text}${out[i]!.gap}${out[i + 1]!.text}`, gap: out[i + 1]!.gap });
			joins++;
		}
	}
	return out;
}

function isHeader(cells: readonly (Token | string)[]): boolean {
	const fields = cells.map((cell) => headerField(typeof cell === 'string' ? cell : cell.text)).filter((f) => f !== null);
	return fields.includes('name') || new Set(fields).size >= 2;
}

const filled = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '');
const WHOLE_NUMBER = /^\d{1,6}$/;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const digits = (text: string) => text.trim().replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));

/**
 * How the rows are understood: the header row (if any) names the columns;
 * without one, a first column of whole numbers is the 序號, the next the
 * name, then 職務 and 單位, as a bare list is usually laid out. Rows above
 * the header, and a lone-cell title row above headerless data, are skipped.
 */
export function readParticipantTable(rows: readonly (readonly string[])[]): ParticipantTable {
	const numbered = rows.map((cells, index) => ({ line: index + 1, cells: cells.map((cell) => cell.trim()) }));
	const nonEmpty = numbered.filter((row) => filled(row.cells).length > 0);
	const issues: TableIssue[] = [];
	const headerRow = nonEmpty.slice(0, HEADER_SCAN).find((row) => isHeader(row.cells)) ?? null;
	let dataRows: TableRow[];
	if (headerRow) {
		for (const row of nonEmpty.filter((r) => r.line < headerRow.line)) {
			issues.push({ code: 'title-row-skipped', params: { line: row.line, text: filled(row.cells).join(' ') } });
		}
		dataRows = nonEmpty.filter((row) => row.line > headerRow.line);
	} else {
		dataRows = nonEmpty;
		// A merged title row: one filled cell while the rows below have several.
		const first = dataRows[0];
		const widest = Math.max(0, ...dataRows.slice(1).map((row) => filled(row.cells).length));
		if (first && filled(first.cells).length === 1 && widest >= 2) {
			issues.push({ code: 'title-row-skipped', params: { line: first.line, text: filled(first.cells)[0]! } });
			dataRows = dataRows.slice(1);
		}
	}
	const width = Math.max(headerRow?.cells.length ?? 0, ...dataRows.map((row) => row.cells.length));
	const fields: (ParticipantField | null)[] = headerRow
		? Array.from({ length: width }, (_, i) => headerField(headerRow.cells[i] ?? ''))
		: guessFields(dataRows, width);
	// A field named twice (two 電話 columns): the first wins, the later ones are ignored.
	const seen = new Set<ParticipantField>();
	const unique = fields.map((field) => {
		if (field === null || seen.has(field)) return null;
		seen.add(field);
		return field;
	});
	const columns = unique.map((field, i) => ({
		header: headerRow ? (headerRow.cells[i] ?? '') : null,
		field,
		samples: dataRows
			.map((row) => row.cells[i] ?? '')
			.filter((cell) => cell !== '')
			.slice(0, 3),
	}));
	return { headerLine: headerRow?.line ?? null, columns, rows: dataRows, issues };
}

function guessFields(rows: readonly TableRow[], width: number): (ParticipantField | null)[] {
	const fields: (ParticipantField | null)[] = new Array(width).fill(null);
	const column = (i: number) => rows.map((row) => row.cells[i] ?? '').filter((cell) => cell !== '');
	let next = 0;
	const first = column(0);
	if (first.length > 0 && first.every((cell) => WHOLE_NUMBER.test(digits(cell)))) fields[next++] = 'order';
	for (const field of ['name', 'title', 'unit'] as const) if (next < width) fields[next++] = field;
	return fields;
}

export interface ImportedPeople {
	/** In the order they will have: by 序號 where given, else as listed. */
	people: ParticipantInput[];
	/** The 序號 each person had in the source (null without a 序號 column). */
	sourceOrder: (number | null)[];
	issues: TableIssue[];
}

/**
 * The people of the table with the columns read as `fields` (the reading of
 * `readParticipantTable`, or the one the person chose in the preview).
 */
export function participantsFromTable(table: ParticipantTable, fields: readonly (ParticipantField | null)[]): ImportedPeople {
	const issues: TableIssue[] = [...table.issues];
	const nameColumn = fields.indexOf('name');
	if (nameColumn < 0) return { people: [], sourceOrder: [], issues: [...issues, { code: 'no-name-column', params: {} }] };
	const entries: { person: ParticipantInput; order: number | null; line: number; index: number }[] = [];
	const firstByName = new Map<string, number>();
	const firstByOrder = new Map<number, number>();
	for (const row of table.rows) {
		const cell = (field: ParticipantField) => {
			const i = fields.indexOf(field);
			return i < 0 ? '' : (row.cells[i] ?? '').trim();
		};
		const name = cell('name');
		if (name === '') {
			issues.push({ code: 'missing-name', params: { line: row.line } });
			continue;
		}
		const person = blankParticipant(name);
		for (const field of ['unit', 'title', 'ethnicity', 'phone', 'note', 'room', 'table', 'diet', 'car'] as const)
			person[field] = cell(field);
		const category = cell('category');
		if (category !== '') {
			const known = CATEGORY_WORDS[category.replace(/\s/g, '')];
			if (known) person.category = known;
			else issues.push({ code: 'unknown-category', params: { line: row.line, value: category } });
		}
		const gender = cell('gender');
		if (gender !== '') {
			const known = GENDER_WORDS[gender.replace(/\s/g, '').replace(/性$/, '').toLowerCase()];
			if (known) person.gender = known;
			else issues.push({ code: 'unknown-gender', params: { line: row.line, value: gender } });
		}
		let order: number | null = null;
		const orderText = cell('order');
		if (fields.includes('order')) {
			if (WHOLE_NUMBER.test(digits(orderText))) {
				order = Number(digits(orderText));
				const first = firstByOrder.get(order);
				if (first === undefined) firstByOrder.set(order, row.line);
				else issues.push({ code: 'duplicate-order', params: { order, first, second: row.line } });
			} else if (orderText !== '') {
				issues.push({ code: 'order-not-number', params: { line: row.line, value: orderText } });
			}
		}
		const key = name.replace(/\s+/g, '');
		const first = firstByName.get(key);
		if (first === undefined) firstByName.set(key, row.line);
		else issues.push({ code: 'duplicate-name', params: { name, first, second: row.line } });
		entries.push({ person, order, line: row.line, index: entries.length });
	}
	// 序號 decides the order; rows without one keep their place after the numbered rows.
	entries.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.index - b.index);
	if (entries.length > MAX_PARTICIPANTS) {
		issues.push({ code: 'too-many', params: { count: entries.length, max: MAX_PARTICIPANTS } });
		entries.length = MAX_PARTICIPANTS;
	}
	return { people: entries.map((e) => e.person), sourceOrder: entries.map((e) => e.order), issues };
}

/** A cell of an .xlsx sheet as text: numbers without float noise, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	return String(value).trim();
}
