import { standardIds, type StandardId } from '../schemas/ids';
import type { QuizSetId } from '../schemas/quizHistory';

/**
 * Learning paths by office and by role: which standards to read and test, in which
 * order, and how long that takes. Codes and numbers only; names live in the messages.
 */

/** 第一篇 is a 2011 experience speech: background, read last on every path. */
export const BACKGROUND_STANDARD: StandardId = 'county-meetings';

/** Each office starts from the standard it follows, then the general ones, 第一篇 last. */
export const OFFICE_PATHS = [
	{
		id: 'government-office',
		standards: ['office-standard', 'standard-process-2017', 'school-procedure', 'district-committee', 'county-meetings'],
	},
	{
		id: 'party-committee-office',
		standards: ['district-committee', 'office-standard', 'standard-process-2017', 'school-procedure', 'county-meetings'],
	},
	{
		id: 'school-office',
		standards: ['school-procedure', 'standard-process-2017', 'office-standard', 'district-committee', 'county-meetings'],
	},
] as const satisfies ReadonlyArray<{ id: string; standards: readonly StandardId[] }>;

/** The roles the flows name (第四篇 marks every step with one), by path id. */
export const ROLE_PATHS = [
	{ id: 'role-secretary', role: '秘書' },
	{ id: 'role-clerk', role: '文書' },
	{ id: 'role-attendant', role: '公務員' },
	{ id: 'role-deputy-director', role: '副主任' },
	{ id: 'role-typist', role: '打字員' },
] as const;

export type PathId = (typeof OFFICE_PATHS)[number]['id'] | (typeof ROLE_PATHS)[number]['id'];
export const DEFAULT_PATH: PathId = 'government-office';

export function isPathId(value: unknown): value is PathId {
	return [...OFFICE_PATHS, ...ROLE_PATHS].some((path) => path.id === value);
}

/** What a role path reads of a flow item (content/flows); items nest as the source's clauses do. */
export interface RoleFlowItem {
	id: string;
	label: string;
	anchor?: string | undefined;
	roles?: readonly string[] | undefined;
	items?: readonly RoleFlowItem[] | undefined;
}

/** What a role path reads of a flow (content/flows). */
export interface RoleFlow {
	id: string;
	standard: StandardId;
	sections: ReadonlyArray<{ steps: readonly RoleFlowItem[] }>;
}

export interface RoleDuty {
	flow: string;
	standard: StandardId;
	/** `stepId` or `stepId/itemId`, as in checklist progress. */
	key: string;
	label: string;
	anchor?: string | undefined;
}

/** A role marker names the role, or a kind of it: 承辦秘書 is a 秘書; 秘書科 (a section) is not. */
const isRole = (marker: string, role: string) => marker === role || (marker.endsWith(role) && marker !== `${role}科`);

/** Every step or item (at any depth) the flows give to `role`, in the flows' order. */
export function roleDuties(flows: readonly RoleFlow[], role: string): RoleDuty[] {
	const walk = (flow: RoleFlow, entry: RoleFlowItem, parentKey: string | undefined, parentAnchor: string | undefined): RoleDuty[] => {
		const key = parentKey === undefined ? entry.id : `${parentKey}/${entry.id}`;
		const anchor = entry.anchor ?? parentAnchor;
		const own = entry.roles?.some((marker) => isRole(marker, role))
			? [{ flow: flow.id, standard: flow.standard, key, label: entry.label, anchor }]
			: [];
		return [...own, ...(entry.items ?? []).flatMap((item) => walk(flow, item, key, anchor))];
	};
	return flows.flatMap((flow) =>
		flow.sections.flatMap((section) => section.steps.flatMap((step) => walk(flow, step, undefined, undefined))),
	);
}

/**
 * A role's standards: those whose flows give the role the most duties first, then the other
 * working standards in the source's order, 第一篇 last (background).
 */
export function roleStandards(duties: readonly RoleDuty[]): StandardId[] {
	const count = (standard: StandardId) => duties.filter((duty) => duty.standard === standard).length;
	const working = standardIds.filter((standard) => standard !== BACKGROUND_STANDARD);
	const withDuties = working.filter((standard) => count(standard) > 0).sort((a, b) => count(b) - count(a));
	return [...withDuties, ...working.filter((standard) => count(standard) === 0), BACKGROUND_STANDARD];
}

/** Characters of Chinese prose a newcomer reads carefully in a minute. */
export const READING_CHARS_PER_MINUTE = 300;
/** Minutes for one standard's quiz (10 questions) and for the mixed self-check (15). */
export const QUIZ_MINUTES = 10;
export const MIXED_QUIZ_MINUTES = 15;

export function readingMinutes(characters: number): number {
	return Math.max(1, Math.ceil(characters / READING_CHARS_PER_MINUTE));
}

/** Minutes for a whole path: reading and the quiz of each standard, then the mixed self-check. */
export function pathMinutes(standards: readonly StandardId[], reading: Readonly<Record<StandardId, number>>): number {
	return standards.reduce((sum, standard) => sum + reading[standard] + QUIZ_MINUTES, 0) + MIXED_QUIZ_MINUTES;
}

/**
 * Reading minutes of each standard from the source text (the project's copy of the five
 * documents, each starting 「第N篇:」), given each standard's place in it.
 */
export function readingMinutesOf(sourceText: string, standards: readonly { id: StandardId; order: number }[]): Record<StandardId, number> {
	const documents = sourceText.split(/^(?=第[一二三四五]篇:)/m).filter((doc) => doc.startsWith('第'));
	return Object.fromEntries(
		standards.map((standard) => [standard.id, readingMinutes((documents[standard.order - 1] ?? '').replace(/\s/g, '').length)]),
	) as Record<StandardId, number>;
}

/** One learning path: by office or by role, its standards in order, its minutes, a role's duties. */
export interface TrainingPathOption {
	id: PathId;
	kind: 'office' | 'role';
	standards: StandardId[];
	minutes: number;
	duties: RoleDuty[];
}

/** Every path, offices first: a role's standards are those its duties come from, in their order. */
export function trainingPathOptions(flows: readonly RoleFlow[], reading: Readonly<Record<StandardId, number>>): TrainingPathOption[] {
	return [
		...OFFICE_PATHS.map((path) => ({
			id: path.id,
			kind: 'office' as const,
			standards: [...path.standards],
			minutes: pathMinutes(path.standards, reading),
			duties: [],
		})),
		...ROLE_PATHS.map((path) => {
			const duties = roleDuties(flows, path.role);
			const order = roleStandards(duties);
			return { id: path.id, kind: 'role' as const, standards: order, minutes: pathMinutes(order, reading), duties };
		}),
	];
}

/** The mixed self-check opens once every quiz of the path is passed. */
export function mixedUnlocked(standards: readonly StandardId[], passed: (set: QuizSetId) => boolean): boolean {
	return standards.every((standard) => passed(standard));
}
