import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

const tocEntries = (items: readonly TocItem[]): number => items.reduce((sum, item) => sum + 1 + tocEntries(item.children), 0);

/**
 * Sidebar links to our own src/pages routes (checklists, tools) are written
 * once, for the root edition; Starlight does not localise `link` entries, so
 * on 简体 pages they are pointed at the /zh-cn/ twin here.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// A table of contents holding only 概述 (a tool page) is a column that says nothing.
	if (route.toc && tocEntries(route.toc.items) <= 1) route.toc = undefined;
	if (route.locale !== 'zh-cn') return;
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const localise = (entries: SidebarEntry[]) => {
		for (const entry of entries) {
			if (entry.type === 'group') localise(entry.entries);
			else if (entry.href.startsWith(base) && !entry.href.startsWith(`${base}zh-cn/`)) {
				entry.href = `${base}zh-cn/${entry.href.slice(base.length)}`;
			}
		}
	};
	localise(route.sidebar);
});
