import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import { flowKeys } from '~/lib/flows';
import { flowGroups } from '~/lib/flowOrder';

/**
 * Flows as the meetings pages need them, in the reader's edition: the choice
 * list (grouped by standard) and the full data. Build time only.
 */
export async function meetingFlows(lang: string | undefined) {
	const standardEntries = await getCollection('standards');
	const standards = new Map(standardEntries.map((entry) => [entry.id, entry.data]));
	// In the source's order and groups; a titled group (第三篇's ★ headings) is its own optgroup.
	const groups = flowGroups(
		standardEntries.map((entry) => ({ id: entry.id, ...entry.data })),
		(await getCollection('flows')).map((entry) => entry.data),
	);
	const flows = groups.flatMap((group) => group.flows);
	const localized = forLang(flows, lang);
	const groupOf = new Map(
		groups.flatMap((group) => {
			const standard = standards.get(group.standard)!;
			const title = `${standard.part} ${standard.title}${group.title ? ` · ${group.title}` : ''}`;
			return group.flows.map((flow) => [flow.id, forLang(title, lang)] as const);
		}),
	);
	const choices = localized.map((flow) => ({
		id: flow.id,
		title: flow.title,
		group: groupOf.get(flow.id)!,
		keys: flowKeys(flow),
	}));
	return { flows, localized, choices };
}
