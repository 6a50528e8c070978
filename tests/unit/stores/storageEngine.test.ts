import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { createPersistentStore, storageKey, type PersistentAtom, type StorageEnvironment } from '../../../src/stores/storageEngine';
import { discardStored, storageNotices, storageStatus } from '../../../src/stores/storageStatus';
import { FakeBrowser, uniqueKey } from './fakeBrowser';

/**
 * The engine, through a small stand-in store: a list of notes at data
 * version 2 (v0 was a comma-separated string, v1 a bare array).
 */
const notesSchema = z.object({ items: z.array(z.string()) });
type Notes = z.infer<typeof notesSchema>;

const unions = (local: Notes, remote: Notes): Notes => ({ items: [...new Set([...local.items, ...remote.items])].sort() });
/** Adds an item, keeping the list sorted like `unions` does. */
const adding =
	(item: string) =>
	(notes: Notes): Notes => ({ items: [...notes.items, item].sort() });

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function notesStore(environment: StorageEnvironment | null | undefined, key: string, merge?: typeof unions): PersistentAtom<Notes> {
	return createPersistentStore<Notes>({
		key,
		version: 2,
		schema: notesSchema,
		migrations: {
			0: (data) => String(data).split(','),
			1: (data) => {
				if (!Array.isArray(data)) throw new Error('v1 notes must be an array');
				return { items: data };
			},
		},
		initial: { items: [] },
		...(merge ? { merge } : {}),
		...(environment === undefined ? {} : { environment }),
	});
}

/** Keeps the store mounted (listening to storage events), as a rendered island does. */
function mount<T>(store: PersistentAtom<T>): void {
	unsubscribers.push(store.listen(() => {}));
}

const envelope = (version: number, data: unknown) => JSON.stringify({ version, data });
const statusOf = (key: string) => storageStatus.get()[key];

describe('keys', () => {
	it('namespaces every store under huiwu:v1:', () => {
		expect(storageKey('progress')).toBe('huiwu:v1:progress');
	});
});

describe('reading lazily', () => {
	it('does not touch storage until the store is read, then loads the stored value', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('lazy');
		browser.items.set(key, envelope(2, { items: ['a'] }));
		let reads = 0;
		const tab = browser.tab();
		const counting: StorageEnvironment = {
			events: tab.events,
			storage: () => {
				reads++;
				return tab.storage();
			},
		};
		const store = notesStore(counting, key);
		expect(reads).toBe(0);
		expect(store.get()).toEqual({ items: ['a'] });
		expect(reads).toBe(1);
	});

	it('starts from the initial value when nothing is stored, and writes nothing just by reading', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('empty');
		const store = notesStore(browser.tab(), key);
		expect(store.get()).toEqual({ items: [] });
		expect(browser.raw(key)).toBeNull();
		expect(statusOf(key)?.code).toBe('ok');
	});

	it('reads storage before a write even when nobody subscribed, so a write never hides stored data', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('write-first');
		browser.items.set(key, envelope(2, { items: ['stored'] }));
		const store = notesStore(browser.tab(), key, unions);
		store.update(adding('new'));
		expect(JSON.parse(browser.raw(key)!)).toEqual({ version: 2, data: { items: ['new', 'stored'] } });
	});

	it('writes an envelope with the current data version', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('envelope');
		const store = notesStore(browser.tab(), key);
		store.set({ items: ['x'] });
		expect(browser.raw(key)).toBe('{"version":2,"data":{"items":["x"]}}');
	});
});

describe('migrations', () => {
	it('upgrades a version 0 value through every step to the current version', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('v0');
		browser.items.set(key, envelope(0, 'b,a'));
		expect(notesStore(browser.tab(), key).get()).toEqual({ items: ['b', 'a'] });
	});

	it('upgrades a version 1 value with the last step only', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('v1');
		browser.items.set(key, envelope(1, ['c']));
		expect(notesStore(browser.tab(), key).get()).toEqual({ items: ['c'] });
	});

	it('leaves the stored (old) value as it is until the next change, then writes the current version', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('v1-rewrite');
		const old = envelope(1, ['c']);
		browser.items.set(key, old);
		const store = notesStore(browser.tab(), key);
		store.get();
		expect(browser.raw(key)).toBe(old);
		store.update(adding('d'));
		expect(JSON.parse(browser.raw(key)!)).toEqual({ version: 2, data: { items: ['c', 'd'] } });
	});

	it('reports invalid (and keeps the value) when a migration throws', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('v1-bad');
		const bad = envelope(1, { not: 'an array' });
		browser.items.set(key, bad);
		const store = notesStore(browser.tab(), key);
		expect(store.get()).toEqual({ items: [] });
		expect(statusOf(key)).toMatchObject({ code: 'invalid', storedVersion: 1 });
		store.set({ items: ['mine'] });
		expect(browser.raw(key)).toBe(bad);
	});

	it('reports invalid when no migration leads from the stored version', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('no-path');
		browser.items.set(key, envelope(0, 'a'));
		const store = createPersistentStore({
			key,
			version: 1,
			schema: notesSchema,
			initial: { items: [] },
			environment: browser.tab(),
		});
		store.get();
		expect(statusOf(key)).toMatchObject({ code: 'invalid', storedVersion: 0 });
	});
});

