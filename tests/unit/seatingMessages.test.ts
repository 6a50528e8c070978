import { describe, expect, it } from 'vitest';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { standardText } from '../support/sourceText';

// The seat preview quotes the standards; a quote must be the source's own words.
describe('quotes on the seat preview page', () => {
	const countyMeetings = standardText('county-meetings');
	const officeStandard = standardText('office-standard');

	it('第二篇 四(三)2(1) is quoted whole and verbatim', () => {
		expect(officeStandard).toContain(seatingMessages['rule.quote']);
		expect(seatingMessages['rule.quote']).toMatch(/^\(1\)主席臺人員座次的排列。.*按領導意見辦。$/);
	});

	it('第二篇 四(三)2(2)(3), quoted on the audience page, are verbatim', () => {
		expect(officeStandard).toContain(seatingMessages['audience.quote-marking']);
		expect(officeStandard).toContain(seatingMessages['audience.quote-chart']);
	});

	it('第一篇 三 names the three cards verbatim', () => {
		expect(countyMeetings).toContain(seatingMessages['cards.quote']);
	});
});

describe('message texts', () => {
	it('are Traditional Chinese and leave no placeholder unnamed', () => {
		for (const [code, text] of Object.entries(seatingMessages)) {
			expect(text, code).toMatch(/[\u4e00-\u9fff]/);
			expect(text, code).not.toMatch(/\{\s*\}/);
		}
	});
});
