import type { DocBlock, DocText, DocumentDraft, DocumentKind } from '../lib/documents/model';
import type { DocumentsMessages } from './messages/documents';

/**
 * A drafted document's codes filled from the documents dictionary (already in the
 * reader's edition): the one text the page, the A4 print and the .docx share.
 */

export type ResolvedBlock =
	| { type: 'field'; key: string; label: string; lines: string[]; blank: boolean; layout: 'inline' | 'heading' }
	| { type: 'heading'; level: 1 | 2; text: string }
	| { type: 'paragraph'; text: string; indent: boolean; align: 'left' | 'right' | 'center' }
	| { type: 'table'; head: string[]; rows: string[][] }
	| { type: 'cut'; text: string }
	| { type: 'page-break' };

export interface ResolvedDocument {
	kind: DocumentKind;
	title: string;
	blocks: ResolvedBlock[];
}

export function documentText(value: DocText, messages: DocumentsMessages): string {
	if ('text' in value) return value.text;
	if ('join' in value) {
		const separator = (messages as Record<string, string>)[value.separator] ?? value.separator;
		return value.join.map((part) => documentText(part, messages)).join(separator);
	}
	const template = (messages as Record<string, string>)[value.code];
	if (template === undefined) throw new Error(`documents message missing: ${value.code}`);
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const param = value.params?.[name];
		if (param === undefined) return whole;
		return typeof param === 'object' ? documentText(param, messages) : String(param);
	});
}

function resolveBlock(block: DocBlock, messages: DocumentsMessages): ResolvedBlock {
	const t = (value: DocText) => documentText(value, messages);
	switch (block.type) {
		case 'field': {
			const label = t(block.label);
			return {
				type: 'field',
				key: block.key,
				label: block.number ? t({ code: 'heading-number', params: { number: block.number, label } }) : label,
				lines: block.lines.map(t),
				blank: block.lines.length === 0,
				layout: block.layout,
			};
		}
		case 'heading':
			return { type: 'heading', level: block.level, text: t(block.text) };
		case 'paragraph':
			return { type: 'paragraph', text: t(block.text), indent: block.indent, align: block.align ?? 'left' };
		case 'table':
			return { type: 'table', head: block.head.map(t), rows: block.rows.map((row) => row.map(t)) };
		case 'cut':
			return { type: 'cut', text: t(block.text) };
		case 'page-break':
			return { type: 'page-break' };
	}
}

export function resolveDocument(draft: DocumentDraft, messages: DocumentsMessages): ResolvedDocument {
	return {
		kind: draft.kind,
		title: documentText(draft.title, messages),
		blocks: draft.blocks.map((block) => resolveBlock(block, messages)),
	};
}

/** Every text of a resolved document, in order (tests and the plain-text check of prints). */
export function plainText(document: ResolvedDocument, blank: string): string {
	const lines = [document.title];
	for (const block of document.blocks) {
		if (block.type === 'field') lines.push(block.label, ...(block.blank ? [blank] : block.lines));
		else if (block.type === 'table') lines.push(block.head.join(' '), ...block.rows.map((row) => row.join(' ')));
		else if (block.type !== 'page-break') lines.push(block.text);
	}
	return lines.join('\n');
}
