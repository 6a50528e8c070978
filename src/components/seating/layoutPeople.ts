import { parseNameList } from '~/lib/nameList';
import type { Participant } from '~/schemas/participant';

/** A person a layout seats: `key` stays the same when others join or leave (a participant's id, or the name and its occurrence in a pasted list). */
export interface LayoutPerson {
	key: string;
	name: string;
	title?: string | undefined;
}

export const fromParticipants = (people: readonly Participant[]): LayoutPerson[] =>
	people.map((person) => ({ key: person.id, name: person.name, title: person.title || undefined }));

/** A pasted list (one person a line): keys by name and occurrence, prefixed so two lists never share one. */
export function fromPasted(text: string, prefix: string): LayoutPerson[] {
	const seen = new Map<string, number>();
	return parseNameList(text).people.map((person) => {
		const n = (seen.get(person.name) ?? 0) + 1;
		seen.set(person.name, n);
		return { key: `${prefix}:${person.name}#${n}`, name: person.name, title: person.title };
	});
}
