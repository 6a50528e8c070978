// The sheets printed from a meeting's list, apart from their components
// (ParticipantSheets.tsx), which load only when one is printed.

export type ParticipantSheet =
	'sign-in' | 'attendance' | 'name-cards' | 'table-cards' | 'room-cards' | 'rooms' | 'dining' | 'vehicles' | 'contacts' | 'passes';

export const participantSheets: readonly ParticipantSheet[] = [
	'sign-in',
	'attendance',
	'name-cards',
	'table-cards',
	'room-cards',
	'rooms',
	'dining',
	'vehicles',
	'contacts',
	'passes',
];

/** Sheets that print only the chosen people (everyone when nobody is chosen). */
export const sheetsForChosen: ReadonlySet<ParticipantSheet> = new Set(['name-cards', 'table-cards', 'room-cards', 'passes']);

export const isParticipantSheet = (mode: string): mode is ParticipantSheet => (participantSheets as readonly string[]).includes(mode);
