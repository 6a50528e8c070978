import { atom, onMount, type ReadableAtom } from 'nanostores';
import { jsonEqual } from './jsonEqual';
import { registerDiscardHandler, reportStorageStatus, type StorageStatus } from './storageStatus';

/**
 * The one place in the project that touches `localStorage`. Each store gets a
 * namespaced key holding an envelope `{ version, data }`; reads are lazy,
 * schema-checked and migrated; another tab's write is merged in; a value this
 * release cannot read is never overwritten until the user discards it.
 */

/** Namespace of every key; `v1` is the envelope format, data versions live inside the envelope. */
export const STORAGE_NAMESPACE = 'huiwu:v1:';

export function storageKey(storeName: string): string {
	return `${STORAGE_NAMESPACE}${storeName}`;
}

/**
 * Not a store: written and at once removed by `eraseSiteData` (siteData.ts),
 * so that every other open tab forgets its stores instead of writing them back
 * into the storage that was just emptied.
 */
export const ERASE_SIGNAL_KEY = 'huiwu:erase-signal';

const forgetHandlers = new Set<() => void>();

/** Every store of this page back to its initial value, nothing written: storage was just erased. */
export function forgetAllStores(): void {
	for (const forget of forgetHandlers) forget();
}

/** The part of the Web Storage API the engine uses (tests pass a fake). */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export interface StorageEnvironment {
	/** Returns the storage; may throw (e.g. SecurityError) when the browser forbids it. */
	storage(): StorageLike;
	/** Where other tabs' `storage` events arrive (the window). */
	events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** The browser's localStorage and window, or null on the server (pre-rendering). */
function browserStorageEnvironment(): StorageEnvironment | null {
	if (typeof window === 'undefined') return null;
	return { storage: () => window.localStorage, events: window };
}

/**
 * What a store checks its data with: a Zod Mini schema, or for a store that
 * every page loads (`edition.ts`) a hand-written check of the same shape, which
 * keeps any validator out of the every-page bundle.
 */
export interface StoredDataSchema<T> {
	safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** Upgrades data written at version n to version n + 1; throws when the data cannot be upgraded. */
export type Migration = (data: unknown) => unknown;

export interface PersistentStoreOptions<T> {
	key: string;
	/** Data version written now; stored envelopes with a lower version are migrated. */
	version: number;
	/** Checked on every read (after migration). */
	schema: StoredDataSchema<T>;
	/** `migrations[n]` upgrades version n to n + 1. */
	migrations?: Readonly<Record<number, Migration>>;
	initial: T;
	/**
	 * Combines this tab's state with a state read from storage (another tab's
	 * write). Must be commutative and idempotent. Without it, a remote value
	 * replaces the local one.
	 */
	merge?: (local: T, remote: T) => T;
	/**
	 * Defaults to the browser's (also when given as undefined, so a store can
	 * pass its own optional option straight on); null means memory only (as on the server).
	 */
	environment?: StorageEnvironment | null | undefined;
}

export interface PersistentAtom<T> extends ReadableAtom<T> {
	readonly key: string;
	/** Replaces the value and persists it. */
	set(next: T): void;
	/** Applies `change` to the latest value (storage is read first) and persists the result. */
	update(change: (current: T) => T): void;
	/** Removes the stored value (after a corrupt/invalid/newer-version notice) and writes this tab's state again. */
	discardStored(): void;
}

type BlockingCode = 'corrupt' | 'invalid' | 'newer-version';

type Reading<T> = { kind: 'value'; value: T } | { kind: 'blocked'; code: BlockingCode; storedVersion?: number };

interface Envelope {
	version: number;
	data: unknown;
}

export function createPersistentStore<T>(options: PersistentStoreOptions<T>): PersistentAtom<T> {
	const { key, version, schema, initial, merge } = options;
	const migrations = options.migrations ?? {};
	const $store = atom<T>(initial);
	const setMemory = $store.set.bind($store);

	let environment: StorageEnvironment | null | undefined;
	// What storage held when we last read or wrote it; undefined until a read succeeds.
	// Never writing before a successful read is what keeps unseen data safe.
	let lastSeenRaw: string | null | undefined;
	let blocked: { code: BlockingCode; storedVersion?: number } | null = null;
	let access: 'ok' | 'unavailable' | 'quota' = 'ok';
	let unsaved = false;

	const memory = (): T => $store.value as T;

	function resolveEnvironment(): StorageEnvironment | null {
		if (environment === undefined) {
			environment = options.environment === undefined ? browserStorageEnvironment() : options.environment;
		}
		return environment;
	}

	function publish(): void {
		const status: StorageStatus = {
			code: blocked?.code ?? access,
			key,
			unsaved,
			supportedVersion: version,
		};
		if (blocked?.storedVersion !== undefined) status.storedVersion = blocked.storedVersion;
		reportStorageStatus(status);
	}

	function read(raw: string): Reading<T> {
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return { kind: 'blocked', code: 'corrupt' };
		}
		if (!isEnvelope(parsed)) return { kind: 'blocked', code: 'invalid' };
		const storedVersion = parsed.version;
		if (storedVersion > version) return { kind: 'blocked', code: 'newer-version', storedVersion };
		let data = parsed.data;
		try {
			for (let from = storedVersion; from < version; from++) {
				const migrate = migrations[from];
				if (!migrate) return { kind: 'blocked', code: 'invalid', storedVersion };
				data = migrate(data);
			}
		} catch {
			return { kind: 'blocked', code: 'invalid', storedVersion };
		}
		const checked = schema.safeParse(data);
		if (!checked.success) return { kind: 'blocked', code: 'invalid', storedVersion };
		return { kind: 'value', value: checked.data };
	}

	/** Takes in what storage holds now; returns the remote value when it was readable. */
	function absorb(raw: string | null): { remote: T } | null {
		lastSeenRaw = raw;
		if (raw === null) {
			// Nothing stored (first visit, or discarded/cleared elsewhere): nothing left to protect.
			blocked = null;
			unsaved = !jsonEqual(memory(), initial);
			return null;
		}
		const reading = read(raw);
		if (reading.kind === 'blocked') {
			blocked = reading.storedVersion === undefined ? { code: reading.code } : { code: reading.code, storedVersion: reading.storedVersion };
			return null;
		}
		blocked = null;
		const next = merge ? merge(memory(), reading.value) : reading.value;
		setMemory(next);
		unsaved = !jsonEqual(next, reading.value);
		return { remote: reading.value };
	}

	function pull(): void {
		const env = resolveEnvironment();
		if (!env) return;
		let raw: string | null;
		try {
			raw = env.storage().getItem(key);
		} catch {
			access = 'unavailable';
			publish();
			return;
		}
		if (access === 'unavailable') access = 'ok';
		if (raw !== lastSeenRaw) absorb(raw);
		publish();
	}

	function push(): void {
		const env = resolveEnvironment();
		if (!env) return;
		if (blocked || lastSeenRaw === undefined) {
			unsaved = true;
			publish();
			return;
		}
		const value = memory();
		const raw = JSON.stringify({ version, data: value } satisfies Envelope);
		if (raw === lastSeenRaw || (lastSeenRaw === null && jsonEqual(value, initial))) {
			if (access === 'quota') access = 'ok';
			unsaved = false;
			publish();
			return;
		}
		try {
			env.storage().setItem(key, raw);
			lastSeenRaw = raw;
			access = 'ok';
			unsaved = false;
		} catch (error) {
			// Quota: keep the state in memory, the next change tries again.
			access = isQuotaError(error) ? 'quota' : 'unavailable';
			unsaved = true;
		}
		publish();
	}

	function update(change: (current: T) => T): void {
		pull();
		setMemory(change(memory()));
		push();
	}

	function discardStored(): void {
		const env = resolveEnvironment();
		if (!env) return;
		try {
			env.storage().removeItem(key);
		} catch {
			access = 'unavailable';
			publish();
			return;
		}
		lastSeenRaw = null;
		blocked = null;
		push();
	}

	/** After an erase: what this tab held is gone on purpose, so it is dropped, not written back. */
	function forget(): void {
		lastSeenRaw = null;
		blocked = null;
		unsaved = false;
		if (access === 'quota') access = 'ok';
		setMemory(initial);
		publish();
	}

	function onStorage(event: Event): void {
		const env = resolveEnvironment();
		if (!env) return;
		const { key: changedKey, newValue, storageArea } = event as Partial<StorageEvent>;
		if (changedKey === ERASE_SIGNAL_KEY) {
			if (newValue != null && (!storageArea || isSameStorage(env, storageArea))) forget();
			return;
		}
		// A null key means another tab called storage.clear().
		if (changedKey !== null && changedKey !== key) return;
		if (storageArea && !isSameStorage(env, storageArea)) return;
		const raw = changedKey === null ? null : (newValue ?? null);
		if (raw === lastSeenRaw) return;
		const absorbed = absorb(raw);
		// Write back only what the other tab lacks, so two tabs never ping-pong.
		const lacksOurs = absorbed ? !jsonEqual(memory(), absorbed.remote) : raw === null && !jsonEqual(memory(), initial);
		if (!blocked && lacksOurs) push();
		else publish();
	}

	onMount($store, () => {
		const env = resolveEnvironment();
		if (!env) return;
		pull();
		env.events.addEventListener('storage', onStorage);
		return () => env.events.removeEventListener('storage', onStorage);
	});

	registerDiscardHandler(key, discardStored);
	forgetHandlers.add(forget);
	publish();

	return Object.assign($store, {
		key,
		set: (next: T) => update(() => next),
		update,
		discardStored,
	});
}

function isEnvelope(value: unknown): value is Envelope {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const candidate = value as Record<string, unknown>;
	return Number.isInteger(candidate.version) && (candidate.version as number) >= 0 && 'data' in candidate;
}

function isSameStorage(env: StorageEnvironment, area: unknown): boolean {
	try {
		return env.storage() === area;
	} catch {
		return false;
	}
}

function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	// 22 / 1014: legacy codes of WebKit/Blink and Firefox.
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
