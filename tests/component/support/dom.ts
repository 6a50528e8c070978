import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Component tests: an island rendered into happy-dom, driven through its DOM
 * the way a person uses it (labels, typing, clicks). Only what needs a real
 * browser (hydration of the built page, storage across tabs, print, search,
 * offline) stays in tests/e2e.
 */

/** Renders `ui` into a fresh element of the document and runs its effects. */
export function mount(ui: ComponentChild): HTMLElement {
	const host = document.createElement('div');
	document.body.append(host);
	act(() => render(ui, host));
	// Effects that set state (e.g. reading the URL after hydration) render once more.
	act(() => undefined);
	return host;
}

/** The field a `<label>` with `text` holds (its whole text, or the text of its first span). */
export function fieldByLabel(root: HTMLElement, text: string): HTMLInputElement {
	for (const label of root.querySelectorAll('label')) {
		const texts = [label.textContent?.trim(), label.querySelector('span')?.textContent?.trim()];
		if (texts.includes(text)) {
			const field = label.querySelector<HTMLInputElement>('input, textarea, select');
			if (field) return field;
		}
	}
	throw new Error(`no field labelled ${text}`);
}

/** Types `value` into a field as a person would: the value changes, then an input event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	act(() => {
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	});
}

/** Clicks an element (a button, a checkbox). */
export function click(element: Element): void {
	act(() => {
		(element as HTMLElement).click();
	});
}
