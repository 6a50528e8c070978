// Parses a pasted name list (one person per line, in rank order) for the seat
// preview. Text comes back verbatim: the UI renders it as text, never as HTML.

import { SEAT_LIMITS } from './seating';

export interface ListedPerson {
	name: string;
	title?: string | undefined;
}

export type NameListIssue =
	/** The same name twice; both people are kept, lines count from 1 in the pasted text. */
	| { code: 'duplicate-name'; params: { name: string; first: number; second: number } }
	/** A spreadsheet row whose name cell is empty; the row is skipped. */
	| { code: 'missing-name'; params: { line: number } }
	/** More people than seats can be planned; only the first `max` are kept. */
	| { code: 'too-many'; params: { count: number; max: number } };

export interface NameList {
	people: ListedPerson[];
	issues: NameListIssue[];
}

const LINE_BREAK = /\r\n|\r|\n/;
// \s covers the full-width space U+3000 as well as ASCII spaces.
const SPACE_RUN = /\s+/;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/** `姓名`, `姓名 職務` (spaces, incl. U+3000) or tab-separated spreadsheet columns. */
export function parseNameList(text: string): NameList {
	const people: ListedPerson[] = [];
	const issues: NameListIssue[] = [];
	const firstLine = new Map<string, number>();
	let lineNumber = 0;
	for (const line of text.split(LINE_BREAK)) {
		lineNumber++;
		const person = line.includes('\t') ? parseColumns(line) : parseSpaced(line);
		if (person === 'blank') continue;
		if (person === 'missing-name') {
			issues.push({ code: 'missing-name', params: { line: lineNumber } });
			continue;
		}
		const key = person.name.replace(/\s+/g, '');
		const first = firstLine.get(key);
		if (first === undefined) firstLine.set(key, lineNumber);
		else issues.push({ code: 'duplicate-name', params: { name: person.name, first, second: lineNumber } });
		people.push(person);
	}
	if (people.length > SEAT_LIMITS.max) {
		issues.push({ code: 'too-many', params: { count: people.length, max: SEAT_LIMITS.max } });
		people.length = SEAT_LIMITS.max;
	}
	return { people, issues };
}

function person(name: string, title: string): ListedPerson {
	return title === '' ? { name } : { name, title };
}

// Spreadsheet paste: split before trimming, so an empty first cell is not
// mistaken for the name; columns after the second are ignored.
function parseColumns(line: string): ListedPerson | 'blank' | 'missing-name' {
	const [name = '', title = ''] = line.split('\t').map((cell) => cell.trim());
	if (name === '') return title === '' && line.trim() === '' ? 'blank' : 'missing-name';
	return person(name, title);
}

function parseSpaced(line: string): ListedPerson | 'blank' {
	const trimmed = line.trim();
	if (trimmed === '') return 'blank';
	const tokens = trimmed.split(SPACE_RUN);
	// Name lists often pad two-character names to three (王　明): a lone Han
	// character followed by another is one name, kept as typed.
	const nameTokens = tokens.length > 1 && SINGLE_HAN.test(tokens[0]!) && SINGLE_HAN.test(tokens[1]!) ? 2 : 1;
	let rest = trimmed;
	for (let i = 0; i < nameTokens; i++) rest = rest.slice(tokens[i]!.length).trimStart();
	const name = trimmed.slice(0, trimmed.length - rest.length).trimEnd();
	return person(name, rest);
}

/**
 * The list as text again (a saved plan back in the name field), such that
 * `parseNameList` reads back the same people. `姓名 職務` where that reads back
 * as typed; otherwise (王　明, John Smith, a one-character title after a
 * one-character name) the spreadsheet form, name and title separated by a tab.
 */
export function formatNameList(people: readonly ListedPerson[]): string {
	return people.map(formatPerson).join('\n');
}

function formatPerson(listed: ListedPerson): string {
	const spaced = listed.title === undefined ? listed.name : `${listed.name} ${listed.title}`;
	const back = parseSpaced(spaced);
	const same = back !== 'blank' && back.name === listed.name && back.title === listed.title;
	return same ? spaced : `${listed.name}\t${listed.title ?? ''}`;
}
