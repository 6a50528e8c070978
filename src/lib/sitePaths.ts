/**
 * Links between our own pages. Astro's `base` (an intranet may serve the site
 * under a sub-path such as /huiwu/) and the edition prefix (/zh-cn/) are added
 * here, so no component writes a root-relative URL by hand.
 */
export function sitePath(path: string, simplified = false): string {
	return `${siteBase()}${simplified ? 'zh-cn/' : ''}${path.replace(/^\//, '')}`;
}

/** The page of a standard, optionally at one of its clause anchors. */
export function clausePath(standard: string, anchor?: string, simplified = false): string {
	return sitePath(`standards/${standard}/${anchor ? `#${anchor}` : ''}`, simplified);
}

/**
 * The same page in the given edition: `/standards/x/` ⇄ `/zh-cn/standards/x/`.
 * `pathname` is a page's own path, base included (as in `location.pathname`).
 */
export function editionPath(pathname: string, simplified: boolean): string {
	const base = siteBase();
	const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	return sitePath(inSite.replace(/^zh-cn(?:\/|$)/, ''), simplified);
}

function siteBase(): string {
	return import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
}
