// /manifest.webmanifest and /zh-cn/manifest.webmanifest: each edition installs
// under its own name (會務手冊 / 会务手册) and starts on its own home page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionLang, editionParams } from '~/i18n/editions';
import { forLang } from '~/i18n/forLang';
import { isSimplified } from '~/i18n/lang';
import { offlineMessages } from '~/i18n/messages/offline';
import { webAppManifest } from '~/lib/webAppManifest';

export const getStaticPaths = (() => editionParams.map(({ edition }) => ({ params: { edition } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const lang = editionLang(params.edition);
	const m = forLang(offlineMessages, lang);
	const manifest = webAppManifest(
		{ name: m['app.name'], shortName: m['app.short-name'], description: m['app.description'] },
		isSimplified(lang),
	);
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' },
	});
};
