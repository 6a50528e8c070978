import { readFileSync } from 'node:fs';
import { type StandardId, standardIds } from '../../../src/schemas/standard';

/**
 * Derives the clause anchors of the five standards from the source text, following the
 * project's anchor scheme: `一、` → `s1`; `(一)` appends `-1`; a `1、`/`1.` item appends the
 * next number; `(1)` appends the next. A skipped level just appends in order (第二篇 六 1、
 * → `s6-1`). 第三篇's flow charts (after a `★` heading) get `flow-<flow id>` instead.
 *
 * Reusable by any test that needs to know whether an anchor names a real clause, and what
 * that clause says (the text of a clause includes the text of its sub-clauses).
 */

/** Standard ids in the order of the source's 篇. */
export const sourceStandardIds = standardIds;

export type SourceStandardId = StandardId;

/** 第三篇's numbered flows in source order, with the title each must start with. */
export const districtCommitteeFlows = [
	['party-congress', '黨代會流程'],
	['plenary', '區委全體(擴大)會議流程'],
	['secretaries', '區委書記會流程'],
	['standing-committee', '區委常委會議流程'],
	['joint-party-government', '黨政聯席會流程'],
	['on-site', '現場會流程'],
	['receive-superiors', '接待上級領導流程'],
	['district-assembly', '承辦全區性大會流程'],
	['daily-secretary-convened', '分管書記召集的會議'],
	['daily-preparatory', '重要會議(重大活動)預備會'],
	['minutes-distribution-secretaries', '書記會議紀要分送'],
	['minutes-distribution-standing', '常委會議紀要分送'],
	['minutes-distribution-joint', '黨政聯席會議紀要分送'],
] as const;

export const standardsSourcePath = new URL('../../../content/source/standards.txt', import.meta.url);

const chineseNumerals = '一二三四五六七八九十';
const markers = [
	/^([一二三四五六七八九十]+)、/, // level 0: 一、
	/^\(([一二三四五六七八九十]+)\)/, // level 1: (一)
	/^(\d+)[、.]/, // level 2: 1、 or 1.
	/^\((\d+)\)/, // level 3: (1)
];
const standardHeading = /^第([一二三四五])篇:/;
// Inside a ★ chart several numbered flows share one line: "…會后督查 2.區委全體…".
const flowMarker = /(?:^| )(\d+)\.\s?/g;

function numeralValue(numeral: string): number {
	if (/^\d+$/.test(numeral)) return Number(numeral);
	// The source never goes past 十 at any level.
	const value = chineseNumerals.indexOf(numeral) + 1;
	if (value === 0) throw new Error(`Unknown numeral ${numeral}`);
	return value;
}

interface OpenClause {
	level: number;
	anchor: string;
	children: number;
}

/** Every clause of every standard: anchor → the clause's text (with its sub-clauses). */
export function readClauses(
	source: string = readFileSync(standardsSourcePath, 'utf8'),
): Record<SourceStandardId, Map<string, string>> {
	const result = Object.fromEntries(sourceStandardIds.map((id) => [id, new Map<string, string>()])) as Record<
		SourceStandardId,
		Map<string, string>
	>;
	let clauses: Map<string, string> | undefined;
	let stack: OpenClause[] = [];
	let root: OpenClause = { level: -1, anchor: '', children: 0 };
	let inFlowChart = false;
	let nextFlow = 0;
	let currentFlow: string | undefined;

	const append = (anchor: string, text: string) => {
		const before = clauses!.get(anchor);
		clauses!.set(anchor, before === undefined ? text : `${before}\n${text}`);
	};

	for (const line of source.split(/\r?\n/)) {
		const heading = standardHeading.exec(line);
		if (heading) {
			clauses = result[sourceStandardIds[numeralValue(heading[1]!) - 1]!];
			root = { level: -1, anchor: '', children: 0 };
			stack = [];
			inFlowChart = false;
			continue;
		}
		if (!clauses) continue;
		if (line.startsWith('★')) {
			// A chart heading closes the numbered clauses; what follows are named flows.
			inFlowChart = true;
			stack = [];
			currentFlow = undefined;
			continue;
		}
		if (inFlowChart) {
			const starts = [...line.matchAll(flowMarker)];
			if (starts.length === 0 && currentFlow) append(currentFlow, line);
			starts.forEach((match, i) => {
				const segment = line.slice(match.index + match[0].length, starts[i + 1]?.index ?? line.length);
				const [flowId, title] = districtCommitteeFlows[nextFlow++] ?? [];
				if (!flowId || !segment.startsWith(title!)) {
					throw new Error(`Unexpected flow "${segment.slice(0, 20)}" (expected ${title ?? 'none'})`);
				}
				currentFlow = `flow-${flowId}`;
				append(currentFlow, segment);
			});
			continue;
		}
		const level = markers.findIndex((marker) => marker.test(line));
		if (level >= 0) {
			while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
			const parent = stack.at(-1) ?? root;
			const number = ++parent.children;
			const written = numeralValue(markers[level]!.exec(line)![1]!);
			if (written !== number) {
				throw new Error(`Clause numbered ${written} where ${number} was expected: ${line.slice(0, 20)}`);
			}
			const anchor = level === 0 ? `s${number}` : `${parent.anchor}-${number}`;
			if (level === 0 && parent !== root) throw new Error('A 一、 clause cannot be nested');
			stack.push({ level, anchor, children: 0 });
		}
		for (const open of stack) append(open.anchor, line);
	}
	return result;
}

/** The set of clause anchors of each standard, per the anchor scheme. */
export function clauseAnchors(source?: string): Record<SourceStandardId, Set<string>> {
	const clauses = readClauses(source);
	return Object.fromEntries(
		sourceStandardIds.map((id) => [id, new Set(clauses[id].keys())]),
	) as Record<SourceStandardId, Set<string>>;
}
