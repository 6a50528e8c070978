import type { Browser, BrowserContext, CDPSession, Disposable, Page, Route } from 'playwright-core';

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

/**
 * Tabs kept for reuse. Creating a page costs Chromium about half a second of
 * CPU on these machines (a window, a renderer process, Playwright's set-up),
 * and the suite opens hundreds; a closed tab is therefore kept and wiped for
 * the next test that asks for the same context options.
 *
 * What a test leaves behind, and how it goes:
 * - the document, its timers and its storage events: the tab goes to a blank document
 *   (`park`), then every origin it touched loses its data (local and session storage,
 *   IndexedDB, cookies, Cache Storage);
 * - listeners, routes, init scripts and extra tabs: removed, unrouted, disposed, closed;
 * - state Playwright cannot take back (exposed bindings, emulation,
 *   permissions, offline, a fake clock): a tab that used any of them is closed
 *   instead, as is one whose context runs service workers.
 *
 * The HTTP cache stays, as in a reader's browser: what it holds are the build's hashed
 * files, which the server marks immutable (deploy/nginx.conf's policy), and nothing a
 * test can change. Fetching them again on each page load cost Chromium and the test
 * server about a quarter of the load (measured). A route turns the cache off while it
 * is set (Playwright), and `emptyHttpCache` gives a test a first visit.
 *
 * The page and context a test gets are watching proxies of the real ones; what
 * Playwright hands out itself (`locator.page()`, a popup) is not watched, so a
 * test calls those methods on the page it was given.
 */
interface Tab {
	key: string;
	context: BrowserContext;
	page: Page;
	cdp: CDPSession;
	origins: Set<string>;
	initScripts: Disposable[];
	/** Removes the listeners added since the tab was handed out (Playwright's own stay: it awaits them). */
	dropListeners: () => void;
	/** The test used something a wipe cannot undo. */
	tainted: boolean;
	/** The Cross-Origin-Opener-Policy of the tab's last document, when it had one (see `park`). */
	openerPolicy: string | undefined;
}

/** Methods after which a page or context keeps state a wipe cannot remove. */
const LASTING = new Set([
	'exposeBinding',
	'exposeFunction',
	'setViewportSize',
	'emulateMedia',
	'setExtraHTTPHeaders',
	'setOffline',
	'grantPermissions',
	'setGeolocation',
	'setHTTPCredentials',
	'setDefaultTimeout',
	'setDefaultNavigationTimeout',
	'clock',
	'routeFromHAR',
	'routeWebSocket',
]);

/**
 * What a pooled tab's origins can hold: its context blocks service workers (a tab whose
 * context allowed them is closed, not wiped), so no worker registration nor file system;
 * session storage goes with local storage, and cookies go with the context's
 * `clearCookies()`. Clearing 'all' types cost Chromium about 0.1 s of CPU per wipe more,
 * a fifth of the navigation that follows (measured).
 */
const WIPED_STORAGE = 'local_storage,indexeddb,cache_storage';

const kept = new WeakMap<Browser, Tab[]>();
/** Tabs handed out and not given back yet. */
const out = new WeakMap<Browser, Set<Tab>>();
let opened = 0;

/** How many tabs this module has opened (for the pool's own test). */
export const tabsOpened = () => opened;

/** The tab behind each page handed out. */
const tabOf = new WeakMap<Page, Tab>();

/** Empties the HTTP cache of the context of `page` (a page `checkOutTab` handed out): its next load is a first visit's. */
export async function emptyHttpCache(page: Page): Promise<void> {
	const tab = tabOf.get(page);
	if (!tab) throw new Error('emptyHttpCache: not a page of the tab pool');
	await tab.cdp.send('Network.clearBrowserCache');
}

/** A context and its page, fresh or wiped; the context's `close()` gives them back. */
export async function checkOutTab(browser: Browser, options: ContextOptions): Promise<{ context: BrowserContext; page: Page }> {
	const key = JSON.stringify(options);
	const pool = kept.get(browser) ?? [];
	kept.set(browser, pool);
	const index = pool.findIndex((tab) => tab.key === key);
	const tab = index >= 0 ? pool.splice(index, 1)[0]! : await openTab(browser, options, key);
	tab.tainted = options.serviceWorkers === 'allow';
	const handedOut = out.get(browser) ?? new Set<Tab>();
	out.set(browser, handedOut.add(tab));
	const restorePage = listenersSince(tab.page);
	const restoreContext = listenersSince(tab.context);
	tab.dropListeners = () => {
		restorePage();
		restoreContext();
	};
	let given = false;
	const context = watched(tab.context, tab, {
		// A second close() must not put the tab into the pool twice.
		close: async () => {
			if (given) return;
			given = true;
			handedOut.delete(tab);
			await giveBack(browser, tab);
		},
		addInitScript: disposable(tab, tab.context.addInitScript.bind(tab.context)),
	});
	const page = watched(tab.page, tab, { context: () => context, addInitScript: disposable(tab, tab.page.addInitScript.bind(tab.page)) });
	tabOf.set(page, tab);
	tab.page.on('request', (request) => {
		const { origin } = new URL(request.url());
		if (origin.startsWith('http')) tab.origins.add(origin);
	});
	return { context, page };
}

