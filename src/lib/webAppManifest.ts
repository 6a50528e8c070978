/**
 * The web app manifest of one edition. Every URL in it is relative to the
 * manifest's own location (the site root, or its zh-cn/ folder), so one build
 * installs correctly under any base path (an intranet's /huiwu/, say).
 */
export interface WebAppManifestNames {
	name: string;
	shortName: string;
	description: string;
}

/** The logo's red (public/favicon.svg): the phone's title bar and splash screen. */
export const themeColor = '#9b1c1c';

/** Icons in public/icons/, rendered from the favicon by scripts/renderIcons.ts. */
const icons = [
	{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
	{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
	{ src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
	{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
] as const;

export function webAppManifest(names: WebAppManifestNames, simplified: boolean) {
	// The 简体 manifest sits in zh-cn/: it starts there, but its scope is the
	// whole site, so switching editions stays inside the installed app.
	const toRoot = simplified ? '../' : '';
	return {
		id: './',
		name: names.name,
		short_name: names.shortName,
		description: names.description,
		lang: simplified ? 'zh-CN' : 'zh-TW',
		dir: 'ltr',
		start_url: './',
		scope: simplified ? '../' : './',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: themeColor,
		icons: icons.map((icon) => ({ ...icon, src: `${toRoot}${icon.src}` })),
	};
}
