import { describe, expect, it } from 'vitest';
import { themeColor, webAppManifest } from '../../src/lib/webAppManifest';

const names = { name: '會務工作標準手冊', shortName: '會務手冊', description: '說明' };

/** Resolves a manifest's URLs as a browser does: against the manifest's own URL. */
function resolved(manifestURL: string, simplified: boolean) {
	const manifest = webAppManifest(names, simplified);
	const at = (url: string) => new URL(url, manifestURL).pathname;
	return { manifest, start: at(manifest.start_url), scope: at(manifest.scope), icons: manifest.icons.map((icon) => at(icon.src)) };
}

describe('webAppManifest', () => {
	it.each(['/', '/huiwu/', '/a/b/'])('installs the 繁體 edition at its home page under base %s', (base) => {
		const { manifest, start, scope, icons } = resolved(`https://intranet.example${base}manifest.webmanifest`, false);
		expect(start).toBe(base);
		expect(scope).toBe(base);
		expect(icons).toEqual([
			`${base}icons/icon-192.png`,
			`${base}icons/icon-512.png`,
			`${base}icons/maskable-512.png`,
			`${base}favicon.svg`,
		]);
		expect(manifest.lang).toBe('zh-TW');
	});

	it.each(['/', '/huiwu/'])('starts the 简体 edition at /zh-cn/ but keeps the whole site in scope under base %s', (base) => {
		const { manifest, start, scope, icons } = resolved(`https://intranet.example${base}zh-cn/manifest.webmanifest`, true);
		expect(start).toBe(`${base}zh-cn/`);
		expect(scope).toBe(base);
		expect(icons[0]).toBe(`${base}icons/icon-192.png`);
		expect(manifest.lang).toBe('zh-CN');
	});

	it('is a standalone app with the names it is given, PNG 192 and 512 and the SVG', () => {
		const manifest = webAppManifest(names, false);
		expect(manifest).toMatchObject({
			name: names.name,
			short_name: names.shortName,
			description: names.description,
			display: 'standalone',
			theme_color: themeColor,
		});
		expect(manifest.icons.map((icon) => `${icon.type} ${icon.sizes} ${icon.purpose}`)).toEqual([
			'image/png 192x192 any',
			'image/png 512x512 any',
			'image/png 512x512 maskable',
			'image/svg+xml any any',
		]);
	});
});
