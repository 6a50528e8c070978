import { describe, expect, it } from 'vitest';
import { cellText, headerField, participantsFromTable, readParticipantTable, splitPastedRows } from '../../src/lib/participantTable';

const read = (text: string) => {
	const table = readParticipantTable(splitPastedRows(text));
	return {
		table,
		...participantsFromTable(
			table,
			table.columns.map((column) => column.field),
		),
	};
};

describe('header words', () => {
	it('recognises the usual words, spaced and Simplified forms', () => {
		expect(headerField('姓名')).toBe('name');
		expect(headerField('姓  名')).toBe('name');
		expect(headerField('姓　名')).toBe('name');
		expect(headerField('序号')).toBe('order');
		expect(headerField('聯繫電話')).toBe('phone');
		expect(headerField('职 务')).toBe('title');
		expect(headerField('王明')).toBeNull();
	});
});

describe('a spreadsheet paste (tabs)', () => {
	it('maps the header, skips the merged title row and orders by 序號', () => {
		const text = [
			'全區安全生產工作會議參會人員名單\t\t\t',
			'序號\t姓  名\t單位\t職務',
			'2\t李四\t區財政局\t局長',
			'1\t張三\t區政府\t區長',
			'3\t王　五\t區教育局\t副局長',
		].join('\n');
		const { table, people, sourceOrder, issues } = read(text);
		expect(table.headerLine).toBe(2);
		expect(table.columns.map((c) => c.field)).toEqual(['order', 'name', 'unit', 'title']);
		expect(table.columns[1]!.header).toBe('姓  名');
		expect(people.map((p) => p.name)).toEqual(['張三', '李四', '王　五']);
		expect(people[0]).toMatchObject({ unit: '區政府', title: '區長', category: 'attendee', attendance: 'expected' });
		expect(sourceOrder).toEqual([1, 2, 3]);
		expect(issues).toEqual([{ code: 'title-row-skipped', params: { line: 1, text: '全區安全生產工作會議參會人員名單' } }]);
	});

	it('never takes the header or the 序號 as a name', () => {
		const { people } = read('姓名\t職務\n張三\t區長\n李四\t副區長');
		expect(people.map((p) => p.name)).toEqual(['張三', '李四']);
		expect(people.map((p) => p.title)).toEqual(['區長', '副區長']);
	});

	it('reads categories, gender and the optional columns; reports what it cannot read', () => {
		const text = [
			'姓名\t類別\t性別\t民族\t房間\t桌號\t飲食\t車號\t電話',
			'張三\t列席\t男\t回族\t301\t1\t清真\t2\t13800000000',
			'李四\t貴賓\t未知\t\t\t\t\t\t',
		].join('\n');
		const { people, issues } = read(text);
		expect(people[0]).toMatchObject({
			category: 'observer',
			gender: 'male',
			ethnicity: '回族',
			room: '301',
			table: '1',
			diet: '清真',
			car: '2',
			phone: '13800000000',
		});
		expect(people[1]).toMatchObject({ category: 'attendee', gender: '' });
		expect(issues).toEqual([
			{ code: 'unknown-category', params: { line: 3, value: '貴賓' } },
			{ code: 'unknown-gender', params: { line: 3, value: '未知' } },
		]);
	});

	it('reports rows without a name, duplicate names and duplicate or bad 序號', () => {
		const { people, issues } = read('序號\t姓名\n1\t張三\n1\t李四\n甲\t王五\n4\t\n5\t張三');
		expect(people.map((p) => p.name)).toEqual(['張三', '李四', '張三', '王五']);
		expect(issues).toEqual([
			{ code: 'duplicate-order', params: { order: 1, first: 2, second: 3 } },
			{ code: 'order-not-number', params: { line: 4, value: '甲' } },
			{ code: 'missing-name', params: { line: 5 } },
			{ code: 'duplicate-name', params: { name: '張三', first: 2, second: 6 } },
		]);
	});

	it('without a name column, imports nothing and says so', () => {
		const table = readParticipantTable(splitPastedRows('單位\t職務\n區政府\t區長'));
		const result = participantsFromTable(
			table,
			table.columns.map((c) => c.field),
		);
		expect(result.people).toEqual([]);
		expect(result.issues).toContainEqual({ code: 'no-name-column', params: {} });
		// The person chooses the column in the preview.
		expect(participantsFromTable(table, ['name', 'title']).people.map((p) => p.name)).toEqual(['區政府']);
	});
});

describe('a list typed with spaces', () => {
	it('joins a spaced header word and padded names back', () => {
		const rows = splitPastedRows('序號  姓  名  職務\n1  王　明  區長\n2  李大明  副區長');
		expect(rows).toEqual([
			['序號', '姓名', '職務'],
			['1', '王　明', '區長'],
			['2', '李大明', '副區長'],
		]);
		const { people } = read('序號  姓  名  職務\n1  王　明  區長\n2  李大明  副區長');
		expect(people.map((p) => [p.name, p.title])).toEqual([
			['王　明', '區長'],
			['李大明', '副區長'],
		]);
	});

	it('without a header: numbers first are the 序號, then name and 職務', () => {
		const { table, people } = read('2 李四 副區長\n1 張三 區長');
		expect(table.headerLine).toBeNull();
		expect(table.columns.map((c) => c.field)).toEqual(['order', 'name', 'title']);
		expect(people.map((p) => p.name)).toEqual(['張三', '李四']);
	});

	it('a bare name list is names', () => {
		const { people } = read('張三\n王 明\n\n李四');
		expect(people.map((p) => p.name)).toEqual(['張三', '王 明', '李四']);
	});
});

describe('xlsx cells', () => {
	it('come back as text', () => {
		expect(cellText(1)).toBe('1');
		expect(cellText(0.1 + 0.2)).toBe('0.3');
		expect(cellText(null)).toBe('');
		expect(cellText(' 張三 ')).toBe('張三');
		expect(cellText(new Date(Date.UTC(2026, 11, 1)))).toBe('2026-12-01');
	});

	it('a sheet with a merged title row reads like a paste', () => {
		const sheet = [
			['某會議人員名單', null, null],
			['序號', '姓名', '職務'],
			[2, '李四', '副區長'],
			[1, '張三', '區長'],
		].map((row) => row.map(cellText));
		const table = readParticipantTable(sheet);
		const { people } = participantsFromTable(
			table,
			table.columns.map((c) => c.field),
		);
		expect(people.map((p) => p.name)).toEqual(['張三', '李四']);
	});
});
