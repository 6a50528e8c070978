import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, parseSeatingQuery, withSeatingQuery, type SeatingLayout } from '../../src/lib/seatingQuery';

describe('parseSeatingQuery', () => {
	it('reads every field of ?n=7&row=5&honour=left&view=audience', () => {
		expect(parseSeatingQuery('?n=7&row=5&honour=left&view=audience')).toEqual({
			layout: { count: 7, perRow: 5, honour: 'left', view: 'audience' },
			invalid: [],
		});
	});

	it('accepts the query without its leading ?, and the other honour and view', () => {
		expect(parseSeatingQuery('n=12&row=4&honour=right&view=rostrum').layout).toEqual({
			count: 12,
			perRow: 4,
			honour: 'right',
			view: 'rostrum',
		});
	});

	it('leaves absent fields out, so the page keeps its defaults', () => {
		expect(parseSeatingQuery('')).toEqual({ layout: {}, invalid: [] });
		expect(parseSeatingQuery('?view=rostrum')).toEqual({ layout: { view: 'rostrum' }, invalid: [] });
	});

	it('reports unusable values instead of guessing, and keeps the usable ones', () => {
		expect(parseSeatingQuery('?n=400&row=0&honour=up&view=side')).toEqual({
			layout: {},
			invalid: [
				{ key: 'n', value: '400' },
				{ key: 'row', value: '0' },
				{ key: 'honour', value: 'up' },
				{ key: 'view', value: 'side' },
			],
		});
		expect(parseSeatingQuery('?n=3.5&row=5').layout).toEqual({ perRow: 5 });
		expect(parseSeatingQuery('?n=<script>').invalid).toEqual([{ key: 'n', value: '<script>' }]);
	});

	it('accepts the bounds 1 and 300', () => {
		expect(parseSeatingQuery('?n=1&row=300').layout).toEqual({ count: 1, perRow: 300 });
		expect(parseSeatingQuery('?n=301').invalid).toEqual([{ key: 'n', value: '301' }]);
	});
});

describe('withSeatingQuery', () => {
	it('writes the layout as n, row, honour and view', () => {
		expect(withSeatingQuery('', { count: 7, perRow: 5, honour: 'left', view: 'audience' })).toBe('?n=7&row=5&honour=left&view=audience');
	});

	it('replaces an earlier layout and keeps unrelated parameters', () => {
		expect(withSeatingQuery('?meeting=m-1&n=3', { count: 9, perRow: 9, honour: 'right', view: 'rostrum' })).toBe(
			'?meeting=m-1&n=9&row=9&honour=right&view=rostrum',
		);
	});

	it('round-trips: parsing what it wrote gives the layout back', () => {
		const layouts: SeatingLayout[] = [
			DEFAULT_LAYOUT,
			{ count: 1, perRow: 1, honour: 'right', view: 'rostrum' },
			{ count: 300, perRow: 17, honour: 'left', view: 'rostrum' },
		];
		for (const layout of layouts) expect(parseSeatingQuery(withSeatingQuery('', layout))).toEqual({ layout, invalid: [] });
	});
});
