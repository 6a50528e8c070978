import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import { flowKeys } from '~/lib/flows';

/**
 * Flows as the meetings pages need them, in the reader's edition: the choice
 * list (grouped by standard) and the full data. Build time only.
 */
export async function meetingFlows(lang: string | undefined) {
	const standards = new Map((await getCollection('standards')).map((entry) => [entry.id, entry.data]));
	const flows = (await getCollection('flows'))
		.map((entry) => entry.data)
		.sort(
			(a, b) =>
				(standards.get(a.standard)?.order ?? 0) - (standards.get(b.standard)?.order ?? 0) || a.id.localeCompare(b.id),
		);
	const localized = forLang(flows, lang);
	const choices = localized.map((flow) => {
		const standard = standards.get(flow.standard)!;
		return {
			id: flow.id,
			title: flow.title,
			group: forLang(`${standard.part} ${standard.title}`, lang),
			keys: flowKeys(flow),
		};
	});
	return { flows, localized, choices };
}
