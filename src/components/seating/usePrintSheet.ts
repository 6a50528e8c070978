import { useEffect, useState } from 'preact/hooks';

/**
 * Which sheet the page prints (the root's `data-print`) and a print that first
 * shows that sheet: the dialog opens two frames later, once the sheet is drawn.
 */
export function usePrintSheet<Mode extends string>(initial: Mode) {
	const [mode, setMode] = useState<Mode>(initial);
	const print = (next: Mode) => {
		setMode(next);
		requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
	};
	return [mode, print, setMode] as const;
}

/** True once the island runs in the browser (tests wait for the root's `data-hydrated`). */
export function useHydrated(): boolean {
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	return hydrated;
}
