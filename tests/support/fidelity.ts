import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standardIds } from '../../src/schemas/standard';

/**
 * The project's own copy of the source, and how the fidelity test reads it.
 * Shared by the unit test of the matcher and the e2e test of the built pages.
 */
export const sourcePath = join(process.cwd(), 'content/source/standards.txt');

/** 1-based numbers of lines whose line break is a wrapping artifact inside a sentence. */
export const wrappedLines = [2, 13];

/** The five standards in the source's order; their ids are also the page slugs. */
export const standardSlugs = standardIds;

/** Lines of the source, wrapping artifacts joined, split into the five documents. */
export function sourceDocuments(text = readFileSync(sourcePath, 'utf8')): string[][] {
	const raw = text.replace(/\r\n/g, '\n').split('\n');
	const joined: string[] = [];
	for (let i = 0; i < raw.length; i++) {
		let line = raw[i]!;
		while (wrappedLines.includes(i + 1)) line += raw[++i]!;
		joined.push(line);
	}
	const docs: string[][] = [];
	for (const line of joined) {
		if (/^第[一二三四五]篇:/.test(line)) docs.push([]);
		docs.at(-1)!.push(line);
	}
	return docs;
}

/**
 * What the comparison ignores: whitespace and the —— separators that became
 * list structure. A colon after a 第三篇 flow title (`1. 黨代會流程:`) became a
 * heading boundary, so it is dropped from the source side only.
 */
export function normalize(text: string): string {
	return text.replace(/\s+/g, '').replace(/——/g, '');
}

function dropFlowTitleColons(line: string): string {
	return line.replace(/(^|\s)(\d+\.\s?[^:,。;]+?):/g, '$1$2');
}

/** The sentences of one document, in order, normalised. */
export function sourceSentences(lines: string[]): string[] {
	const sentences: string[] = [];
	for (const line of lines) {
		const text = /^\d+\./.test(line) ? dropFlowTitleColons(line) : line;
		for (const part of text.split(/——/)) {
			for (const sentence of part.match(/[^。;!?]+[。;!?]?/g) ?? []) {
				const n = normalize(sentence);
				if (n) sentences.push(n);
			}
		}
	}
	return sentences;
}

/** The first sentence not found in the page text after the previous one, or null. */
export function firstMissingSentence(sentences: string[], pageText: string): string | null {
	const text = normalize(pageText);
	let from = 0;
	for (const sentence of sentences) {
		const at = text.indexOf(sentence, from);
		if (at < 0) return sentence;
		from = at + sentence.length;
	}
	return null;
}
