import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interfaceTerms, toSimplified, toSimplifiedInterface } from '../../src/i18n/simplified';
import { sourceText } from '../support/sourceText';
import { taiwanOnlyTerms } from '../support/taiwanTerms';

/** Every string of the 繁體 interface we wrote: message dictionaries, Starlight's UI strings, our pages' prose. */
function interfaceSources(): { name: string; text: string }[] {
	const read = (dir: string, filter: RegExp) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => filter.test(name) && !name.startsWith('zh-cn') && !name.startsWith('standards'))
			.map((name) => ({ name: `${dir}/${name}`, text: readFileSync(`${dir}/${name}`, 'utf8') }));
	return [
		...read('src/i18n/messages', /\.ts$/),
		...read('src/components', /messages\.ts$/),
		...read('src/content/docs', /\.mdx?$/),
		{ name: 'src/content/i18n/zh-TW.json', text: readFileSync('src/content/i18n/zh-TW.json', 'utf8') },
	];
}

describe('the 简体 interface reads as mainland Chinese', () => {
	it.each([
		['列印座位圖', '打印座位图'],
		['匯出備份', '导出备份'],
		['匯入備份檔', '导入备份文件'],
		['搜尋', '搜索'],
		['下載行事曆檔案(.ics)', '下载日历文件(.ics)'],
		['儲存方案', '保存方案'],
		['重新載入', '重新加载'],
	])('%s → %s', (traditional, mainland) => {
		expect(toSimplifiedInterface(traditional)).toBe(mainland);
	});

	it('leaves the standards to the character converter: no interface word occurs in their text', () => {
		const standards = toSimplified(sourceText());
		expect(interfaceTerms.filter(([taiwan]) => standards.includes(taiwan)).map(([taiwan]) => taiwan)).toEqual([]);
	});

	it('no Taiwan-only word is left in any interface text once converted', () => {
		const found = interfaceSources().flatMap(({ name, text }) => {
			const converted = toSimplifiedInterface(text);
			return taiwanOnlyTerms.filter((term) => converted.includes(term)).map((term) => `${name}: ${term}`);
		});
		expect(found).toEqual([]);
	});
});
