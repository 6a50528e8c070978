import { describe, expect, it } from 'vitest';
import { simplifyDeep, toSimplified } from '../../src/i18n/simplified';

describe('toSimplified: the one converter of the 简体 edition', () => {
	it.each([
		['會議紀要', '会议纪要'],
		['主席臺', '主席台'],
		['聯系', '联系'],
		['歸檔', '归档'],
	])('%s → %s', (traditional, simplified) => {
		expect(toSimplified(traditional)).toBe(simplified);
	});

	it('converts characters only: 檔案 becomes 档案, not the mainland word 文件', () => {
		expect(toSimplified('檔案')).toBe('档案');
		expect(toSimplified('會議檔案歸檔')).toBe('会议档案归档');
	});

	it('leaves ids, anchors, placeholders and text already in 简体 alone', () => {
		expect(toSimplified('party-congress #s4-1-2 {query}')).toBe('party-congress #s4-1-2 {query}');
		expect(toSimplified('会议纪要')).toBe('会议纪要');
	});

	it('simplifyDeep converts every string of a message dictionary or datum, keys untouched', () => {
		expect(simplifyDeep({ 會議: ['聯繫', { note: '歸檔' }], count: 2, done: true })).toEqual({
			會議: ['联系', { note: '归档' }],
			count: 2,
			done: true,
		});
	});
});
