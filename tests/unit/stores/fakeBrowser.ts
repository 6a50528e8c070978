import type { StorageEnvironment, StorageLike } from '../../../src/stores/storageEngine';

/**
 * A browser with one localStorage shared by several tabs. Like a real
 * browser, a write in one tab queues a `storage` event in every other tab;
 * tests deliver them with `deliver()` (events are asynchronous in browsers).
 */
export class FakeBrowser {
	readonly items = new Map<string, string>();
	/** Accessing localStorage throws SecurityError (e.g. storage blocked by the user). */
	denyAccess = false;
	/** setItem throws QuotaExceededError. */
	full = false;
	/** setItem of these keys throws QuotaExceededError (the value is too big for what is left). */
	readonly fullFor = new Set<string>();
	/** setItem of these keys returns normally but keeps nothing (as some private modes do). */
	readonly dropsWritesTo = new Set<string>();
	writes = 0;
	readonly #tabs: FakeTab[] = [];
	readonly #queue: { tab: FakeTab; event: Event }[] = [];

	tab(): FakeTab {
		const tab = new FakeTab(this);
		this.#tabs.push(tab);
		return tab;
	}

	/** Raw value as stored, byte for byte. */
	raw(key: string): string | null {
		return this.items.get(key) ?? null;
	}

	/** Another tab (not one of ours, e.g. running other code) writes `value` under `key`. */
	writeFromElsewhere(key: string, value: string | null): void {
		const oldValue = this.raw(key);
		if (value === null) this.items.delete(key);
		else this.items.set(key, value);
		this.#announce(null, key, oldValue, value);
	}

	/** Delivers queued storage events (and those they cause) until quiet; returns how many were delivered. */
	deliver(limit = 100): number {
		let delivered = 0;
		while (this.#queue.length > 0) {
			if (++delivered > limit) throw new Error('storage events do not settle: tabs keep writing back');
			const { tab, event } = this.#queue.shift()!;
			tab.events.dispatchEvent(event);
		}
		return delivered;
	}

	write(writer: FakeTab | null, key: string, value: string | null): void {
		if (this.denyAccess) throw new DOMException('The operation is insecure.', 'SecurityError');
		if (value !== null && (this.full || this.fullFor.has(key)))
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		if (value !== null && this.dropsWritesTo.has(key)) return;
		const oldValue = this.raw(key);
		if (value === null) this.items.delete(key);
		else this.items.set(key, value);
		this.writes++;
		this.#announce(writer, key, oldValue, value);
	}

	#announce(writer: FakeTab | null, key: string, oldValue: string | null, newValue: string | null): void {
		for (const tab of this.#tabs) {
			if (tab === writer) continue;
			const event = Object.assign(new Event('storage'), { key, oldValue, newValue, storageArea: tab.storageArea });
			this.#queue.push({ tab, event });
		}
	}
}

export class FakeTab implements StorageEnvironment {
	readonly events = new EventTarget();
	/** This tab's view of the shared localStorage (also the `storageArea` of its events). */
	readonly storageArea: StorageLike & { readonly length: number; key(index: number): string | null };
	readonly storage: () => StorageLike;

	constructor(browser: FakeBrowser) {
		const denied = () => new DOMException('The operation is insecure.', 'SecurityError');
		this.storageArea = {
			getItem: (key) => {
				if (browser.denyAccess) throw denied();
				return browser.raw(key);
			},
			setItem: (key, value) => browser.write(this, key, value),
			removeItem: (key) => browser.write(this, key, null),
			get length() {
				if (browser.denyAccess) throw denied();
				return browser.items.size;
			},
			key: (index) => [...browser.items.keys()][index] ?? null,
		};
		this.storage = () => {
			if (browser.denyAccess) throw denied();
			return this.storageArea;
		};
	}
}

let keyCounter = 0;
/** A key no other test uses, so the page-wide status atom does not mix tests. */
export function uniqueKey(name: string): string {
	return `huiwu:v1:test-${name}-${++keyCounter}`;
}
