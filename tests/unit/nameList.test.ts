import { describe, expect, it } from 'vitest';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { formatNameList, parseNameList } from '../../src/lib/nameList';

describe('parseNameList: names only', () => {
	it('keeps one person per line, in rank order, with no title', () => {
		expect(parseNameList('張三\n李四\n王小明')).toStrictEqual({
			people: [{ name: '張三' }, { name: '李四' }, { name: '王小明' }],
			issues: [],
		});
	});

	it('trims leading and trailing whitespace, full-width spaces included', () => {
		expect(parseNameList('  張三  \n\u3000李四\u3000\n \u3000王五 ').people).toStrictEqual([
			{ name: '張三' },
			{ name: '李四' },
			{ name: '王五' },
		]);
	});
});

describe('parseNameList: name and title separated by spaces', () => {
	it('splits at the first run of ASCII spaces', () => {
		expect(parseNameList('張三 區委書記\n李四    區長').people).toStrictEqual([
			{ name: '張三', title: '區委書記' },
			{ name: '李四', title: '區長' },
		]);
	});

	it('splits at a full-width space (U+3000)', () => {
		expect(parseNameList('張三\u3000區委書記\n李四\u3000\u3000區長').people).toStrictEqual([
			{ name: '張三', title: '區委書記' },
			{ name: '李四', title: '區長' },
		]);
	});

	it('keeps the rest of the line as the title', () => {
		expect(parseNameList('張三 區委副書記 (兼)').people).toStrictEqual([{ name: '張三', title: '區委副書記 (兼)' }]);
	});

	it('reads a two-character name padded to three (王　明) as one name, kept as typed', () => {
		expect(parseNameList('王\u3000明\u3000區委常委\n李\u3000四').people).toStrictEqual([
			{ name: '王\u3000明', title: '區委常委' },
			{ name: '李\u3000四' },
		]);
	});
});

describe('parseNameList: columns pasted from a spreadsheet', () => {
	it('takes name and title from two tab-separated columns, CRLF line endings', () => {
		expect(parseNameList('張三\t區委書記\r\n李四\t區長\r\n')).toStrictEqual({
			people: [
				{ name: '張三', title: '區委書記' },
				{ name: '李四', title: '區長' },
			],
			issues: [],
		});
	});

	it('ignores extra columns and keeps spaces inside a cell', () => {
		expect(parseNameList('張三\t區委 書記\t13800000000\t備註').people).toStrictEqual([{ name: '張三', title: '區委 書記' }]);
	});

	it('leaves the title out when its cell is empty', () => {
		expect(parseNameList('張三\t\t備註\r李四\t').people).toStrictEqual([{ name: '張三' }, { name: '李四' }]);
	});

	it('reports a row with an empty name cell instead of taking the title as the name', () => {
		const result = parseNameList('張三\t區委書記\r\n\t區長\r\n李四\t副區長');
		expect(result.people).toStrictEqual([
			{ name: '張三', title: '區委書記' },
			{ name: '李四', title: '副區長' },
		]);
		expect(result.issues).toStrictEqual([{ code: 'missing-name', params: { line: 2 } }]);
	});
});

describe('parseNameList: blank lines', () => {
	it('ignores empty and whitespace-only lines, but counts them in line numbers', () => {
		const result = parseNameList('\n張三\n   \n\u3000\n\t\n李四\n\n張三\n');
		expect(result.people).toStrictEqual([{ name: '張三' }, { name: '李四' }, { name: '張三' }]);
		expect(result.issues).toStrictEqual([{ code: 'duplicate-name', params: { name: '張三', first: 2, second: 8 } }]);
	});

	it('returns nobody and no issues for empty input', () => {
		expect(parseNameList('')).toStrictEqual({ people: [], issues: [] });
		expect(parseNameList('\r\n \n\u3000')).toStrictEqual({ people: [], issues: [] });
	});
});

