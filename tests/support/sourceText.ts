import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type StandardId, standardIds } from '../../src/schemas/standard';

/**
 * The project's own copy of the five source texts (content/source/standards.txt), read and
 * split in this one place for every test that holds something against it: whole documents
 * (the pages' fidelity, quotes), clauses by anchor (flows, rules, quiz, the pages' anchors)
 * and 第三篇's flow charts. Unit and e2e tests share it.
 */

const sourcePath = fileURLToPath(new URL('../../content/source/standards.txt', import.meta.url));

/** 1-based numbers of the file's lines whose line break is a wrapping artifact inside a sentence. */
const wrappedLines = [2, 13];

let fileText: string | undefined;
let fileLines: string[] | undefined;

/** The file as it is, read once. */
export function sourceText(): string {
	fileText ??= readFileSync(sourcePath, 'utf8');
	return fileText;
}

/** The file's lines, wrapping artifacts joined, blank lines dropped. */
function sourceLines(): string[] {
	if (!fileLines) {
		const raw = sourceText().split(/\r?\n/);
		const joined: string[] = [];
		for (let i = 0; i < raw.length; i++) {
			let line = raw[i]!;
			while (wrappedLines.includes(i + 1)) line += raw[++i]!;
			joined.push(line);
		}
		fileLines = joined.filter((line) => line.length > 0);
	}
	return fileLines;
}

/** The file's lines, or those of `text` (a test's own source; no wrapping to join). */
function linesOf(text?: string): string[] {
	return text === undefined ? sourceLines() : text.split(/\r?\n/).filter((line) => line.length > 0);
}

const standardHeading = /^第([一二三四五])篇:/;

/** The five documents in `standardIds` order, each its lines from its 第N篇: heading on. */
export function sourceDocuments(text?: string): string[][] {
	const docs: string[][] = [];
	for (const line of linesOf(text)) {
		if (standardHeading.test(line)) docs.push([]);
		docs.at(-1)?.push(line);
	}
	return docs;
}

/** One standard's whole text, heading included, line by line. */
export function standardText(standard: StandardId): string {
	return sourceDocuments()[standardIds.indexOf(standard)]!.join('\n');
}

/** 第三篇's flows in source order (three ★ charts), each with the title its text starts with. */
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

export interface SourceClause {
	anchor: string;
	/**
	 * A clause's heading line without its numbering marker, e.g. 確定會議名稱(秘書);
	 * a 第三篇 flow's title, e.g. 黨代會流程.
	 */
	heading: string;
	/** Heading, body and all sub-clauses, line by line (a flow: `title:chart`). */
	text: string;
}

// Numbering levels, outermost first.
const markers = [
	/^([一二三四五六七八九十]+)、/, // 一、
	/^\(([一二三四五六七八九十]+)\)/, // (一)
	/^(\d+)[、.]/, // 1、 or 1.
	/^\((\d+)\)/, // (1)
];
// Inside a ★ chart several numbered flows share one line: "…會后督查 2.區委全體…".
const flowMarker = /(?:^| )(\d+)\.\s?/g;

/** 一 … 九, 十, 十一 … 十九 (the source goes no further), or Arabic digits. */
function numeralValue(numeral: string): number {
	if (/^\d+$/.test(numeral)) return Number(numeral);
	const han = /^(十)?([一二三四五六七八九])?$/.exec(numeral);
	if (!numeral || !han) throw new Error(`Unknown numeral ${numeral}`);
	return (han[1] ? 10 : 0) + (han[2] ? '一二三四五六七八九'.indexOf(han[2]) + 1 : 0);
}

interface OpenClause {
	level: number;
	anchor: string;
	children: number;
}

let fileClauses: Record<StandardId, Map<string, SourceClause>> | undefined;

/**
 * Every clause of every standard by its anchor, per the project's scheme: `一、` → `s1`;
 * `(一)` appends `-1`; a `1、`/`1.` item appends the next number; `(1)` appends the next.
 * A skipped level just appends in order (第二篇 六 1、 → `s6-1`). 第三篇's flow charts
 * (after a `★` heading) are `flow-<flow id>` instead. A clause's text includes its
 * sub-clauses. Throws where the numbering skips or the charts hold an unknown flow, so a
 * damaged source fails loudly. `text` replaces the file (a test of the parser itself).
 */
export function readClauses(text?: string): Record<StandardId, Map<string, SourceClause>> {
	if (text === undefined && fileClauses) return fileClauses;
	const result = Object.fromEntries(standardIds.map((id) => [id, new Map<string, SourceClause>()])) as Record<
		StandardId,
		Map<string, SourceClause>
	>;
	let clauses: Map<string, SourceClause> | undefined;
	let stack: OpenClause[] = [];
	let root: OpenClause = { level: -1, anchor: '', children: 0 };
	let inFlowChart = false;
	let nextFlow = 0;
	let currentFlow: string | undefined;

	const open = (anchor: string, heading: string) => clauses!.set(anchor, { anchor, heading, text: '' });
	const append = (anchor: string, line: string) => {
		const clause = clauses!.get(anchor)!;
		clause.text = clause.text === '' ? line : `${clause.text}\n${line}`;
	};

	for (const line of linesOf(text)) {
		const heading = standardHeading.exec(line);
		if (heading) {
			clauses = result[standardIds[numeralValue(heading[1]!) - 1]!];
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
				if (!flowId || !segment.startsWith(`${title}:`)) {
					throw new Error(`Unexpected flow "${segment.slice(0, 20)}" (expected ${title ?? 'none'})`);
				}
				currentFlow = `flow-${flowId}`;
				open(currentFlow, title!);
				append(currentFlow, segment);
			});
			continue;
		}
		const level = markers.findIndex((marker) => marker.test(line));
		if (level >= 0) {
			while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
			const parent = stack.at(-1) ?? root;
			const number = ++parent.children;
			const marker = markers[level]!.exec(line)!;
			const written = numeralValue(marker[1]!);
			if (written !== number) {
				throw new Error(`Clause numbered ${written} where ${number} was expected: ${line.slice(0, 20)}`);
			}
			const anchor = level === 0 ? `s${number}` : `${parent.anchor}-${number}`;
			if (level === 0 && parent !== root) throw new Error('A 一、 clause cannot be nested');
			stack.push({ level, anchor, children: 0 });
			open(anchor, line.slice(marker[0].length));
		}
		// Text belongs to the clause and every clause around it.
		for (const clause of stack) append(clause.anchor, line);
	}
	if (text === undefined) fileClauses = result;
	return result;
}

/** One standard's clauses (and 第三篇's flows) by anchor, from the file. */
export function sourceClauses(standard: StandardId): Map<string, SourceClause> {
	return readClauses()[standard];
}

/** The set of clause anchors of each standard, per the anchor scheme. */
export function clauseAnchors(text?: string): Record<StandardId, Set<string>> {
	const clauses = readClauses(text);
	return Object.fromEntries(standardIds.map((id) => [id, new Set(clauses[id].keys())])) as Record<StandardId, Set<string>>;
}

/**
 * 第三篇's flow charts and 紀要分送 lists by flow id: the text after the title's colon,
 * e.g. `擬定會議籌備方案——會議預備通知——…`.
 */
export function districtFlowChart(flowId: string): string {
	const flow = sourceClauses('district-committee').get(`flow-${flowId}`);
	if (!flow) throw new Error(`第三篇 has no flow ${flowId}`);
	return flow.text.slice(`${flow.heading}:`.length).trim();
}
