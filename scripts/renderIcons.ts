/**
 * One-off: renders the PNG icons of the web app manifest from public/favicon.svg
 * with the system Chromium, so no image tool is needed. Not part of the build;
 * run it again (node scripts/renderIcons.ts) only when the logo changes, and
 * commit the PNGs it writes to public/icons/.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const background = '#9b1c1c';

interface Icon {
	file: string;
	size: number;
	/** Share of the square the logo covers; the rest is the logo's red. */
	scale: number;
}

// "any" icons are the favicon as it is (rounded, transparent corners);
// maskable and Apple icons are full-bleed squares the platform crops itself,
// with the logo inside the maskable safe zone (a centred circle of 80%).
const icons: Icon[] = [
	{ file: 'icon-192.png', size: 192, scale: 1 },
	{ file: 'icon-512.png', size: 512, scale: 1 },
	{ file: 'maskable-512.png', size: 512, scale: 0.7 },
	{ file: 'apple-touch-icon.png', size: 180, scale: 0.86 },
];

const browser = await chromium.launch({ executablePath: process.env.HUIWU_BROWSER ?? '/usr/bin/chromium' });
for (const { file, size, scale } of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const logo = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
	const fill = scale < 1 ? background : 'transparent';
	await page.setContent(
		`<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${fill}">` +
			`<img src="${logo}" width="${Math.round(size * scale)}" height="${Math.round(size * scale)}"></body>`,
	);
	await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
	await page.screenshot({ path: `public/icons/${file}`, omitBackground: scale === 1 });
	await page.close();
}
await browser.close();
console.log(`icons written to public/icons/: ${icons.map((icon) => icon.file).join(', ')}`);
