/**
 * Pagefind's search UI, fetched when the reader shows intent to search instead
 * of at idle on every page. astro.config.mjs aliases `@pagefind/default-ui` to
 * this module, so Starlight's own search script constructs this class.
 *
 * Why: the real UI is ~26 KB gzip, a large part of the 60 KB JavaScript budget
 * of a tool page (issue #10), and phones on poor intranet networks would pay it
 * on every page whether or not anyone searches. Starlight loads it at idle by
 * choice (withastro/starlight#567); we load it on intent: pointer, focus or
 * touch on the search button starts the download, and opening the dialog
 * (click, Ctrl/⌘+K, `?search=` arrival) builds the UI.
 */
import type { PagefindUIOptions } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

// The file, not the package name: the alias would send that back here.
let loading: Promise<typeof import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs')> | undefined;
const loadUI = () =>
	(loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').catch((error: unknown) => {
		loading = undefined; // a failed download is tried again at the next intent
		throw error;
	}));

const intents = ['pointerenter', 'focusin', 'touchstart'] as const;

/** How long an open dialog waits before it asks again for a UI whose download failed. */
const RETRY_MS = 2000;

/**
 * A plain field in the dialog until Pagefind's arrives: Starlight focuses the
 * dialog's input as it opens, so a query typed at once (IME included) is kept.
 */
function standInField(placeholder: string): HTMLInputElement {
	const field = document.createElement('input');
	field.className = 'search-stand-in';
	field.placeholder = field.title = placeholder;
	field.autocapitalize = 'none';
	field.enterKeyHint = 'search';
	return field;
}

/** Moves the typed text, caret and focus into Pagefind's field, then goes. */
function handOver(field: HTMLInputElement, input: HTMLInputElement | null, dialog: HTMLDialogElement): void {
	if (input && field.value) {
		input.value = field.value;
		// Pagefind (and CrossScriptSearch) react to input events, as to typing.
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
	// Unless the reader has moved focus meanwhile.
	if (input && dialog.open && document.activeElement === field) {
		input.focus();
		input.setSelectionRange(field.selectionStart, field.selectionEnd);
	}
	field.remove();
}

/**
 * Where the UI loads Pagefind's API from: /search/pagefind.js, the API with the site's phrase
 * rule (src/pages/search/pagefind.js.ts), beside Pagefind's own /pagefind/.
 */
const withPhraseRule = (options: PagefindUIOptions): PagefindUIOptions =>
	options.bundlePath === undefined ? options : { ...options, bundlePath: options.bundlePath.replace(/pagefind\/$/, 'search/') };

export class PagefindUI {
	constructor(given: PagefindUIOptions) {
		const options = withPhraseRule(given);
		const target = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
		const dialog = target?.closest('dialog');
		if (!target || !dialog) {
			// Not in Starlight's dialog: nothing to wait for.
			void loadUI().then(({ PagefindUI: UI }) => new UI(options));
			return;
		}
		const button = dialog.closest('site-search')?.querySelector('button[data-open-modal]');
		const prefetch = () => void loadUI().catch(() => {});
		for (const type of intents) button?.addEventListener(type, prefetch, { once: true, passive: true });

		const field = standInField(options.translations?.placeholder ?? '');
		target.append(field);
		let built = false;
		let retry: number | undefined;
		// The download failed (a poor network): the dialog stays open waiting for it, so try
		// again in a moment rather than only when the reader closes and reopens it.
		const retryLater = () => {
			if (retry !== undefined || built || !dialog.open) return;
			retry = window.setTimeout(() => {
				retry = undefined;
				void build();
			}, RETRY_MS);
		};
		const build = async () => {
			let UI: Awaited<ReturnType<typeof loadUI>>['PagefindUI'];
			try {
				({ PagefindUI: UI } = await loadUI());
			} catch {
				retryLater();
				return;
			}
			if (built) return;
			built = true;
			observer.disconnect();
			new UI(options);
			handOver(field, target.querySelector('.pagefind-ui__search-input'), dialog);
		};
		const observer = new MutationObserver(() => {
			if (dialog.open) void build();
		});
		observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
		// Opened before Starlight got round to constructing us (it does so at idle).
		if (dialog.open) {
			field.focus();
			void build();
		}
	}
}
