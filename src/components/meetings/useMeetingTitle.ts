import { useEffect, useRef } from 'preact/hooks';

/**
 * Puts a meeting's name in the page's H1 and tab title. The meeting page is one
 * HTML file for every meeting (`?id=`), so the name can only arrive in the
 * browser; it is set as text, never as markup. Restored when the meeting goes.
 */
export function useMeetingTitle(name: string | null): void {
	const original = useRef<{ heading: string; title: string } | null>(null);
	useEffect(() => {
		const heading = document.querySelector<HTMLElement>('main h1');
		if (!heading) return;
		original.current ??= { heading: heading.textContent ?? '', title: document.title };
		const { heading: pageHeading, title } = original.current;
		if (name === null) {
			heading.textContent = pageHeading;
			document.title = title;
			return;
		}
		heading.textContent = name;
		// Starlight's title is "<page> | <site>": keep the site's part.
		document.title = title.startsWith(pageHeading) ? `${name}${title.slice(pageHeading.length)}` : name;
	}, [name]);
}