describe('failure modes: the page keeps working in memory and the stored value stays byte for byte', () => {
	const cases = [
		{ name: 'corrupt JSON', code: 'corrupt', raw: '{"version":2,"data":{"items":["a"' },
		{ name: 'not an envelope', code: 'invalid', raw: '["a","b"]' },
		{ name: 'schema-invalid data', code: 'invalid', raw: envelope(2, { items: [1, 2] }) },
		{ name: 'a newer version', code: 'newer-version', raw: envelope(3, { items: ['from', 'the', 'future'] }) },
	] as const;

	for (const { name, code, raw } of cases) {
		describe(name, () => {
			it(`reports ${code}, works in memory and never overwrites the stored value`, () => {
				const browser = new FakeBrowser();
				const key = uniqueKey(code);
				browser.items.set(key, raw);
				const store = notesStore(browser.tab(), key);
				mount(store);
				expect(statusOf(key)).toMatchObject({ code, key, unsaved: false });
				store.set({ items: ['one'] });
				store.update(adding('two'));
				expect(store.get()).toEqual({ items: ['one', 'two'] });
				expect(browser.raw(key)).toBe(raw);
				expect(browser.writes).toBe(0);
				expect(statusOf(key)).toMatchObject({ code, unsaved: true });
				expect(storageNotices.get().map((notice) => notice.key)).toContain(key);
			});

			it('resumes writing this tab’s state after discardStored', () => {
				const browser = new FakeBrowser();
				const key = uniqueKey(`${code}-discard`);
				browser.items.set(key, raw);
				const store = notesStore(browser.tab(), key);
				store.set({ items: ['kept in memory'] });
				expect(discardStored(key)).toBe(true);
				expect(statusOf(key)).toMatchObject({ code: 'ok', unsaved: false });
				expect(JSON.parse(browser.raw(key)!)).toEqual({ version: 2, data: { items: ['kept in memory'] } });
				store.set({ items: ['later'] });
				expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['later'] });
				expect(storageNotices.get().map((notice) => notice.key)).not.toContain(key);
			});
		});
	}

	it('reports the stored version for a newer-version value', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('newer-params');
		browser.items.set(key, envelope(7, {}));
		notesStore(browser.tab(), key).get();
		expect(statusOf(key)).toEqual({ code: 'newer-version', key, unsaved: false, storedVersion: 7, supportedVersion: 2 });
	});

	it('discards only when the user asks: an unknown key answers false', () => {
		expect(discardStored('huiwu:v1:no-such-store')).toBe(false);
	});

	describe('storage unavailable (access throws SecurityError)', () => {
		it('reports unavailable and keeps working in memory', () => {
			const browser = new FakeBrowser();
			browser.denyAccess = true;
			const key = uniqueKey('unavailable');
			const store = notesStore(browser.tab(), key);
			expect(store.get()).toEqual({ items: [] });
			expect(statusOf(key)?.code).toBe('unavailable');
			store.set({ items: ['memory only'] });
			expect(store.get()).toEqual({ items: ['memory only'] });
			expect(statusOf(key)).toMatchObject({ code: 'unavailable', unsaved: true });
		});

		it('never writes over data it could not read, and merges it in once access returns', () => {
			const browser = new FakeBrowser();
			const key = uniqueKey('unavailable-later');
			const stored = envelope(2, { items: ['stored'] });
			browser.items.set(key, stored);
			browser.denyAccess = true;
			const store = notesStore(browser.tab(), key, unions);
			store.set({ items: ['memory'] });
			expect(browser.raw(key)).toBe(stored);
			browser.denyAccess = false;
			store.update(adding('next'));
			expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['memory', 'next', 'stored'] });
			expect(statusOf(key)).toMatchObject({ code: 'ok', unsaved: false });
		});
	});

	describe('storage full (setItem throws QuotaExceededError)', () => {
		it('reports quota, keeps the change in memory and retries on the next change', () => {
			const browser = new FakeBrowser();
			const key = uniqueKey('quota');
			const before = envelope(2, { items: ['saved'] });
			browser.items.set(key, before);
			const store = notesStore(browser.tab(), key);
			browser.full = true;
			store.update(adding('a'));
			expect(store.get()).toEqual({ items: ['a', 'saved'] });
			expect(statusOf(key)).toMatchObject({ code: 'quota', unsaved: true });
			expect(browser.raw(key)).toBe(before);
			browser.full = false;
			store.update(adding('b'));
			expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['a', 'b', 'saved'] });
			expect(statusOf(key)).toMatchObject({ code: 'ok', unsaved: false });
		});
	});
});

