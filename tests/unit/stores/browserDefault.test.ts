// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, createProgressStore } from '../../../src/stores/progress';

/** Without an injected environment the engine uses the page's own localStorage and window. */
const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
	window.localStorage.clear();
});

describe('in a browser (happy-dom), by default', () => {
	it('reads and writes window.localStorage', () => {
		window.localStorage.setItem(
			PROGRESS_KEY,
			JSON.stringify({ version: 1, data: { runs: { practice: { plenary: { s1: { done: true, at: 5 } } } }, deletedRuns: {} } }),
		);
		const store = createProgressStore({ now: () => 10 });
		expect(store.$progress.get().runs.practice?.plenary?.s1).toEqual({ done: true, at: 5 });
		store.setStep('practice', 'plenary', 's2', true);
		expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!).data.runs.practice.plenary.s2).toEqual({ done: true, at: 10 });
	});

	it('merges a StorageEvent another tab fires on window', () => {
		const store = createProgressStore({ now: () => 10 });
		unsubscribers.push(store.$progress.listen(() => {}));
		store.setStep('practice', 'plenary', 's1', true);
		const theirs = JSON.stringify({
			version: 1,
			data: { runs: { practice: { plenary: { s2: { done: true, at: 7 } } } }, deletedRuns: {} },
		});
		// What the browser does when another tab writes: the value changes, then the event fires here.
		window.localStorage.setItem(PROGRESS_KEY, theirs);
		window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: theirs, storageArea: window.localStorage }));
		expect(Object.keys(store.$progress.get().runs.practice?.plenary ?? {}).sort()).toEqual(['s1', 's2']);
		expect(Object.keys(JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!).data.runs.practice.plenary).sort()).toEqual(['s1', 's2']);
	});

	it('ignores a StorageEvent from sessionStorage', () => {
		const store = createProgressStore({ now: () => 10 });
		unsubscribers.push(store.$progress.listen(() => {}));
		const theirs = JSON.stringify({
			version: 1,
			data: { runs: { practice: { plenary: { s2: { done: true, at: 7 } } } }, deletedRuns: {} },
		});
		window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: theirs, storageArea: window.sessionStorage }));
		expect(store.$progress.get().runs).toEqual({});
	});
});
