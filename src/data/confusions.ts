import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import type { Confusion } from '~/schemas/confusion';

/*
 * The `confusions` collection (content/confusions.yaml, validated by src/content.config.ts):
 * pairs of timed rules that differ between the standards. Build time only.
 */

/** Every pair in the file's order, in the reader's edition. */
export async function confusionsInOrder(lang: string | undefined): Promise<Confusion[]> {
	return forLang(
		(await getCollection('confusions')).map((entry) => entry.data),
		lang,
	);
}
