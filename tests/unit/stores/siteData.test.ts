import { afterEach, describe, expect, it } from 'vitest';
import { createProgressStore, PRACTICE_RUN } from '../../../src/stores/progress';
import { EMPTY_PROGRESS } from '../../../src/stores/progressState';
import {
	eraseSiteData,
	exportSiteData,
	storedSiteData,
	type EnumerableStorage,
	type SiteDataEnvironment,
} from '../../../src/stores/siteData';
import { ERASE_SIGNAL_KEY, storageKey } from '../../../src/stores/storageEngine';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

const envelope = (data: unknown) => JSON.stringify({ version: 1, data });

/** A session storage of one tab. */
function memoryStorage(entries: Record<string, string> = {}): EnumerableStorage {
	const items = new Map(Object.entries(entries));
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
		get length() {
			return items.size;
		},
		key: (index) => [...items.keys()][index] ?? null,
	};
}

function environment(tab: FakeTab, session = memoryStorage()): SiteDataEnvironment {
	return { local: () => tab.storageArea, session: () => session };
}

/** A browser holding the site's data, Starlight's theme, and another application's key on the same origin. */
function browserWithData() {
	const browser = new FakeBrowser();
	browser.items.set(
		'huiwu:v1:progress',
		envelope({ runs: { practice: { 'party-congress': { 'formal-notice': { done: true, at: 5 } } } }, deletedRuns: {} }),
	);
	browser.items.set('huiwu:v1:meetings', '{"version":1,"data":{broken');
	browser.items.set('starlight-theme', 'light');
	browser.items.set('other-app', 'keep me');
	return browser;
}

describe('listing and export', () => {
	it('lists the site’s keys with their size in UTF-8 bytes', () => {
		const browser = new FakeBrowser();
		browser.items.set('huiwu:v1:meetings', '會議');
		browser.items.set('other-app', 'x');
		expect(storedSiteData(environment(browser.tab()))).toEqual({ ok: true, value: [{ key: 'huiwu:v1:meetings', bytes: 6 }] });
	});

	it('exports every huiwu: key, parsed, and keeps unreadable text as it is', () => {
		const browser = browserWithData();
		const result = exportSiteData('2026-05-01T08:00:00.000Z', environment(browser.tab()));
		expect(result).toEqual({
			ok: true,
			value: {
				format: 'huiwu-handbook/site-data',
				formatVersion: 1,
				exportedAt: '2026-05-01T08:00:00.000Z',
				storage: {
					'huiwu:v1:meetings': '{"version":1,"data":{broken',
					'huiwu:v1:progress': JSON.parse(browser.raw('huiwu:v1:progress')!),
				},
			},
		});
	});

	it('says so when the browser refuses storage', () => {
		const browser = browserWithData();
		browser.denyAccess = true;
		const env = environment(browser.tab());
		expect(exportSiteData('t', env)).toEqual({ ok: false, code: 'unavailable' });
		expect(storedSiteData(env)).toEqual({ ok: false, code: 'unavailable' });
		expect(eraseSiteData(env)).toEqual({ ok: false, code: 'unavailable' });
		expect(exportSiteData('t', null)).toEqual({ ok: false, code: 'unavailable' });
	});
});

describe('erase', () => {
	it('removes the site’s keys and Starlight’s, and nothing else', () => {
		const browser = browserWithData();
		const session = memoryStorage({ 'sl-sidebar-state': '{"hash":"x"}', 'other-session': '1' });
		const result = eraseSiteData(environment(browser.tab(), session));
		expect(result).toEqual({ ok: true, value: ['huiwu:v1:meetings', 'huiwu:v1:progress', 'starlight-theme', 'sl-sidebar-state'] });
		expect([...browser.items.keys()]).toEqual(['other-app']);
		expect(session.getItem('sl-sidebar-state')).toBeNull();
		expect(session.getItem('other-session')).toBe('1');
	});

	it('signals other tabs before it removes anything, and leaves no signal behind', () => {
		const browser = browserWithData();
		const tab = browser.tab();
		const log: string[] = [];
		const local = tab.storageArea;
		const spy: EnumerableStorage = {
			getItem: (key) => local.getItem(key),
			setItem: (key, value) => (log.push(`set ${key}`), local.setItem(key, value)),
			removeItem: (key) => (log.push(`remove ${key}`), local.removeItem(key)),
			get length() {
				return local.length;
			},
			key: (index) => local.key(index),
		};
		eraseSiteData({ local: () => spy, session: () => memoryStorage() });
		expect(log[0]).toBe(`set ${ERASE_SIGNAL_KEY}`);
		expect(log.at(-1)).toBe(`remove ${ERASE_SIGNAL_KEY}`);
		expect(browser.raw(ERASE_SIGNAL_KEY)).toBeNull();
	});

	it('resets this page’s stores', () => {
		const browser = browserWithData();
		const tab = browser.tab();
		const store = createProgressStore({ environment: tab, now: () => 10 });
		unsubscribers.push(store.$progress.listen(() => {}));
		expect(store.$progress.get()).not.toEqual(EMPTY_PROGRESS);
		eraseSiteData(environment(tab));
		expect(store.$progress.get()).toEqual(EMPTY_PROGRESS);
	});
});

describe('another open tab, when one tab erases', () => {
	// Another tab's eraseSiteData as this tab sees it: the signal, the removals, the signal's removal.
	function eraseFromElsewhere(browser: FakeBrowser, keys: string[]) {
		browser.writeFromElsewhere(ERASE_SIGNAL_KEY, '1');
		for (const key of keys) browser.writeFromElsewhere(key, null);
		browser.writeFromElsewhere(ERASE_SIGNAL_KEY, null);
	}

	it('drops its ticks instead of writing them back', () => {
		const browser = browserWithData();
		const other = createProgressStore({ environment: browser.tab(), now: () => 10 });
		unsubscribers.push(other.$progress.listen(() => {}));
		other.setStep(PRACTICE_RUN, 'party-congress', 'preliminary-notice', true);
		eraseFromElsewhere(browser, ['huiwu:v1:progress']);
		browser.deliver();
		expect(browser.raw(storageKey('progress'))).toBeNull();
		expect(other.$progress.get()).toEqual(EMPTY_PROGRESS);
		// It keeps working: the next tick is stored afresh.
		other.setStep(PRACTICE_RUN, 'party-congress', 'formal-notice', true);
		expect(browser.raw(storageKey('progress'))).toContain('formal-notice');
		expect(browser.raw(storageKey('progress'))).not.toContain('preliminary-notice');
	});

	it('without the signal it would write them back (why the signal exists)', () => {
		const browser = browserWithData();
		const other = createProgressStore({ environment: browser.tab(), now: () => 10 });
		unsubscribers.push(other.$progress.listen(() => {}));
		browser.writeFromElsewhere('huiwu:v1:progress', null);
		browser.deliver();
		expect(browser.raw(storageKey('progress'))).toContain('formal-notice');
	});
});
