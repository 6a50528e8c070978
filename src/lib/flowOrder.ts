/**
 * Flows in the source's order and groups, from the standards' `flowGroups` data
 * (content/standards): every list of flows on the site goes through here.
 */

export interface FlowGroupData {
	title?: string | undefined;
	flows: readonly string[];
}

export interface StandardFlowGroups {
	id: string;
	order: number;
	flowGroups: readonly FlowGroupData[];
}

export interface OrderedFlowGroup<F> {
	standard: string;
	/** Verbatim group heading (第三篇's ★ headings); absent for a standard's only group. */
	title?: string;
	flows: F[];
}

/**
 * The flows grouped by standard (in `order`) and by the standard's groups, each in the
 * listed order. A flow its standard does not list is appended to the standard's last group,
 * so it is never lost (tests/unit/flows.test.ts requires every flow to be listed).
 */
export function flowGroups<F extends { id: string; standard: string }>(
	standards: readonly StandardFlowGroups[],
	flows: readonly F[],
): OrderedFlowGroup<F>[] {
	const byId = new Map(flows.map((flow) => [flow.id, flow]));
	return [...standards]
		.sort((a, b) => a.order - b.order)
		.flatMap((standard) => {
			const groups = standard.flowGroups.map((group) => ({
				standard: standard.id,
				...(group.title === undefined ? {} : { title: group.title }),
				flows: group.flows.flatMap((id) => {
					const flow = byId.get(id);
					return flow && flow.standard === standard.id ? [flow] : [];
				}),
			}));
			const listed = new Set(groups.flatMap((group) => group.flows.map((flow) => flow.id)));
			const unlisted = flows.filter((flow) => flow.standard === standard.id && !listed.has(flow.id));
			if (unlisted.length > 0) groups.at(-1)?.flows.push(...unlisted);
			return groups.filter((group) => group.flows.length > 0);
		});
}

/** The flows in the same order, without the grouping. */
export function orderedFlows<F extends { id: string; standard: string }>(
	standards: readonly StandardFlowGroups[],
	flows: readonly F[],
): F[] {
	return flowGroups(standards, flows).flatMap((group) => group.flows);
}
