import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type StandardId, standardIds } from '../../../src/schemas/standard';

/**
 * The source text of the five standards (content/source/standards.txt), for fidelity tests:
 * whole, per standard, per clause anchor, and 第三篇's flow charts by title.
 */

export const sourcePath = fileURLToPath(new URL('../../../content/source/standards.txt', import.meta.url));

export { standardIds };
export type SourceStandardId = StandardId;

let cachedText: string | undefined;

export function sourceText(): string {
	cachedText ??= readFileSync(sourcePath, 'utf8');
	return cachedText;
}

export function sourceLines(): string[] {
	return sourceText().split('\n');
}

const hanNumerals = '一二三四五六七八九';

function hanToNumber(han: string): number {
	if (han === '十') return 10;
	if (han.startsWith('十')) return 10 + hanNumerals.indexOf(han[1]!) + 1;
	return hanNumerals.indexOf(han) + 1;
}

/** Lines of one standard, from its 第N篇: header up to the next header. */
export function standardLines(standard: SourceStandardId): string[] {
	const lines = sourceLines();
	const headers = lines.flatMap((line, index) => (/^第[一二三四五]篇:/.test(line) ? [index] : []));
	const n = standardIds.indexOf(standard);
	return lines.slice(headers[n], headers[n + 1] ?? lines.length).filter((line) => line.length > 0);
}

export function standardText(standard: SourceStandardId): string {
	return standardLines(standard).join('\n');
}

export interface SourceClause {
	anchor: string;
	/** The clause's heading line without its numbering marker, e.g. 確定會議名稱(秘書). */
	heading: string;
	/** Heading, body and all sub-clauses, line by line. */
	text: string;
}

// Numbering levels, outermost first: 一、 / (一) / 1、 or 1. / (1).
const markers: ReadonlyArray<{ level: number; pattern: RegExp; value: (m: RegExpMatchArray) => number }> = [
	{ level: 1, pattern: /^([一二三四五六七八九十]+)、/, value: (m) => hanToNumber(m[1]!) },
	{ level: 2, pattern: /^\(([一二三四五六七八九十]+)\)/, value: (m) => hanToNumber(m[1]!) },
	{ level: 3, pattern: /^(\d+)[、.]/, value: (m) => Number(m[1]) },
	{ level: 4, pattern: /^\((\d+)\)/, value: (m) => Number(m[1]) },
];

/**
 * Clause anchors of a standard's page, by the project's scheme: 一、 → s1, (一) under it → s1-1,
 * 1、/1. → next segment, (1) → next; a skipped level just appends in order (第二篇 六 1、 → s6-1).
 * 第三篇's flow charts (from the first ★) are not clauses; see `districtFlowTexts`.
 */
export function sourceClauses(standard: SourceStandardId): Map<string, SourceClause> {
	const clauses = new Map<string, { anchor: string; heading: string; lines: string[] }>();
	const stack: Array<{ level: number; n: number }> = [];
	for (const line of standardLines(standard).slice(1)) {
		if (line.startsWith('★')) break;
		const marker = markers.map((m) => ({ m, match: line.match(m.pattern) })).find((x) => x.match);
		if (marker?.match) {
			while (stack.length > 0 && stack[stack.length - 1]!.level >= marker.m.level) stack.pop();
			stack.push({ level: marker.m.level, n: marker.m.value(marker.match) });
			const anchor = `s${stack.map((s) => s.n).join('-')}`;
			clauses.set(anchor, { anchor, heading: line.slice(marker.match[0].length), lines: [] });
		}
		// Text belongs to the clause and every clause around it.
		stack.forEach((_, depth) => {
			clauses.get(`s${stack.slice(0, depth + 1).map((s) => s.n).join('-')}`)?.lines.push(line);
		});
	}
	return new Map(
		[...clauses].map(([anchor, c]) => [anchor, { anchor, heading: c.heading, text: c.lines.join('\n') }]),
	);
}

/**
 * 第三篇's flow charts and 紀要分送 lists, title → the text after the title's colon
 * (two flows share a line: `…——會后督查 2.區委全體(擴大)會議流程:…`).
 */
export function districtFlowTexts(): Map<string, string> {
	const lines = standardLines('district-committee');
	const charts = lines.slice(lines.findIndex((line) => line.startsWith('★'))).filter((line) => !line.startsWith('★'));
	const flows = new Map<string, string>();
	for (const line of charts) {
		const heads = [...line.matchAll(/(?:^|\s)\d+\.\s*([^:]+):/g)];
		heads.forEach((head, index) => {
			const start = head.index! + head[0].length;
			const end = heads[index + 1]?.index ?? line.length;
			flows.set(head[1]!, line.slice(start, end).trim());
		});
	}
	return flows;
}