async function openTab(browser: Browser, options: ContextOptions, key: string): Promise<Tab> {
	const context = await browser.newContext(options);
	opened++;
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const tab: Tab = {
		key,
		context,
		page,
		cdp,
		origins: new Set(),
		initScripts: [],
		dropListeners: () => {},
		tainted: false,
		openerPolicy: undefined,
	};
	// Added before a test's listeners are counted, so the wipe keeps it.
	page.on('response', (response) => {
		if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
			tab.openerPolicy = response.headers()['cross-origin-opener-policy'];
		}
	});
	return tab;
}

/** Where a tab of a site sending COOP waits between tests (see `park`). */
export const PARKING_PATH = '/__tab-pool-parking__';

/**
 * Unloads the tab's document. A document that sent a Cross-Origin-Opener-Policy (the
 * deploy's nginx does) cannot hand its tab to about:blank without Chromium swapping the
 * renderer process, and back again on the next load of the site: two process starts per
 * test, and a new process compiles every script anew. The crawl of the 繁體 edition took a
 * fifth more CPU so (59 against 49 CPU-s, measured). Such a tab goes to an empty document
 * of the same origin, with the same policy, answered by a route.
 */
async function park(tab: Tab): Promise<void> {
	const { page } = tab;
	const { origin } = new URL(page.url());
	const policy = tab.openerPolicy;
	if (!policy || policy === 'unsafe-none' || !origin.startsWith('http')) {
		await page.goto('about:blank');
		return;
	}
	const parking = origin + PARKING_PATH;
	const answer = (route: Route) =>
		route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Cross-Origin-Opener-Policy': policy }, body: '' });
	await page.route(parking, answer);
	try {
		await page.goto(parking);
	} finally {
		await page.unroute(parking, answer);
	}
}

/**
 * Closes the tabs handed out and never given back (a test that failed before its
 * `context.close()`): the end of a test file's use of a browser it shares with the next.
 */
export async function closeTabsHandedOut(browser: Browser): Promise<void> {
	const handedOut = out.get(browser);
	if (!handedOut) return;
	const tabs = [...handedOut];
	handedOut.clear();
	await Promise.all(tabs.map((tab) => tab.context.close().catch(() => {})));
}

/** Pages and contexts are Node-style event emitters at run time; Playwright's types declare only on/off. */
interface Emitter {
	eventNames(): (string | symbol)[];
	listeners(name: string | symbol): unknown[];
	off(name: string | symbol, listener: unknown): unknown;
}

/** A function that removes every listener `emitter` gains from now on, and leaves the others. */
function listenersSince(target: Page | BrowserContext): () => void {
	const emitter = target as unknown as Emitter;
	const before = new Set(emitter.eventNames().flatMap((name) => emitter.listeners(name)));
	return () => {
		for (const name of emitter.eventNames()) {
			for (const listener of emitter.listeners(name)) {
				if (!before.has(listener)) emitter.off(name, listener);
			}
		}
	};
}

/** `addInitScript`, with the script removed when the tab is given back. */
function disposable<A extends unknown[]>(tab: Tab, add: (...args: A) => Promise<Disposable>) {
	return async (...args: A): Promise<Disposable> => {
		const script = await add(...args);
		tab.initScripts.push(script);
		return script;
	};
}

/**
 * `target` with `overrides` in place of some of its members; its own methods stay bound to
 * it, as Playwright's objects need. `onOther` sees the name of every other member read.
 */
export function overriding<T extends object>(target: T, overrides: Record<string, unknown>, onOther?: (property: string) => void): T {
	return new Proxy(target, {
		get(object, property) {
			if (typeof property === 'string') {
				if (property in overrides) return overrides[property];
				onOther?.(property);
			}
			const value: unknown = Reflect.get(object, property, object);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
		},
	});
}

/** The real object, with `overrides`, marking the tab when the test calls a LASTING method. */
function watched<T extends object>(target: T, tab: Tab, overrides: Record<string, unknown>): T {
	return overriding(target, overrides, (property) => {
		if (LASTING.has(property)) tab.tainted = true;
	});
}

/** Wipes the tab and keeps it, or closes it when a wipe cannot make it fresh. */
async function giveBack(browser: Browser, tab: Tab): Promise<void> {
	const { context, page } = tab;
	if (tab.tainted || page.isClosed() || !browser.isConnected()) {
		await context.close();
		return;
	}
	try {
		tab.dropListeners();
		await Promise.all(
			context
				.pages()
				.filter((other) => other !== page)
				.map((other) => other.close()),
		);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		for (const script of tab.initScripts.splice(0)) await script.dispose();
		await park(tab);
		for (const origin of tab.origins) await tab.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: WIPED_STORAGE });
		await context.clearCookies();
		tab.origins.clear();
	} catch {
		await context.close().catch(() => {});
		return;
	}
	kept.get(browser)?.push(tab);
}
