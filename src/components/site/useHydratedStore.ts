import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * A persistent store's value, but `initial` for the render that hydrates the server's
 * HTML. Preact does not patch properties such as `checked` while hydrating, so a first
 * render that already saw the browser's saved state would leave a saved tick unshown.
 */
export function useHydratedStore<T>(store: ReadableAtom<T>, initial: T): T {
	const value = useStore(store);
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	return hydrated ? value : initial;
}
