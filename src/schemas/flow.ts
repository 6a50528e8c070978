import { z } from './zod';
import { clauseAnchorSchema, stableIdSchema } from './ids';
import { standardIdSchema } from './standard';

/**
 * A flow of one of the five standards, as data: sections of steps, steps of tickable items.
 * One YAML file per flow in content/flows/<flow id>.yaml.
 *
 * Saved progress is keyed by ids (`stepId` or `stepId/itemId`), never by text or position,
 * so ids are stable kebab-case English that describe the step; labels may be reworded freely.
 */

/** Source text, verbatim; the fidelity test checks each one is a substring of its clause. */
const verbatimSchema = z.string().trim().min(1);

/**
 * Who does the step, in the source's own words (秘書, 公務員, 綜合科, 承辦秘書 …).
 * 第四篇 names roles in a trailing parenthesis — (一)確定會議名稱(秘書), 1、打掃會場衛生,擺放桌椅(公務員):
 * there the parenthesis is a role marker, so it becomes `roles` and is NOT part of the label
 * (label 確定會議名稱, roles [秘書]). An array, because some steps name two: (六)布置會場(秘書、公務員).
 * Parentheses that are content — 會議籌備(分工作組、黨代表組等), 會議性質(現場會、啟動會…) — stay in the label.
 * 第三篇's duties (clause 三: 綜合科, 信息督查科, 秘書科, 機關事務處) are attached to the steps they clearly cover,
 * marked `roleSource: { derived: s3 }` (see below).
 */
const rolesSchema = z.array(verbatimSchema).min(1);

/**
 * Whom the role liaises with, when the marker says so: 6、會議條幅(秘書聯系工會) → roles [秘書], liaison 工會.
 * Kept apart from `roles` so that filtering by role still finds 秘書.
 */
const liaisonSchema = verbatimSchema;

/** Ids of timed rules (content/rules) that govern this step or item, e.g. `av-test`. */
const rulesSchema = z.array(stableIdSchema).min(1);

const uniqueIds = (kind: string) => (list: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx) => {
	const seen = new Set<string>();
	list.forEach((entry, index) => {
		if (seen.has(entry.id)) {
			ctx.addIssue({ code: 'custom', message: `duplicate ${kind} id "${entry.id}"`, path: [index, 'id'] });
		}
		seen.add(entry.id);
	});
};

/**
 * Where the roles of an entry come from. Absent or `stated`: the source names them at this point
 * (第四篇's (秘書), 第五篇's 承辦秘書). `{ derived: anchor }`: they are inferred from another clause
 * of the same standard (第三篇's offices, from clause 三 → `{ derived: s3 }`); the checklist shows
 * such roles differently and names the clause (依第三篇三).
 */
const roleSourceSchema = z.union([z.literal('stated'), z.strictObject({ derived: clauseAnchorSchema })]);
export type RoleSource = z.infer<typeof roleSourceSchema>;

/**
 * A tickable sub-point of a step: a numbered sub-point (1、 under (一)), a sentence or condition of
 * its clause, or one element of an enumeration broken out for ticking (會議籌備(分工作組、黨代表組等)
 * → 分工作組, 黨代表組; a trailing 等 is dropped). Items nest as the source's clauses do
 * (四(三) → 1、 → (1)): an item with `items` is not ticked itself, its state is derived from them.
 * Item ids are unique across the whole step (every level), so a leaf's progress key is always
 * `stepId/itemId`, however deep it sits: adding a level keeps its key.
 * `anchor` is set when the item is a clause of its own (第二篇 四(三)3(4) → s4-3-3-4); otherwise its
 * parent's anchor applies. `rules` sits on the item when the timed rule governs just that sub-point.
 */
export interface FlowItem {
	id: string;
	label: string;
	anchor?: string | undefined;
	roles?: string[] | undefined;
	roleSource?: RoleSource | undefined;
	liaison?: string | undefined;
	rules?: string[] | undefined;
	items?: FlowItem[] | undefined;
}

export const flowItemSchema: z.ZodType<FlowItem> = z.strictObject({
	id: stableIdSchema,
	label: verbatimSchema,
	anchor: z.optional(clauseAnchorSchema),
	roles: rolesSchema.optional(),
	roleSource: roleSourceSchema.optional(),
	liaison: liaisonSchema.optional(),
	rules: rulesSchema.optional(),
	get items() {
		return z.array(flowItemSchema).min(1).optional();
	},
});

/** Every item of a tree, depth first in reading order. */
const allItems = (items: readonly FlowItem[]): FlowItem[] => items.flatMap((item) => [item, ...allItems(item.items ?? [])]);

/**
 * A step of a flow. Without items it is ticked itself; with items its state is derived from
 * them (all ticked → ticked, some → partial). 第三篇 steps carry the flow's anchor `flow-<id>`.
 */
export const flowStepSchema = z.strictObject({
	id: stableIdSchema,
	label: verbatimSchema,
	anchor: clauseAnchorSchema,
	roles: rolesSchema.optional(),
	liaison: liaisonSchema.optional(),
	roleSource: roleSourceSchema.optional(),
	rules: rulesSchema.optional(),
	items: z
		.array(flowItemSchema)
		.min(1)
		.superRefine((items, ctx) => uniqueIds('item')(allItems(items), ctx))
		.optional(),
});
export type FlowStep = z.infer<typeof flowStepSchema>;

/** A stage of the flow (第二篇 一…八, 第四篇 會前/會中/會後); 第三篇 flows have one untitled section. */
export const flowSectionSchema = z.strictObject({
	id: stableIdSchema,
	title: verbatimSchema.optional(),
	anchor: z.optional(clauseAnchorSchema),
	steps: z.array(flowStepSchema).min(1),
});
export type FlowSection = z.infer<typeof flowSectionSchema>;

/**
 * Section ids are unique among sections; step ids are unique across the whole flow (they are
 * progress keys); item ids are unique within their step (keys are `stepId/itemId`).
 */
export const flowSchema = z
	.strictObject({
		id: stableIdSchema,
		standard: standardIdSchema,
		/** Where the flow begins on its standard's page: `flow-<id>` in 第三篇, else the first clause it covers. */
		anchor: clauseAnchorSchema,
		/** Verbatim title, e.g. 黨代會流程. */
		title: verbatimSchema,
		summary: z.string().trim().min(1).optional(),
		sections: z.array(flowSectionSchema).min(1).superRefine(uniqueIds('section')),
	})
	.superRefine((flow, ctx) => {
		const seen = new Set<string>();
		flow.sections.forEach((section, sectionIndex) => {
			section.steps.forEach((step, stepIndex) => {
				if (seen.has(step.id)) {
					ctx.addIssue({
						code: 'custom',
						message: `duplicate step id "${step.id}"`,
						path: ['sections', sectionIndex, 'steps', stepIndex, 'id'],
					});
				}
				seen.add(step.id);
			});
		});
	});
export type Flow = z.infer<typeof flowSchema>;
