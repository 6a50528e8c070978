import type { Page } from 'playwright-core';
import { meetingsStateSchema, type Meeting } from '../../../src/schemas/meeting';
import { storageKey } from '../../../src/stores/storageEngine';
import { baseURL, pageURL } from './site';

/** What a test says about a meeting it seeds; the rest takes the form's defaults. */
export type SeededMeeting = Pick<Meeting, 'id' | 'name' | 'flowId'> & Partial<Meeting>;

/**
 * Writes `meetings` into the meetings store, as the workspace's form would have saved
 * them, for tests about what a meeting does rather than about the form (meetings.test.ts
 * creates meetings with the form, which costs two page loads each). The state is checked
 * against the store's schema first, so a seed cannot hold what the site would refuse.
 * Leaves the tab on a document of the site's origin that runs none of its scripts.
 */
export async function seedMeetings(page: Page, meetings: SeededMeeting[], site = baseURL()): Promise<void> {
	const state = meetingsStateSchema.parse({
		meetings: Object.fromEntries(
			meetings.map((meeting, index) => [
				meeting.id,
				{
					start: '',
					end: '',
					place: '',
					notes: '',
					expected: 0,
					archived: false,
					createdAt: index + 1,
					updatedAt: index + 1,
					...meeting,
				},
			]),
		),
		deleted: {},
		lastExport: null,
	});
	// Version 1: the meetings store's data version (createMeetingsStore in src/stores/meetings.ts).
	await page.goto(pageURL('/favicon.svg', site));
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		storageKey('meetings'),
		JSON.stringify({ version: 1, data: state }),
	] as const);
}

/** The page of a meeting in this browser. */
export const meetingPath = (id: string) => `/tools/meeting/?id=${id}`;