describe('changes from another tab (storage event)', () => {
	it('replaces the value when the store has no merge', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('replace');
		const store = notesStore(browser.tab(), key);
		mount(store);
		browser.writeFromElsewhere(key, envelope(2, { items: ['theirs'] }));
		browser.deliver();
		expect(store.get()).toEqual({ items: ['theirs'] });
	});

	it('merges with a merge function and writes back only what the other tab lacks', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('merge');
		const store = notesStore(browser.tab(), key, unions);
		mount(store);
		store.set({ items: ['mine'] });
		const writesBefore = browser.writes;

		const superset = envelope(2, { items: ['mine', 'theirs'] });
		browser.writeFromElsewhere(key, superset);
		browser.deliver();
		expect(store.get()).toEqual({ items: ['mine', 'theirs'] });
		expect(browser.writes).toBe(writesBefore);
		expect(browser.raw(key)).toBe(superset);

		browser.writeFromElsewhere(key, envelope(2, { items: ['other'] }));
		browser.deliver();
		expect(store.get()).toEqual({ items: ['mine', 'other', 'theirs'] });
		expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['mine', 'other', 'theirs'] });
	});

	it('treats an equal state with keys in another order as equal (no write back)', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('order');
		const store = createPersistentStore({
			key,
			version: 1,
			schema: z.record(z.string(), z.number()),
			initial: {} as Record<string, number>,
			merge: (local, remote) => ({ ...local, ...remote }),
			environment: browser.tab(),
		});
		mount(store);
		store.set({ a: 1, b: 2 });
		const writesBefore = browser.writes;
		browser.writeFromElsewhere(key, '{"version":1,"data":{"b":2,"a":1}}');
		browser.deliver();
		expect(browser.writes).toBe(writesBefore);
	});

	it('ignores other keys and other storage areas (sessionStorage)', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('ignore');
		const tab = browser.tab();
		const store = notesStore(tab, key);
		mount(store);
		tab.events.dispatchEvent(
			Object.assign(new Event('storage'), { key: 'other', newValue: envelope(2, { items: ['x'] }), storageArea: tab.storageArea }),
		);
		tab.events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: envelope(2, { items: ['y'] }), storageArea: {} }));
		expect(store.get()).toEqual({ items: [] });
	});

	it('blocks when another tab writes something unreadable, and unblocks when it writes a valid value', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('remote-newer');
		const store = notesStore(browser.tab(), key, unions);
		mount(store);
		store.set({ items: ['mine'] });
		const newer = envelope(9, { whatever: true });
		browser.writeFromElsewhere(key, newer);
		browser.deliver();
		expect(statusOf(key)?.code).toBe('newer-version');
		store.set({ items: ['mine', 'more'] });
		expect(browser.raw(key)).toBe(newer);
		browser.writeFromElsewhere(key, envelope(2, { items: ['theirs'] }));
		browser.deliver();
		expect(statusOf(key)?.code).toBe('ok');
		expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['mine', 'more', 'theirs'] });
	});

	it('writes its state back when another tab removes the key, so nothing is lost', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('removed');
		const store = notesStore(browser.tab(), key, unions);
		mount(store);
		store.set({ items: ['mine'] });
		browser.writeFromElsewhere(key, null);
		browser.deliver();
		expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['mine'] });
	});

	it('notices a change made while it was not listening on its next write', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('missed');
		const store = notesStore(browser.tab(), key, unions);
		store.set({ items: ['mine'] });
		browser.items.set(key, envelope(2, { items: ['unannounced'] }));
		store.update(adding('next'));
		expect(JSON.parse(browser.raw(key)!).data).toEqual({ items: ['mine', 'next', 'unannounced'] });
	});

	it('two tabs with a merge converge and then stop writing', () => {
		const browser = new FakeBrowser();
		const key = uniqueKey('two-tabs');
		const a = notesStore(browser.tab(), key, unions);
		const b = notesStore(browser.tab(), key, unions);
		mount(a);
		mount(b);
		a.update(adding('from a'));
		b.update(adding('from b'));
		browser.deliver();
		expect(a.get()).toEqual({ items: ['from a', 'from b'] });
		expect(b.get()).toEqual(a.get());
		expect(browser.deliver()).toBe(0);
	});
});

describe('on the server (no window)', () => {
	it('is just its initial value, changes stay in memory, and nothing throws', () => {
		expect(typeof window).toBe('undefined');
		const key = uniqueKey('server');
		const store = notesStore(undefined, key);
		expect(store.get()).toEqual({ items: [] });
		store.set({ items: ['memory'] });
		expect(store.get()).toEqual({ items: ['memory'] });
		expect(statusOf(key)).toMatchObject({ code: 'ok', unsaved: false });
		expect(() => store.discardStored()).not.toThrow();
	});
});
