import { crawl, pages } from './support/crawl';

// The crawl of the 繁體 edition; the 简体 edition's is crawlSimplified.test.ts (see support/crawl.ts).
crawl(
	'the crawl of the 繁體 edition',
	pages.filter((path) => !path.startsWith('/zh-cn/')),
);
