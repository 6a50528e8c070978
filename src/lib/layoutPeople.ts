/*
 * The people of a layout opened from a meeting (issue #21): the meeting's
 * participant list, in its precedence order (序號), without those on leave or
 * absent (請假, 缺席) and without the staff (工作人員), who do not take a seat.
 * Banquet and reception split them into hosts and guests: 邀請 (invited) are
 * guests by default, everyone else hosts; the office may move anyone to the
 * other side or leave them out. The audience is grouped in blocks by category
 * (出席, 列席, 邀請) or by unit, blocks in the order their first person comes.
 */

import type { Participant, ParticipantCategory } from '../schemas/participant';
import { isWithdrawn } from './participants';

export type SideChoice = 'host' | 'guest' | 'none';

/** Who takes a seat: in list order, not on leave or absent, not staff. */
export function seatedParticipants(people: readonly Participant[]): Participant[] {
	return people.filter((person) => person.category !== 'staff' && !isWithdrawn(person));
}

export function defaultSide(person: Pick<Participant, 'category'>): SideChoice {
	return person.category === 'guest' ? 'guest' : 'host';
}

/** Hosts and guests, each in list order; `choices` (participant id → side) overrides the default. */
export function splitSides(
	people: readonly Participant[],
	choices: Readonly<Record<string, SideChoice>>,
): { hosts: Participant[]; guests: Participant[] } {
	const hosts: Participant[] = [];
	const guests: Participant[] = [];
	for (const person of seatedParticipants(people)) {
		const side = Object.hasOwn(choices, person.id) ? choices[person.id] : defaultSide(person);
		if (side === 'host') hosts.push(person);
		else if (side === 'guest') guests.push(person);
	}
	return { hosts, guests };
}

export type AudienceGrouping = 'category' | 'unit';

export interface PeopleBlock {
	/** the category's code, or the unit as written ('' for people without a unit) */
	category?: ParticipantCategory;
	unit?: string;
	people: Participant[];
}

const CATEGORY_ORDER: readonly ParticipantCategory[] = ['attendee', 'observer', 'guest'];

/** The audience's blocks: by category in the order 出席, 列席, 邀請, or by unit in the order units first appear; people in list order. */
export function audienceBlocks(people: readonly Participant[], grouping: AudienceGrouping): PeopleBlock[] {
	const seated = seatedParticipants(people);
	if (grouping === 'category') {
		return CATEGORY_ORDER.map((category) => ({ category, people: seated.filter((person) => person.category === category) })).filter(
			(block) => block.people.length > 0,
		);
	}
	const blocks = new Map<string, Participant[]>();
	for (const person of seated) {
		const unit = person.unit.trim();
		const block = blocks.get(unit) ?? [];
		block.push(person);
		blocks.set(unit, block);
	}
	return [...blocks].map(([unit, members]) => ({ unit, people: members }));
}
