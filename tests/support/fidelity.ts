/**
 * How the fidelity tests compare the source with a page: sentence by sentence, in
 * order, ignoring whitespace. Shared by the unit test of the matcher and the e2e
 * tests of the built pages; the source itself is read by ./sourceText.
 */

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
