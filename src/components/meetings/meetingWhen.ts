import { wallClockText } from '~/i18n/format';
import type { Meeting } from '~/schemas/meeting';

// Apart from the printed forms (PrintSheets.tsx), which the meeting page loads only to print.

const span = (start: string, end: string) => `${wallClockText(start)}${end ? ` – ${wallClockText(end)}` : ''}`;

/** The meeting's time as printed on its sheets: each session when it has several. */
export const when = (meeting: Meeting | null) =>
	meeting?.sessions && meeting.sessions.length > 1
		? meeting.sessions.map((session) => span(session.start, session.end)).join(';')
		: meeting?.start
			? span(meeting.start, meeting.end)
			: '';
