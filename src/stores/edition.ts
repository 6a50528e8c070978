import type { Lang } from '../i18n/lang';
import { editionChoiceSchema, type EditionChoice } from '../schemas/edition';
import { createPersistentStore, storageKey, type StorageEnvironment } from './storageEngine';

/** The edition the reader chose last (see README.md). */
export const EDITION_KEY = storageKey('edition');

export function createEditionStore(options: { environment?: StorageEnvironment | null } = {}) {
	const $edition = createPersistentStore<EditionChoice>({
		key: EDITION_KEY,
		version: 1,
		schema: editionChoiceSchema,
		initial: null,
		// No merge: a choice is one value, and the latest one, from any tab, wins.
		environment: options.environment,
	});
	return {
		$edition,
		/** Records a choice: a visit to a 简体 page, the language picker, or 留在繁體版. */
		chooseEdition(edition: Lang) {
			$edition.set(edition);
		},
	};
}

export const { $edition, chooseEdition } = createEditionStore();
