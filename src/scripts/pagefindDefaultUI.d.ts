// Pagefind's UI ships no types; these are the parts src/scripts/lazyPagefindUI.ts uses.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export interface PagefindUIOptions {
		/** The container the UI renders into (Starlight passes `#starlight__search`). */
		element?: string | HTMLElement;
		/** UI strings by key (`placeholder`, `search_label`…). */
		translations?: Record<string, string>;
		/** Where the UI imports `pagefind.js` from (Starlight passes `<base>/pagefind/`). */
		bundlePath?: string;
		[option: string]: unknown;
	}
	export class PagefindUI {
		constructor(options: PagefindUIOptions);
		triggerSearch(term: string): void;
		destroy(): void;
	}
}
