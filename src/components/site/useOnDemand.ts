import { useCallback, useRef, useState } from 'preact/hooks';

/**
 * A module loaded on first use (a click, a section opened), then kept: what a
 * person may never use stays out of the script a tool page loads before any
 * interaction (the crawl's JavaScript budget). Returns the module once loaded,
 * and `load`, which resolves with it (one request however often it is called;
 * a failed load may be tried again).
 */
export function useOnDemand<T>(importer: () => Promise<T>): [T | null, () => Promise<T>] {
	const [loaded, setLoaded] = useState<T | null>(null);
	const pending = useRef<Promise<T> | null>(null);
	const load = useCallback(() => {
		pending.current ??= importer().then(
			(module) => {
				setLoaded(() => module);
				return module;
			},
			(error: unknown) => {
				pending.current = null;
				throw error;
			},
		);
		return pending.current;
		// The importer is a fixed `import()` of one module: no dependencies.
	}, []);
	return [loaded, load];
}
