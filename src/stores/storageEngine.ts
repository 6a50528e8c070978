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

/** Every store of this page by key, for writes that span stores and for exporting what is unsaved. */
const storesByKey = new Map<string, StoreInternals>();

interface StoreInternals {
	/** This tab's state as an envelope when storage lacks it (not saved), else null. */
	unsavedEnvelope(): Envelope | null;
	/** Reads storage and prepares `change` without writing, or says why this store cannot be written now. */
	stage(change: (current: unknown) => unknown): StagedWrite | { refused: WriteFailure };
}

interface StagedWrite {
	/** Writes and reads back; false when storage did not take it. */
	write(): boolean;
	/** Puts back what storage held before `write` (best effort). */
	undo(): void;
	/** Makes the staged state this tab's state (after every write of the batch succeeded). */
	apply(): void;
}

/** Why a change is not in storage: storage refused or full, or the stored value is kept aside (corrupt, invalid, newer). */
export type WriteFailure = 'unavailable' | 'quota' | 'blocked';

export type WriteResult = { ok: true } | { ok: false; code: WriteFailure };

/** A change to one store, for `writeTogether` (made with `storeChange`). */
export interface StoreChange {
	readonly key: string;
	readonly change: (current: unknown) => unknown;
}

export function storeChange<T>(store: PersistentAtom<T>, change: (current: T) => T): StoreChange {
	return { key: store.key, change: change as (current: unknown) => unknown };
}

/**
 * Writes several stores all or nothing (an import touches meetings and their
 * ticks): every store is read first and must be writable; if any write fails,
 * the ones already written are put back and no store's state changes.
 */
export function writeTogether(changes: readonly StoreChange[]): WriteResult {
	const staged: StagedWrite[] = [];
	for (const { key, change } of changes) {
		const internals = storesByKey.get(key);
		if (!internals) return { ok: false, code: 'unavailable' };
		const stage = internals.stage(change);
		if ('refused' in stage) return { ok: false, code: stage.refused };
		staged.push(stage);
	}
	const written: StagedWrite[] = [];
	for (const stage of staged) {
		if (!stage.write()) {
			for (const done of written.reverse()) done.undo();
			return { ok: false, code: 'quota' };
		}
		written.push(stage);
	}
	for (const stage of staged) stage.apply();
	return { ok: true };
}

/**
 * What this page holds that storage lacks (a full or refused storage), in the
 * format of the 資料與隱私 page's export, so it can be kept in a file.
 */
export function unsavedStoreData(): Record<string, { version: number; data: unknown }> {
	const unsaved: Record<string, { version: number; data: unknown }> = {};
	for (const [key, internals] of storesByKey) {
		const envelope = internals.unsavedEnvelope();
		if (envelope) unsaved[key] = envelope;
	}
	return unsaved;
}

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
	/**
	 * Applies `change` to the latest value (storage is read first) and persists the result.
	 * Returns whether storage verifiably holds it (read back); when not, the change is kept
	 * in this page only, and `unsavedStoreData()` has it.
	 */
	update(change: (current: T) => T): boolean;
	/** Removes the stored value (after a corrupt/invalid/newer-version notice) and writes this tab's state again. */
	discardStored(): void;
	/** Whether storage verifiably holds this tab's state (read back after the last write); false on the server. */
	isSaved(): boolean;
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
			parsed = JSON.parse(raw, withoutPrototype);
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
		let checked: ReturnType<StoredDataSchema<T>['safeParse']>;
		try {
			checked = schema.safeParse(data);
		} catch {
			return { kind: 'blocked', code: 'invalid', storedVersion };
		}
		if (!checked.success) return { kind: 'blocked', code: 'invalid', storedVersion };
		// Zod builds new plain objects; stored keys go back into prototype-free maps,
		// so a lookup by any key finds only what was stored.
		return { kind: 'value', value: prototypeFree(checked.data) };
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
		let next: T;
		try {
			next = merge ? merge(memory(), reading.value) : reading.value;
		} catch {
			// A merge that cannot cope with the stored value must end in a notice, not a dead page.
			blocked = { code: 'invalid' };
			return null;
		}
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
		const outcome = writeRaw(env, raw);
		if (outcome === 'ok') {
			lastSeenRaw = raw;
			access = 'ok';
			unsaved = false;
		} else {
			// Quota: keep the state in memory, the next change (or retryUnsavedWrites) tries again.
			access = outcome;
			unsaved = true;
		}
		publish();
	}

	/** setItem, then read back: only what storage returns counts as saved. */
	function writeRaw(env: StorageEnvironment, raw: string): 'ok' | 'quota' | 'unavailable' {
		try {
			const storage = env.storage();
			storage.setItem(key, raw);
			return storage.getItem(key) === raw ? 'ok' : 'quota';
		} catch (error) {
			return isQuotaError(error) ? 'quota' : 'unavailable';
		}
	}

	function isSaved(): boolean {
		return resolveEnvironment() !== null && lastSeenRaw !== undefined && !unsaved && !blocked && access === 'ok';
	}

	function update(change: (current: T) => T): boolean {
		pull();
		setMemory(change(memory()));
		push();
		return isSaved();
	}

	function stage(change: (current: unknown) => unknown): StagedWrite | { refused: WriteFailure } {
		const env = resolveEnvironment();
		if (!env) return { refused: 'unavailable' };
		pull();
		if (access === 'unavailable') return { refused: 'unavailable' };
		if (blocked || lastSeenRaw === undefined) return { refused: 'blocked' };
		const before = memory();
		const previousRaw = lastSeenRaw;
		const next = change(before) as T;
		const raw = JSON.stringify({ version, data: next } satisfies Envelope);
		return {
			write: () => raw === previousRaw || writeRaw(env, raw) === 'ok',
			undo: () => {
				try {
					if (previousRaw === null) env.storage().removeItem(key);
					else env.storage().setItem(key, previousRaw);
				} catch {
					// Storage now refuses even the old value; the next read reports it.
				}
			},
			apply: () => {
				setMemory(next);
				lastSeenRaw = raw;
				access = 'ok';
				unsaved = false;
				publish();
			},
		};
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
		if (changedKey !== null && changedKey !== key) {
			// Another key changed, perhaps removed to free space: try our unsaved changes again.
			if (unsaved && access === 'quota' && !blocked) push();
			return;
		}
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
		// Leaving the page is the last chance to write changes a full storage refused.
		const onPageHide = () => {
			if (unsaved && access === 'quota' && !blocked) push();
		};
		env.events.addEventListener('storage', onStorage);
		env.events.addEventListener('pagehide', onPageHide);
		return () => {
			env.events.removeEventListener('storage', onStorage);
			env.events.removeEventListener('pagehide', onPageHide);
		};
	});

	registerDiscardHandler(key, discardStored);
	forgetHandlers.add(forget);
	storesByKey.set(key, {
		unsavedEnvelope: () => (unsaved ? { version, data: memory() } : null),
		stage,
	});
	publish();

	return Object.assign($store, {
		key,
		set: (next: T) => update(() => next),
		update,
		discardStored,
		isSaved,
	});
}

/** JSON.parse reviver: every object becomes prototype-free, so an own `__proto__` key stays a plain key. */
function withoutPrototype(_key: string, value: unknown): unknown {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.assign(Object.create(null) as object, value);
}

/** A deep copy of checked data with every object prototype-free. */
function prototypeFree<T>(value: T): T {
	if (Array.isArray(value)) return value.map(prototypeFree) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy = Object.create(null) as Record<string, unknown>;
	for (const [key, item] of Object.entries(value)) copy[key] = prototypeFree(item);
	return copy as T;
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
