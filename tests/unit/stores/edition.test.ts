import { afterEach, describe, expect, it } from 'vitest';
import { editionChoiceSchema } from '../../../src/schemas/edition';
import { createEditionStore, EDITION_KEY } from '../../../src/stores/edition';
import { storageStatus } from '../../../src/stores/storageStatus';
import { FakeBrowser, type FakeTab } from './fakeBrowser';

const unsubscribers: (() => void)[] = [];
afterEach(() => {
	for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function openTab(tab: FakeTab) {
	const store = createEditionStore({ environment: tab });
	unsubscribers.push(store.$edition.listen(() => {}));
	return store;
}

const envelope = (data: unknown) => JSON.stringify({ version: 1, data });

describe('the remembered edition', () => {
	it('is null until the reader chooses, and nothing is written before', () => {
		const browser = new FakeBrowser();
		const { $edition } = openTab(browser.tab());
		expect($edition.get()).toBeNull();
		expect(browser.raw(EDITION_KEY)).toBeNull();
	});

	it('stores a choice and reads it back in a new page', () => {
		const browser = new FakeBrowser();
		openTab(browser.tab()).chooseEdition('zh-CN');
		expect(browser.raw(EDITION_KEY)).toBe(envelope('zh-CN'));
		expect(openTab(browser.tab()).$edition.get()).toBe('zh-CN');
	});

	it('writes nothing when the choice is the one stored (a 简体 page records on every visit)', () => {
		const browser = new FakeBrowser();
		const { chooseEdition } = openTab(browser.tab());
		chooseEdition('zh-CN');
		const writes = browser.writes;
		chooseEdition('zh-CN');
		expect(browser.writes).toBe(writes);
	});

	it('takes the latest choice made in another tab', () => {
		const browser = new FakeBrowser();
		const first = openTab(browser.tab());
		const second = openTab(browser.tab());
		first.chooseEdition('zh-CN');
		browser.deliver();
		expect(second.$edition.get()).toBe('zh-CN');
		second.chooseEdition('zh-TW');
		browser.deliver();
		expect(first.$edition.get()).toBe('zh-TW');
		expect(browser.raw(EDITION_KEY)).toBe(envelope('zh-TW'));
	});

	it('leaves a value it cannot read untouched and reports it', () => {
		const browser = new FakeBrowser();
		browser.items.set(EDITION_KEY, envelope('klingon'));
		const { $edition, chooseEdition } = openTab(browser.tab());
		expect($edition.get()).toBeNull();
		chooseEdition('zh-CN');
		expect(browser.raw(EDITION_KEY)).toBe(envelope('klingon'));
		expect(storageStatus.get()[EDITION_KEY]?.code).toBe('invalid');
		$edition.discardStored();
		expect(browser.raw(EDITION_KEY)).toBe(envelope('zh-CN'));
	});

	it('works in memory when storage is refused', () => {
		const browser = new FakeBrowser();
		browser.denyAccess = true;
		const { $edition, chooseEdition } = openTab(browser.tab());
		chooseEdition('zh-TW');
		expect($edition.get()).toBe('zh-TW');
		expect(storageStatus.get()[EDITION_KEY]?.code).toBe('unavailable');
	});
});

describe('editionChoiceSchema', () => {
	it.each([null, 'zh-TW', 'zh-CN'])('accepts %s', (value) => {
		expect(editionChoiceSchema.safeParse(value)).toEqual({ success: true, data: value });
	});

	it.each([undefined, '', 'zh-cn', 'zh-HK', 1, {}, ['zh-CN']])('refuses %s', (value) => {
		expect(editionChoiceSchema.safeParse(value).success).toBe(false);
	});
});
