import { describe, expect, it } from 'vitest';
import { storageMessages } from '../../../src/i18n/messages/storage';
import {
	isDiscardable,
	reportStorageStatus,
	storageNotices,
	storageStatus,
	type StorageStatus,
	type StorageStatusCode,
} from '../../../src/stores/storageStatus';

const noticeCodes = ['unavailable', 'quota', 'corrupt', 'invalid', 'newer-version'] as const satisfies readonly Exclude<
	StorageStatusCode,
	'ok'
>[];

describe('notices', () => {
	it('lists every store whose status is not ok, and drops it once it is ok again', () => {
		const key = 'huiwu:v1:test-notices';
		reportStorageStatus({ code: 'quota', key, unsaved: true });
		expect(storageNotices.get()).toContainEqual({ code: 'quota', key, unsaved: true });
		reportStorageStatus({ code: 'ok', key, unsaved: false });
		expect(storageNotices.get().some((notice) => notice.key === key)).toBe(false);
		expect(storageStatus.get()[key]).toEqual({ code: 'ok', key, unsaved: false });
	});

	it('offers discarding only where stored data is being kept aside', () => {
		const status = (code: StorageStatusCode): StorageStatus => ({ code, key: 'k', unsaved: false });
		expect(noticeCodes.filter((code) => isDiscardable(status(code)))).toEqual(['corrupt', 'invalid', 'newer-version']);
		expect(isDiscardable(status('ok'))).toBe(false);
	});
});

describe('messages', () => {
	it('has a Traditional Chinese notice for every status code the UI shows', () => {
		for (const code of noticeCodes) expect(storageMessages[code]).toMatch(/\p{Script=Han}/u);
	});

	it('names the orphan count with a {count} parameter', () => {
		expect(storageMessages['orphaned-progress']).toContain('{count}');
	});
});
