// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';

export default defineConfig({
	site: 'https://huiwu.example.org',
	markdown: {
		// Heading attributes give every clause a stable ASCII anchor (`{#s4-3-2}`).
		// Smart punctuation stays off: the standards are published verbatim.
		processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
	},
	integrations: [
		starlight({
			title: '會務工作標準手冊',
			locales: {
				root: { label: '繁體中文', lang: 'zh-TW' },
			},
			sidebar: [
				{ label: '標準原文', items: [{ autogenerate: { directory: 'standards' } }] },
			],
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components: {
				Footer: './src/components/overrides/Footer.astro',
			},
		}),
		preact(),
	],
});
