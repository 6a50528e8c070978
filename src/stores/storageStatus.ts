import { atom, computed } from 'nanostores';

/**
 * What the browser storage behind one store is doing. Every code but `ok` is
 * shown to the user as a notice (texts in `src/i18n/messages/storage.ts`).
 *
 * - `unavailable`: the browser refuses access (private mode, SecurityError…);
 *   the page works in memory only.
 * - `quota`: the last write did not fit; retried on the next change.
 * - `corrupt`: the stored text is not JSON.
 * - `invalid`: JSON, but not a valid envelope / fails the schema / no migration path.
 * - `newer-version`: written by a newer release of the site.
 *
 * For the last three the stored value is left untouched until the user calls
 * `discardStored(key)`.
 */
export type StorageStatusCode = 'ok' | 'unavailable' | 'quota' | 'corrupt' | 'newer-version' | 'invalid';

export interface StorageStatus {
	code: StorageStatusCode;
	/** The storage key of the store this status is about. */
	key: string;
	/** True when this tab holds changes that are not (yet) in storage. */
	unsaved: boolean;
	/** Envelope version found in storage (`newer-version`, and `invalid` when known). */
	storedVersion?: number;
	/** Envelope version this release reads and writes. */
	supportedVersion?: number;
}

/** Codes whose stored value is kept aside until the user discards it. */
const blockingCodes: ReadonlySet<StorageStatusCode> = new Set(['corrupt', 'invalid', 'newer-version']);

/** Whether `discardStored` has something to do for this status (the notice shows its button). */
export function isDiscardable(status: StorageStatus): boolean {
	return blockingCodes.has(status.code);
}

const $statusByKey = atom<Readonly<Record<string, StorageStatus>>>({});

/** Status of every persistent store created in this page, by storage key. */
export const storageStatus = computed($statusByKey, (byKey) => byKey);

/** The statuses the UI must show, i.e. every store whose code is not `ok`. */
export const storageNotices = computed($statusByKey, (byKey) => Object.values(byKey).filter((status) => status.code !== 'ok'));

const discardHandlers = new Map<string, () => void>();

/**
 * Removes the stored value of `key` (the notice's "discard" button), after
 * which the store writes its in-memory state again. Returns false when no
 * store with that key exists in this page.
 */
export function discardStored(key: string): boolean {
	const discard = discardHandlers.get(key);
	if (!discard) return false;
	discard();
	return true;
}

/** Engine only: publishes a store's status. */
export function reportStorageStatus(status: StorageStatus): void {
	const current = $statusByKey.get()[status.key];
	if (current && sameStatus(current, status)) return;
	$statusByKey.set({ ...$statusByKey.get(), [status.key]: status });
}

/** Engine only: the store that answers `discardStored(key)`; a later store with the same key replaces it. */
export function registerDiscardHandler(key: string, discard: () => void): void {
	discardHandlers.set(key, discard);
}

function sameStatus(a: StorageStatus, b: StorageStatus): boolean {
	return a.code === b.code && a.unsaved === b.unsaved && a.storedVersion === b.storedVersion && a.supportedVersion === b.supportedVersion;
}