describe('parseNameList: duplicate names', () => {
	it('reports each repeat against the first line, and keeps everyone', () => {
		const result = parseNameList('張三 書記\n李四\n張三 區長\n張三');
		expect(result.people).toHaveLength(4);
		expect(result.issues).toStrictEqual([
			{ code: 'duplicate-name', params: { name: '張三', first: 1, second: 3 } },
			{ code: 'duplicate-name', params: { name: '張三', first: 1, second: 4 } },
		]);
	});

	it('sees a padded name and the same name unpadded as one name', () => {
		const result = parseNameList('王\u3000明\t書記\n王明\t區長');
		expect(result.issues).toStrictEqual([{ code: 'duplicate-name', params: { name: '王明', first: 1, second: 2 } }]);
	});
});

describe('parseNameList: text is returned verbatim, never HTML-escaped', () => {
	it('keeps markup-looking names literally', () => {
		const result = parseNameList('<img src=x onerror=alert(1)>\t職務\n<b>張三</b>\n&amp; 李四');
		expect(result.people).toStrictEqual([
			{ name: '<img src=x onerror=alert(1)>', title: '職務' },
			{ name: '<b>張三</b>' },
			{ name: '&amp;', title: '李四' },
		]);
	});

	it('splits a space-separated line at its first space without altering either part', () => {
		expect(parseNameList('<img src=x onerror=alert(1)>').people).toStrictEqual([{ name: '<img', title: 'src=x onerror=alert(1)>' }]);
	});
});

describe('parseNameList: size limit', () => {
	const lines = (n: number) => Array.from({ length: n }, (_, i) => `代表${i + 1}`).join('\n');

	it('takes 300 people without an issue', () => {
		const result = parseNameList(lines(300));
		expect(result.people).toHaveLength(300);
		expect(result.issues).toStrictEqual([]);
	});

	it('keeps the first 300 of 400 and reports too-many', () => {
		const result = parseNameList(lines(400));
		expect(result.people).toHaveLength(300);
		expect(result.people[0]).toStrictEqual({ name: '代表1' });
		expect(result.people[299]).toStrictEqual({ name: '代表300' });
		expect(result.issues).toStrictEqual([{ code: 'too-many', params: { count: 400, max: 300 } }]);
	});
});

describe('parseNameList: every issue has a message filled by its params', () => {
	it('covers duplicate-name, missing-name and too-many', () => {
		const { issues } = parseNameList(['張三', '張三', '\t區長', ...Array.from({ length: 300 }, (_, i) => `代表${i}`)].join('\n'));
		expect(issues.map((issue) => issue.code).sort()).toEqual(['duplicate-name', 'missing-name', 'too-many']);
		for (const issue of issues) {
			const text: string = seatingMessages[issue.code];
			for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(issue.params).toHaveProperty(name!);
		}
		expect(seatingMessages['duplicate-name']).toContain('「{name}」重複出現(第 {first} 行與第 {second} 行)');
	});
});

describe('formatNameList: a saved list back as text', () => {
	it('writes 姓名 職務 lines that read back as the same people', () => {
		const people = [{ name: '張三', title: '區委書記' }, { name: '李四' }, { name: '王五', title: '區委副書記 (兼)' }];
		expect(formatNameList(people)).toBe('張三 區委書記\n李四\n王五 區委副書記 (兼)');
		expect(parseNameList(formatNameList(people)).people).toStrictEqual(people);
	});

	it('uses the tab form only where spaces would split the name differently', () => {
		const people = [
			{ name: '王\u3000明', title: '區委常委' },
			{ name: 'John Smith' },
			{ name: '王', title: '明' },
			{ name: 'Mary Ann', title: 'Consul General' },
		];
		expect(formatNameList(people)).toBe('王\u3000明 區委常委\nJohn Smith\t\n王\t明\nMary Ann\tConsul General');
		expect(parseNameList(formatNameList(people)).people).toStrictEqual(people);
	});

	it('keeps text that looks like HTML exactly as typed', () => {
		const people = [{ name: '<img src=x onerror=alert(1)>' }];
		expect(parseNameList(formatNameList(people)).people).toStrictEqual(people);
	});
});
