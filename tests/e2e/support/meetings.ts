import type { Page } from 'playwright-core';
import { meetingsStateSchema, type Meeting } from '../../../src/schemas/meeting';
import { participantsStateSchema, type Participant } from '../../../src/schemas/participant';
import { MEETINGS_KEY, MEETINGS_VERSION } from '../../../src/stores/meetings';
import { PARTICIPANTS_KEY, PARTICIPANTS_VERSION } from '../../../src/stores/participants';
import { baseURL, pageURL } from './site';

/** What a test says about a meeting it seeds; the rest takes the form's defaults. */
export type SeededMeeting = Pick<Meeting, 'id' | 'name' | 'flowId'> & Partial<Meeting>;

/**
 * Writes a store's state as the store itself saves it (its data version around the data),
 * from a document of the site's origin that runs none of its scripts (its favicon), where
 * the tab is left. Seeding is for tests about what a meeting does rather than about the
 * form that made it (meetings.test.ts creates meetings with the form, two page loads each).
 */
async function writeStore(page: Page, key: string, version: number, data: unknown, site: string): Promise<void> {
	await page.goto(pageURL('/favicon.svg', site));
	await page.evaluate(([name, value]) => localStorage.setItem(name, value), [key, JSON.stringify({ version, data })] as const);
}

/** Seeds `meetings` into the meetings store, checked first against its schema: a seed cannot hold what the site would refuse. */
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
	await writeStore(page, MEETINGS_KEY, MEETINGS_VERSION, state, site);
}

/** Seeds each meeting's people (meeting id → people in precedence order) into the participants store, checked likewise. */
export async function seedParticipants(page: Page, lists: Record<string, Participant[]>, site = baseURL()): Promise<void> {
	const state = participantsStateSchema.parse({
		lists: Object.fromEntries(
			Object.entries(lists).map(([meetingId, people]) => [
				meetingId,
				{ people, updatedAt: 1, stamps: Object.fromEntries(people.map((person) => [person.id, 1])), removed: {}, orderedAt: 1 },
			]),
		),
		deleted: {},
	});
	await writeStore(page, PARTICIPANTS_KEY, PARTICIPANTS_VERSION, state, site);
}

/** The page of a meeting in this browser. */
export const meetingPath = (id: string) => `/tools/meeting/?id=${id}`;
