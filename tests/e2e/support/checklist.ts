import type { Locator, Page } from 'playwright-core';

/** The checklist of a flow on the page, once its island is interactive. */
export async function hydratedChecklist(page: Page, flowId: string): Promise<Locator> {
	const list = page.locator(`.checklist[data-flow="${flowId}"]`);
	await list.scrollIntoViewIfNeeded();
	await list.and(page.locator('[data-hydrated]')).waitFor();
	return list;
}

/** The checkbox of a step (`stepId`) or sub-item (`stepId/itemId`). */
export function stepBox(list: Locator, key: string): Locator {
	return list.locator(
		`[data-step="${key}"] > .checklist-row input[type=checkbox], li[data-step="${key}"].checklist-item > input[type=checkbox]`,
	);
}

export const PROGRESS_KEY = 'huiwu:v1:progress';
