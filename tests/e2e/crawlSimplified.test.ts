import { describe, expect, it } from 'vitest';
import { axed, crawl, pages } from './support/crawl';
import { markupSkeleton } from './support/edition';
import { base, builtHtml } from './support/site';

// The crawl of the 简体 edition; the 繁體 edition's is crawl.test.ts (see support/crawl.ts).
crawl(
	'the crawl of the 简体 edition',
	pages.filter((path) => path.startsWith('/zh-cn/')),
);

describe('axe on the 简体 edition', () => {
	const simplified = pages.filter((path) => path.startsWith('/zh-cn/'));

	it('the skeleton sets aside only what the editions differ in by design', () => {
		const office = builtHtml('/standards/office-standard/');
		expect(markupSkeleton(builtHtml('/zh-cn/standards/office-standard/'), base())).toBe(markupSkeleton(office, base()));
		// An attribute axe reads, or a link elsewhere, is a difference.
		expect(markupSkeleton(office.replace('<main', '<main aria-hidden="true"'), base())).not.toBe(markupSkeleton(office, base()));
		expect(markupSkeleton(office.replace(`href="${base()}standards/`, `href="${base()}tools/`), base())).not.toBe(
			markupSkeleton(office, base()),
		);
	});

	it('runs on the home page and on every page whose markup differs from its twin (the islands told they are 简体)', () => {
		const checked = simplified.filter(axed);
		expect(checked).toContain('/zh-cn/');
		for (const path of ['/zh-cn/training/quiz/', '/zh-cn/tools/deadlines/']) expect(checked).toContain(path);
		// Every 繁體 page is checked (crawl.test.ts).
		expect(pages.filter((path) => !path.startsWith('/zh-cn/')).every(axed)).toBe(true);
	});
});
