import { getCollection } from 'astro:content';
import { forLang } from '~/i18n/forLang';
import { flowGroups, type OrderedFlowGroup } from '~/lib/flowOrder';
import { flowKeys } from '~/lib/flows';
import type { Flow } from '~/schemas/flow';
import type { StandardId } from '~/schemas/standard';
import { standardHeading, standardsInOrder } from './standards';

/*
 * The `flows` collection (content/flows/*.yaml, validated by src/content.config.ts): each
 * flow's sections, steps and items with their stable ids. Build time only; islands
 * receive flows as props.
 */

/**
 * Every flow in the source's order and groups (Traditional): by its standard's place, then as
 * the standard's `flowGroups` list them (第三篇: its three ★ headings, each in order).
 */
export async function flowGroupsInOrder(): Promise<OrderedFlowGroup<Flow>[]> {
	return flowGroups(
		await standardsInOrder(undefined),
		(await getCollection('flows')).map((entry) => entry.data),
	);
}

/** Every flow in the source's order (Traditional). */
export async function flowsInOrder(): Promise<Flow[]> {
	return (await flowGroupsInOrder()).flatMap((group) => group.flows);
}

/** The flows of one standard, in the source's order (Traditional). */
export async function flowsOfStandard(standard: string): Promise<Flow[]> {
	return (await flowsInOrder()).filter((flow) => flow.standard === standard);
}

/** One flow (Traditional); undefined for an unknown id. */
export async function flowById(id: string): Promise<Flow | undefined> {
	return (await flowsInOrder()).find((flow) => flow.id === id);
}

/**
 * Flows as the meetings pages need them, in the reader's edition: the choice
 * list (grouped by standard, and by the source's own groups where it has them:
 * 第三篇's ★ headings) and the full data.
 */
export async function meetingFlows(lang: string | undefined) {
	const groups = await flowGroupsInOrder();
	const flows = groups.flatMap((group) => group.flows);
	const standards = new Map((await standardsInOrder(lang)).map((standard) => [standard.id, standard]));
	const groupOf = new Map(
		groups.flatMap((group) => {
			const heading = standardHeading(standards.get(group.standard as StandardId)!);
			const label = group.title ? `${heading} · ${forLang(group.title, lang)}` : heading;
			return group.flows.map((flow) => [flow.id, label] as const);
		}),
	);
	const localized = forLang(flows, lang);
	const choices = localized.map((flow) => ({
		id: flow.id,
		title: flow.title,
		group: groupOf.get(flow.id)!,
		keys: flowKeys(flow),
	}));
	return { flows, localized, choices };
}
