import { blankParticipant, moveParticipant } from '../lib/participants';
import { randomId } from '../lib/randomId';
import { type Participant, type ParticipantInput, type ParticipantsState, participantsStateSchema } from '../schemas/participant';
import {
	EMPTY_PARTICIPANTS,
	mergeParticipants,
	migrateParticipantsV1,
	participantsOf,
	withoutParticipants,
	withParticipants,
} from './participantsState';
import { createPersistentStore, type StorageEnvironment, storageKey } from './storageEngine';

export { EMPTY_PARTICIPANTS, mergeParticipants, participantsOf } from './participantsState';

/** Each meeting's people, see README.md. */
export const PARTICIPANTS_KEY = storageKey('participants');
export const PARTICIPANTS_VERSION = 2;

/** A person's id within their meeting's list. */
export const newParticipantId = (): string => randomId('p');

export interface ParticipantsStoreOptions {
	/** Defaults to the browser's localStorage; null = memory only. */
	environment?: StorageEnvironment | null;
	now?: () => number;
	newId?: () => string;
}

/** How new people join a list that already has some. */
export type AddMode = 'append' | 'replace';

export function createParticipantsStore(options: ParticipantsStoreOptions = {}) {
	const now = options.now ?? Date.now;
	const newId = options.newId ?? newParticipantId;
	const $participants = createPersistentStore<ParticipantsState>({
		key: PARTICIPANTS_KEY,
		version: PARTICIPANTS_VERSION,
		schema: participantsStateSchema,
		migrations: { 1: migrateParticipantsV1 },
		initial: EMPTY_PARTICIPANTS,
		merge: mergeParticipants,
		environment: options.environment,
	});
	const change = (meetingId: string, edit: (people: readonly Participant[]) => readonly Participant[]) =>
		$participants.update((state) => withParticipants(state, meetingId, edit(participantsOf(state, meetingId)), now()));

	return {
		$participants,
		/** Adds people (an import or 新增) after the list, or instead of it; returns their ids. */
		addParticipants(meetingId: string, inputs: readonly ParticipantInput[], mode: AddMode = 'append'): string[] {
			const added = inputs.map((input) => ({ ...input, id: newId() }));
			change(meetingId, (people) => (mode === 'replace' ? added : [...people, ...added]));
			return added.map((person) => person.id);
		},
		addParticipant(meetingId: string, name: string): string {
			return this.addParticipants(meetingId, [blankParticipant(name)])[0]!;
		},
		updateParticipant(meetingId: string, id: string, edit: Partial<ParticipantInput>) {
			change(meetingId, (people) => people.map((person) => (person.id === id ? { ...person, ...edit } : person)));
		},
		/** Removes one person; returns them with their place, for 復原. */
		removeParticipant(meetingId: string, id: string): { person: Participant; index: number } | null {
			const people = participantsOf($participants.get(), meetingId);
			const index = people.findIndex((person) => person.id === id);
			if (index < 0) return null;
			change(meetingId, (list) => list.filter((person) => person.id !== id));
			return { person: people[index]!, index };
		},
		restoreParticipant(meetingId: string, removed: { person: Participant; index: number }) {
			change(meetingId, (people) => {
				if (people.some((person) => person.id === removed.person.id)) return people;
				const next = [...people];
				next.splice(Math.min(removed.index, next.length), 0, removed.person);
				return next;
			});
		},
		/** Moves a person to another place in the precedence order (0-based). */
		moveParticipant(meetingId: string, id: string, to: number) {
			change(meetingId, (people) =>
				moveParticipant(
					people,
					people.findIndex((person) => person.id === id),
					to,
				),
			);
		},
		/** Writes a whole list as it is (a backup's import): ids and order kept. */
		replaceList(meetingId: string, people: readonly Participant[]) {
			change(meetingId, () => people);
		},
		/** Drops a meeting's list (the meeting is gone for good). */
		dropList(meetingId: string) {
			$participants.update((state) => withoutParticipants(state, meetingId, now()));
		},
		participants(meetingId: string): readonly Participant[] {
			return participantsOf($participants.get(), meetingId);
		},
	};
}

export type ParticipantsStore = ReturnType<typeof createParticipantsStore>;
export const participantsStore = createParticipantsStore();
export const $participants = participantsStore.$participants;
