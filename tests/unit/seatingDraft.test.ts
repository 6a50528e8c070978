import { describe, expect, it } from 'vitest';
import { parseWholeNumber, resolveSeatingDraft, type SeatingDraft } from '../../src/lib/seatingDraft';

const draft = (fields: Partial<SeatingDraft>): SeatingDraft => ({
	countText: '7',
	perRowText: '11',
	namesText: '',
	honour: 'left',
	...fields,
});

describe('parseWholeNumber', () => {
	it('reads ASCII and full-width digits, around spaces', () => {
		expect(parseWholeNumber(' 12 ')).toBe(12);
		expect(parseWholeNumber('１２')).toBe(12);
	});

	it('returns anything else as the trimmed text, for the message to quote', () => {
		expect(parseWholeNumber(' 3.5 ')).toBe('3.5');
		expect(parseWholeNumber('七')).toBe('七');
		expect(parseWholeNumber('')).toBe('');
		expect(parseWholeNumber('-3')).toBe('-3');
	});
});

describe('resolveSeatingDraft', () => {
	it('takes the number of people from the count field when no names are given', () => {
		expect(resolveSeatingDraft(draft({ countText: '5', perRowText: '3' }))).toMatchObject({
			people: [],
			countFromNames: false,
			layout: { count: 5, perRow: 3, honour: 'left' },
			errors: [],
		});
	});

	it('takes it from the name list when there is one, ignoring the count field', () => {
		const resolved = resolveSeatingDraft(draft({ countText: '0', namesText: '張三 書記\n\n李四\n', honour: 'right' }));
		expect(resolved.countFromNames).toBe(true);
		expect(resolved.people).toEqual([{ name: '張三', title: '書記' }, { name: '李四' }]);
		expect(resolved.layout).toEqual({ count: 2, perRow: 11, honour: 'right' });
	});

	it('0 and 400 people: no layout, the code of the count message', () => {
		expect(resolveSeatingDraft(draft({ countText: '0' }))).toMatchObject({
			layout: null,
			errors: [{ field: 'count', code: 'count-too-small', params: { value: 0 } }],
		});
		expect(resolveSeatingDraft(draft({ countText: '400' })).errors).toEqual([
			{ field: 'count', code: 'count-too-large', params: { min: 1, max: 300, value: 400 } },
		]);
	});

	it('reports both fields when both are wrong, quoting what was typed', () => {
		const { errors, layout } = resolveSeatingDraft(draft({ countText: '三', perRowText: '' }));
		expect(layout).toBeNull();
		expect(errors.map((error) => [error.field, error.code, error.params.value])).toEqual([
			['count', 'count-not-integer', '三'],
			['per-row', 'per-row-not-integer', ''],
		]);
	});

	it('keeps at most 300 people from a longer list, with the too-many issue', () => {
		const names = Array.from({ length: 400 }, (_, i) => `代表${i + 1}`).join('\n');
		const resolved = resolveSeatingDraft(draft({ namesText: names }));
		expect(resolved.layout?.count).toBe(300);
		expect(resolved.issues).toContainEqual({ code: 'too-many', params: { count: 400, max: 300 } });
	});
});
