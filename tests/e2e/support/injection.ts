import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fillFields, submitForms } from './islands';

/** Text that becomes markup if any code renders user text as HTML. */
export const PAYLOADS = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'] as const;

/** Every field a person can type into (the brief's list), visible and editable. */
export const TEXT_FIELDS = 'input[type=text], input:not([type]), textarea, [contenteditable]:not([contenteditable=false])';

/**
 * Whether built HTML has a field of TEXT_FIELDS (a text or untyped input, a
 * textarea, an editable element): the pages the injection test visits.
 */
export function hasTextField(html: string): boolean {
	for (const [tag] of html.matchAll(/<input\b[^>]*>/gi)) {
		const type = /\stype="([^"]*)"/i.exec(tag)?.[1]?.toLowerCase();
		if (type === undefined || type === 'text') return true;
	}
	return /<textarea\b/i.test(html) || /\scontenteditable(?!="false")/i.test(html);
}

/**
 * Types `payload` into every visible, editable field of TEXT_FIELDS the way the crawl uses a
 * page (`fillFields`: in the page itself, each field after the re-render the one before
 * caused), then submits each form holding one, as Enter or its button would; a form that opens
 * another page leaves the test on it. Returns how many fields it typed into.
 */
export async function typeIntoEveryField(page: Page, payload: string): Promise<number> {
	const typed = await fillFields(page, { selector: TEXT_FIELDS, text: payload });
	await submitForms(page, `form:has(${TEXT_FIELDS})`);
	return typed;
}

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
export function recordDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return dialogs;
}

/** A file for `setInputFiles`. */
export interface InjectionFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

/**
 * Files whose name and every string carry a payload: a JSON document, a plain
 * text list (one payload a line, as a name list is pasted) and a CSV. `extra`
 * adds files in a tool's own format (e.g. a valid meetings backup), so the
 * import gets past validation and the payloads reach the display. Only files
 * the input's `accept` allows are returned.
 */
export function injectionFiles(accept: string | null, extra: InjectionFile[] = []): InjectionFile[] {
	const payload = PAYLOADS[0];
	const deep = { name: payload, notes: PAYLOADS[1], title: payload, items: [payload, PAYLOADS[1]], [payload]: payload };
	const files: InjectionFile[] = [
		{ name: `${payload}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deep)) },
		{ name: `${PAYLOADS[1]}.txt`, mimeType: 'text/plain', buffer: Buffer.from(PAYLOADS.join('\n') + '\n') },
		{ name: `${payload}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`name,notes\n"${payload}","${PAYLOADS[1]}"\n`) },
		...extra,
	];
	return files.filter((file) => accepts(accept, file));
}

function accepts(accept: string | null, file: InjectionFile): boolean {
	if (!accept) return true;
	return accept.split(',').some((token) => {
		const t = token.trim().toLowerCase();
		if (t.startsWith('.')) return file.name.toLowerCase().endsWith(t);
		if (t.endsWith('/*')) return file.mimeType.startsWith(t.slice(0, -1));
		return t === file.mimeType;
	});
}

/**
 * Feeds one file to a file input and waits until the island around it shows
 * something new: every import must answer visibly (a result, or a clear
 * message when the file is refused). Feed each file on a freshly loaded page,
 * so two files that earn the same message are both seen to answer.
 */
export async function feedFile(input: Locator, file: InjectionFile): Promise<void> {
	const scope = input.locator('xpath=ancestor::astro-island[1]');
	const before = await scope.innerText();
	await input.setInputFiles(file);
	await expect.poll(() => scope.innerText(), { timeout: 10_000 }).not.toBe(before);
}

/**
 * What the page must never show after user text went in: an element made from
 * a payload, or a payload only partly there (part of it eaten as markup, or
 * stripped by a sanitiser). A tool may split text at spaces on purpose (a
 * name list line is `姓名 職務`): a piece that starts at a space of a payload
 * counts as shown literally. Returns the problems found.
 */
export function injectionProblems(page: Page): Promise<string[]> {
	const pieces = PAYLOADS.flatMap((payload) => {
		const words = payload.split(' ');
		return words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
	});
	return page.evaluate(
		({ payloads, pieces }) => {
			const problems: string[] = [];
			if (document.querySelector('img[src="x"]')) problems.push('an <img src=x> element exists');
			for (const script of document.querySelectorAll('script')) {
				if (script.textContent?.includes('alert(1)')) problems.push('a <script> element holds alert(1)');
			}
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				if (!text.includes('alert(1)')) continue;
				const parent = node.parentElement;
				if (parent?.closest('script, style, template, textarea')) continue;
				// Remove every whole payload, then every piece split at a space: any alert(1) left is a payload the page cut up.
				const rest = [...payloads, ...pieces].reduce((t, p) => t.split(p).join(''), text);
				if (rest.includes('alert(1)')) problems.push(`text shown not literally: ${JSON.stringify(text.slice(0, 120))}`);
			}
			return problems;
		},
		{ payloads: [...PAYLOADS], pieces },
	);
}

/** Whether the page shows `payload` literally as text inside `scope`. */
export async function showsLiterally(scope: Locator, payload: string): Promise<boolean> {
	return (await scope.innerText()).includes(payload);
}
