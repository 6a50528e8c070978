import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type StandardId, standardIds } from '../../src/schemas/standard';
import { sourceDocuments } from './sourceText';

/** A query a reader might type and the standard whose text must come first. */
export interface SearchExpectation {
	query: string;
	standard: StandardId;
	/** Where the query comes from, for a readable failure. */
	from: string;
}

const flowsDir = fileURLToPath(new URL('../../content/flows/', import.meta.url));

interface FlowFile {
	id: string;
	standard: StandardId;
	sections: { steps: { label: string }[] }[];
}

/** Every step label of every flow (content/flows), with the flow's standard. */
export function flowStepQueries(): SearchExpectation[] {
	return readdirSync(flowsDir)
		.filter((name) => name.endsWith('.yaml'))
		.flatMap((name) => {
			const flow = parse(readFileSync(flowsDir + name, 'utf8')) as FlowFile;
			return flow.sections.flatMap((section) =>
				section.steps.map((step) => ({ query: step.label, standard: flow.standard, from: `flow ${flow.id}` })),
			);
		});
}

/** The shortest a phrase may be to count as a sentence's distinctive words. */
const MIN_PHRASE = 6;

/**
 * Every source sentence's distinctive words: its first phrase (the text between two marks
 * of punctuation, as a reader would copy or type it) of at least six characters that no
 * other standard contains. Sentences made only of phrases the standards share (a heading
 * like 會議通知) are left to the flow-step and heading queries.
 */
export function sourceSentenceQueries(): SearchExpectation[] {
	const documents = sourceDocuments().map((lines) => lines.join('\n'));
	const queries: SearchExpectation[] = [];
	documents.forEach((text, index) => {
		const standard = standardIds[index]!;
		const others = documents.filter((_, i) => i !== index);
		for (const sentence of text.split(/[。;;!?!?\n]/)) {
			const phrase = sentence
				.split(/[^\u4e00-\u9fff\d]+/)
				.map((part) => part.replace(/^[\d一二三四五六七八九十]+(?=[\u4e00-\u9fff])/, ''))
				.find((part) => part.length >= MIN_PHRASE && !others.some((other) => other.includes(part)));
			if (phrase) queries.push({ query: phrase, standard, from: sentence.slice(0, 30) });
		}
	});
	return queries;
}
