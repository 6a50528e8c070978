import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import type { StandardNames } from '~/i18n/quizText';
import type { Standard, StandardId } from '~/schemas/standard';

/*
 * The `standards` collection (content/standards/*.yaml, validated by src/content.config.ts):
 * issuer, year, scope and place of each of the five standards. Build time only; islands
 * receive what they need as props.
 */

export type StandardEntry = Standard & { id: StandardId };

/** The five standards in the source's order (第一篇…第五篇), in the reader's edition. */
export async function standardsInOrder(lang: string | undefined): Promise<StandardEntry[]> {
	const entries = await getCollection('standards');
	const standards = entries.map((entry) => ({ ...entry.data, id: entry.id as StandardId })).sort((a, b) => a.order - b.order);
	return forLang(standards, lang);
}

/** One standard, in the reader's edition; undefined for an unknown id. */
export async function standardById(id: string, lang: string | undefined): Promise<StandardEntry | undefined> {
	return (await standardsInOrder(lang)).find((standard) => standard.id === id);
}

/** How pages name a standard: its part and title (第一篇 縣級會議工作規范). */
export const standardHeading = (standard: Pick<Standard, 'part' | 'title'>): string => `${standard.part} ${standard.title}`;

export async function standardNames(lang: string | undefined): Promise<StandardNames> {
	const standards = await standardsInOrder(lang);
	return Object.fromEntries(standards.map(({ id, part, title }) => [id, { part, title }])) as unknown as StandardNames;
}
