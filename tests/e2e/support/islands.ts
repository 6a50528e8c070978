import type { Page } from 'playwright-core';

/**
 * Brings every island of a page to life (unfolds the `<details>` it sits in
 * and scrolls it into view, so `client:visible` ones load, then waits until
 * Astro has hydrated it) and returns how many there were.
 */
export async function hydrateIslands(page: Page): Promise<number> {
	// One round trip for the lot (a page can hold dozens of islands): open their folds, then
	// bring each into view for a rendered frame, so a `client:visible` one sees itself.
	const count = await page.evaluate(async () => {
		for (const summary of document.querySelectorAll<HTMLElement>('details:not([open]) > summary')) {
			if (summary.parentElement!.querySelector('astro-island')) summary.click();
		}
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		const islands = [...document.querySelectorAll('astro-island')];
		for (const island of islands) {
			if (!island.hasAttribute('ssr')) continue;
			// An island is `display: contents` (no box to scroll to): scroll to what it rendered.
			(island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
			await frame();
		}
		return islands.length;
	});
	// Astro removes `ssr` once the component has hydrated; one still waiting is brought into view again.
	await page.waitForFunction(
		() => {
			const waiting = document.querySelector('astro-island[ssr]');
			(waiting?.firstElementChild ?? waiting)?.scrollIntoView({ block: 'center' });
			return waiting === null;
		},
		undefined,
		{ timeout: 15_000, polling: 100 },
	);
	return count;
}

/** What `exerciseIslands` did, so a test can tell it really touched something. */
export interface IslandExercise {
	islands: number;
	/** Checklists on the page before anything was used (a form submitted may open another page). */
	checklistsFound: number;
	checklists: number;
	fields: number;
}

/**
 * Uses each island the way a person would, without knowing every tool's
 * markup: a checklist gets a tick; in any island, text fields get text, date,
 * time and number fields a value, selects another option, an unticked box a
 * tick, and a form is submitted. Islands known by their root attribute
 * (`.checklist[data-flow]`, `[data-seating]`, `[data-deadlines]`,
 * `[data-quiz]`, `[data-meetings]`) are found the same way, inside their
 * `astro-island`.
 */
export async function exerciseIslands(page: Page): Promise<IslandExercise> {
	const islands = await hydrateIslands(page);
	const checklistsFound = await page.locator('.checklist[data-flow]').count();
	let checklists = 0;
	for (const list of await page.locator('.checklist[data-flow][data-hydrated]').all()) {
		const box = list.locator('input[type=checkbox]:not(:checked):not(:disabled)').first();
		if ((await box.count()) === 0) continue;
		await box.scrollIntoViewIfNeeded();
		await box.check();
		checklists++;
	}
	// A checklist already got its tick; ticking every step of every flow adds nothing.
	const fields = await fillFields(page, { skip: '.checklist' });
	await submitForms(page, 'astro-island form');
	return { islands, checklistsFound, checklists, fields };
}

export interface FillOptions {
	/** The fields to fill (default: every input, textarea and select inside an island). */
	selector?: string;
	/** What text fields get. */
	text?: string;
	/** Fields inside this are left alone. */
	skip?: string;
}

/**
 * Gives every usable field of `selector` a value, in the page itself (one round trip for
 * dozens of fields): focus, the value, the `input` and `change` events a person's typing or
 * choosing fires, blur; a box or radio is clicked. Text fields (and editable elements) get
 * `text`, date, time and number fields a sample, a select its last option. Each field waits
 * for the re-render the one before it caused, and one that re-render removed, hid or disabled
 * is passed over. Returns how many fields it filled.
 */
export function fillFields(
	page: Page,
	{ selector = 'astro-island :is(input, textarea, select)', text = '會議測試', skip }: FillOptions = {},
): Promise<number> {
	return page.evaluate(
		async ({ selector, text, skip }) => {
			const sample: Record<string, string> = { date: '2025-03-10', time: '09:00', 'datetime-local': '2025-03-10T09:00', number: '3' };
			const usable = (el: HTMLInputElement) =>
				el.isConnected &&
				el.getClientRects().length > 0 &&
				el.checkVisibility({ visibilityProperty: true }) &&
				!el.disabled &&
				!el.readOnly;
			const rendered = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
			const fields = [...document.querySelectorAll<HTMLInputElement>(selector)];
			let filled = 0;
			for (const field of fields) {
				if (!usable(field) || (skip && field.closest(skip))) continue;
				const tag = field.tagName.toLowerCase();
				let value: string | undefined;
				if (field.isContentEditable) {
					value = text;
				} else if (tag === 'select') {
					const options = [...(field as unknown as HTMLSelectElement).options].filter((o) => !o.disabled);
					if (options.length < 2) continue;
					value = options[options.length - 1]!.value;
				} else if (tag === 'textarea' || field.type === 'text' || field.type === 'search') {
					value = text;
				} else if (sample[field.type] !== undefined) {
					value = sample[field.type];
				} else if (field.type === 'checkbox' || field.type === 'radio') {
					if (field.checked) continue;
				} else {
					continue;
				}
				field.focus();
				if (value === undefined) {
					field.click();
				} else {
					if (field.isContentEditable) field.textContent = value;
					else field.value = value;
					field.dispatchEvent(new Event('input', { bubbles: true }));
					field.dispatchEvent(new Event('change', { bubbles: true }));
				}
				field.blur();
				filled++;
				await rendered();
			}
			return filled;
		},
		{ selector, text, skip },
	);
}

/**
 * Submits each form of `selector`, as Enter or its button would. A submit handler that opens
 * another page (a new meeting opens itself) sets the location at once, which the Navigation
 * API's `navigate` event reports inside the same evaluate; this then waits for that page to
 * load, so what a test checks next is about it, not a race with its arrival.
 */
export async function submitForms(page: Page, selector: string): Promise<void> {
	const before = page.url();
	const navigates = await page.locator(selector).evaluateAll((forms) => {
		let navigates = false;
		(window as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigate', () => (navigates = true), { once: true });
		forms.forEach((form) => (form as HTMLFormElement).requestSubmit());
		return navigates;
	});
	if (navigates) await page.waitForURL((url) => url.href !== before);
}

/**
 * Lets what a person just did take effect: two animation frames (Preact has
 * re-rendered) and an idle callback (Astro's `client:idle` work has run).
 * Waits for the page itself, never for a quiet network.
 */
export async function settle(page: Page): Promise<void> {
	const frames = () =>
		page.evaluate(
			() =>
				new Promise<void>((resolve) =>
					requestAnimationFrame(() => requestAnimationFrame(() => (window.requestIdleCallback ?? setTimeout)(() => resolve()))),
				),
		);
	try {
		await frames();
	} catch (error) {
		// What the person did opened another page (a new meeting opens itself): settle there.
		if (!String(error).includes('Execution context was destroyed')) throw error;
		await page.waitForLoadState('load');
		await frames();
	}
}
