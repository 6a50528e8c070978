import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import { flowKeys } from '~/lib/flows';
import type { Flow } from '~/schemas/flow';
import { standardHeading, standardsInOrder } from './standards';

/*
 * The `flows` collection (content/flows/*.yaml, validated by src/content.config.ts): each
 * flow's sections, steps and items with their stable ids. Build time only; islands
 * receive flows as props.
 */

/** Every flow, by its standard's place in the source and then by id (Traditional). */
export async function flowsInOrder(): Promise<Flow[]> {
	const order = new Map((await standardsInOrder(undefined)).map((standard) => [standard.id, standard.order]));
	return (await getCollection('flows'))
		.map((entry) => entry.data)
		.sort((a, b) => (order.get(a.standard) ?? 0) - (order.get(b.standard) ?? 0) || a.id.localeCompare(b.id));
}

/** The flows of one standard, by id (Traditional). */
export async function flowsOfStandard(standard: string): Promise<Flow[]> {
	return (await flowsInOrder()).filter((flow) => flow.standard === standard);
}

/** One flow (Traditional); undefined for an unknown id. */
export async function flowById(id: string): Promise<Flow | undefined> {
	return (await flowsInOrder()).find((flow) => flow.id === id);
}

/**
 * Flows as the meetings pages need them, in the reader's edition: the choice
 * list (grouped by standard) and the full data.
 */
export async function meetingFlows(lang: string | undefined) {
	const flows = await flowsInOrder();
	const standards = new Map((await standardsInOrder(lang)).map((standard) => [standard.id, standard]));
	const localized = forLang(flows, lang);
	const choices = localized.map((flow) => {
		const standard = standards.get(flow.standard)!;
		return {
			id: flow.id,
			title: flow.title,
			group: standardHeading(standard),
			keys: flowKeys(flow),
		};
	});
	return { flows, localized, choices };
}
