// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { toSimplifiedInterface } from './src/i18n/simplified.ts';
import { searchRanking } from './src/searchRanking.ts';
import huiwu, { simplifiedEdition } from './src/integrations/huiwu.ts';

/** A sidebar label in both editions; the 简体 one is generated, never typed. */
const label = (/** @type {string} */ text) => ({ label: text, translations: { 'zh-CN': toSimplifiedInterface(text) } });

export default defineConfig({
	// Emitted in alternate-language links and the sitemap; intranet hosts may rebuild with their own.
	site: process.env.HUIWU_SITE ?? 'https://huiwu.example.org',
	// An intranet may serve the site under a sub-path: HUIWU_BASE=/huiwu/ npm run build.
	base: process.env.HUIWU_BASE ?? '/',
	// Every page is a folder (`dir/index.html`): links end in `/`, as the
	// service worker's precache and plain static servers expect.
	trailingSlash: 'always',
	// Caches stay inside the checkout (not node_modules/), so parallel checkouts
	// sharing one node_modules never write over each other's content store.
	cacheDir: './.cache/astro',
	vite: {
		cacheDir: './.cache/vite',
		resolve: {
			// Starlight's search imports Pagefind's UI at idle on every page; ours
			// fetches it when the reader shows intent to search (see that module).
			// Exact match: the CSS under `@pagefind/default-ui/css/` stays Pagefind's.
			alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/scripts/lazyPagefindUI.ts', import.meta.url)) }],
		},
	},
	markdown: {
		// Heading attributes give every clause a stable ASCII anchor (`{#s4-3-2}`).
		// Smart punctuation stays off: the standards are published verbatim.
		processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
	},
	integrations: [
		// Before Starlight, which reads the generated 简体 UI strings at its own setup.
		simplifiedEdition(),
		starlight({
			title: { 'zh-TW': '會務工作標準手冊', 'zh-CN': toSimplifiedInterface('會務工作標準手冊') },
			defaultLocale: 'root',
			locales: {
				root: { label: '繁體中文', lang: 'zh-TW' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			sidebar: [
				{ ...label('標準原文'), items: [{ autogenerate: { directory: 'standards' } }] },
				{ ...label('學習'), items: ['training', 'training/quiz'] },
				{
					...label('工具'),
					items: [
						'quick-reference',
						'tools/meetings',
						'tools/deadlines',
						'tools/seating',
						'tools/audience',
						'tools/reception',
						'tools/banquet',
						{ ...label('全部檢查清單'), link: '/checklists/' },
					],
				},
				'privacy',
			],
			pagefind: { ranking: searchRanking },
			routeMiddleware: './src/routeData.ts',
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components: {
				Footer: './src/components/site/overrides/Footer.astro',
				Head: './src/components/site/overrides/Head.astro',
				Banner: './src/components/site/overrides/Banner.astro',
				Search: './src/components/site/overrides/Search.astro',
				MarkdownContent: './src/components/site/overrides/MarkdownContent.astro',
				// Storage-safe copies: Starlight's read localStorage bare and throw where storage is blocked.
				ThemeProvider: './src/components/site/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/site/overrides/ThemeSelect.astro',
			},
		}),
		preact(),
		// Last: the 简体 edition before content is read; after the build (and
		// Starlight's Pagefind index), the CSP and then the service worker.
		huiwu(),
	],
});
