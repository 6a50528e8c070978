import { ERASE_SIGNAL_KEY, forgetAllStores, type StorageLike, unsavedStoreData } from './storageEngine';

/**
 * Everything the site keeps in this browser, as a whole: list it, export it,
 * erase it (the 資料與隱私 page). The stores' own keys start with `huiwu:`;
 * Starlight keeps the reader's colour theme and the sidebar's scroll state.
 * README.md ("What the site stores") lists every key.
 */

/** Storage whose keys can be listed (the Web Storage API is). */
export interface EnumerableStorage extends StorageLike {
	readonly length: number;
	key(index: number): string | null;
}

export interface SiteDataEnvironment {
	/** localStorage; may throw (SecurityError) when the browser forbids it. */
	local(): EnumerableStorage;
	/** sessionStorage, likewise. */
	session(): EnumerableStorage;
}

/** Prefix of every key the site's own stores write. */
const SITE_KEY_PREFIX = 'huiwu:';
/** Starlight's keys: colour theme (localStorage), sidebar state (sessionStorage, cleared when the tab closes). */
export const STARLIGHT_LOCAL_KEYS: readonly string[] = ['starlight-theme'];
export const STARLIGHT_SESSION_KEYS: readonly string[] = ['sl-sidebar-state'];

const SITE_DATA_FORMAT = 'huiwu-handbook/site-data';
const SITE_DATA_FORMAT_VERSION = 1;

export interface SiteDataExport {
	format: typeof SITE_DATA_FORMAT;
	formatVersion: typeof SITE_DATA_FORMAT_VERSION;
	exportedAt: string;
	/** Key → stored value, parsed; a value that is not JSON is kept as its raw text (a string). */
	storage: Record<string, unknown>;
}

export interface StoredItem {
	key: string;
	/** Size of the stored text in UTF-8 bytes. */
	bytes: number;
}

export type SiteDataResult<T> = { ok: true; value: T } | { ok: false; code: 'unavailable' };

function browserSiteDataEnvironment(): SiteDataEnvironment | null {
	if (typeof window === 'undefined') return null;
	return { local: () => window.localStorage, session: () => window.sessionStorage };
}

function keysOf(storage: EnumerableStorage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key !== null) keys.push(key);
	}
	return keys.sort();
}

const siteKeys = (storage: EnumerableStorage) =>
	keysOf(storage).filter((key) => key.startsWith(SITE_KEY_PREFIX) && key !== ERASE_SIGNAL_KEY);

function withStorage<T>(env: SiteDataEnvironment | null, read: (local: EnumerableStorage) => T): SiteDataResult<T> {
	if (!env) return { ok: false, code: 'unavailable' };
	try {
		return { ok: true, value: read(env.local()) };
	} catch {
		return { ok: false, code: 'unavailable' };
	}
}

/** The site's keys in this browser with their sizes. */
export function storedSiteData(env = browserSiteDataEnvironment()): SiteDataResult<StoredItem[]> {
	return withStorage(env, (local) =>
		siteKeys(local).map((key) => ({ key, bytes: new TextEncoder().encode(local.getItem(key) ?? '').length })),
	);
}

/** Everything under `huiwu:` as one JSON document (the exported file). */
export function exportSiteData(exportedAt: string, env = browserSiteDataEnvironment()): SiteDataResult<SiteDataExport> {
	return withStorage(env, (local) => ({
		format: SITE_DATA_FORMAT,
		formatVersion: SITE_DATA_FORMAT_VERSION,
		exportedAt,
		storage: Object.fromEntries(siteKeys(local).map((key) => [key, parseOrRaw(local.getItem(key) ?? '')])),
	}));
}

/**
 * What this page's stores hold but storage lacks (full or refused), in the same
 * format as `exportSiteData`: the stores' envelopes as this page has them.
 */
export function unsavedSiteData(exportedAt: string): SiteDataExport {
	return { format: SITE_DATA_FORMAT, formatVersion: SITE_DATA_FORMAT_VERSION, exportedAt, storage: unsavedStoreData() };
}

/**
 * Removes every key of the site and Starlight's from this browser. Other open
 * tabs are told first (ERASE_SIGNAL_KEY) so they drop what they hold instead
 * of writing it back; this page's stores are reset directly. Returns the keys removed.
 */
export function eraseSiteData(env = browserSiteDataEnvironment()): SiteDataResult<string[]> {
	const result = withStorage(env, (local) => {
		try {
			local.setItem(ERASE_SIGNAL_KEY, String(Date.now()));
		} catch {
			// A full storage cannot take the signal; the erase itself still frees it.
		}
		const removed = [...siteKeys(local), ...STARLIGHT_LOCAL_KEYS.filter((key) => local.getItem(key) !== null)];
		for (const key of removed) local.removeItem(key);
		local.removeItem(ERASE_SIGNAL_KEY);
		return removed;
	});
	if (!result.ok) return result;
	try {
		const session = env!.session();
		for (const key of STARLIGHT_SESSION_KEYS) {
			if (session.getItem(key) !== null) {
				session.removeItem(key);
				result.value.push(key);
			}
		}
	} catch {
		// Session storage blocked: nothing of ours can be in it.
	}
	forgetAllStores();
	return result;
}

function parseOrRaw(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}
