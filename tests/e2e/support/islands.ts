import type { Locator, Page } from 'playwright-core';

/**
 * Brings every island of a page to life (unfolds the `<details>` it sits in
 * and scrolls it into view, so `client:visible` ones load, then waits until
 * Astro has hydrated it) and returns how many there were.
 */
export async function hydrateIslands(page: Page): Promise<number> {
	for (const summary of await page.locator('details:not([open]):has(astro-island) > summary').all()) await summary.click();
	const islands = page.locator('astro-island');
	const count = await islands.count();
	for (let i = 0; i < count; i++) {
		const island = islands.nth(i);
		// An island is `display: contents` (no box to scroll to): scroll to what it rendered.
		await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
		// Astro removes `ssr` once the component has hydrated.
		await page.waitForFunction((el) => !el.hasAttribute('ssr'), await island.elementHandle(), { timeout: 15_000 });
	}
	return count;
}

/** What `exerciseIslands` did, so a test can tell it really touched something. */
export interface IslandExercise {
	islands: number;
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
	let checklists = 0;
	for (const list of await page.locator('.checklist[data-flow][data-hydrated]').all()) {
		const box = list.locator('input[type=checkbox]:not(:checked):not(:disabled)').first();
		if ((await box.count()) === 0) continue;
		await box.scrollIntoViewIfNeeded();
		await box.check();
		checklists++;
	}
	let fields = 0;
	for (const island of await page.locator('astro-island').all()) {
		fields += await fillFields(island);
		for (const form of await island.locator('form').all()) {
			await form.evaluate((f) => (f as HTMLFormElement).requestSubmit());
		}
	}
	return { islands, checklists, fields };
}

const sampleValues: Record<string, string> = {
	date: '2025-03-10',
	time: '09:00',
	'datetime-local': '2025-03-10T09:00',
	number: '3',
};

async function fillFields(scope: Locator): Promise<number> {
	let filled = 0;
	for (const field of await scope.locator('input:visible:enabled, textarea:visible:enabled, select:visible:enabled').all()) {
		const { tag, type, readOnly, inChecklist } = await field.evaluate((el) => ({
			tag: el.tagName.toLowerCase(),
			type: (el as HTMLInputElement).type,
			readOnly: (el as HTMLInputElement).readOnly,
			inChecklist: el.closest('.checklist') !== null,
		}));
		// A checklist already got its tick above; ticking every step of every flow adds nothing.
		if (readOnly || inChecklist) continue;
		if (tag === 'select') {
			const values = await field
				.locator('option:not(:disabled)')
				.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
			if (values.length > 1) await field.selectOption(values[values.length - 1]!);
		} else if (tag === 'textarea' || type === 'text' || type === 'search') {
			await field.fill('會議測試');
		} else if (sampleValues[type] !== undefined) {
			await field.fill(sampleValues[type]!);
		} else if (type === 'checkbox' || type === 'radio') {
			if (!(await field.isChecked())) await field.check();
		} else {
			continue;
		}
		await field.blur();
		filled++;
	}
	return filled;
}

/**
 * Lets what a person just did take effect: two animation frames (Preact has
 * re-rendered) and an idle callback (Astro's `client:idle` work has run).
 * Waits for the page itself, never for a quiet network.
 */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => (window.requestIdleCallback ?? setTimeout)(() => resolve()))),
			),
	);
}
