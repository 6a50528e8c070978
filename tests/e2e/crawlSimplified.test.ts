import { crawl, pages } from './support/crawl';

// The crawl of the 简体 edition; the 繁體 edition's is crawl.test.ts (see support/crawl.ts).
crawl(
	'the crawl of the 简体 edition',
	pages.filter((path) => path.startsWith('/zh-cn/')),
);
