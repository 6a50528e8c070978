import type { Participant } from '../../schemas/participant';
import type { DocumentParticipant } from './model';

/**
 * A meeting's people (participants store) as the drafts take them, in list order.
 * 工作人員 run the meeting and are named on no document; 列席 who come are listed
 * under 列席 (the plan names every 列席); anyone on leave or absent is listed as
 * such whatever their 類別; every person named is a row of the phone-notice log;
 * those on the rostrum (主席臺) are the 出席領導; 邀請 are the plan's 擬邀請人員.
 */
export function documentParticipants(people: readonly Participant[]): DocumentParticipant[] {
	return people
		.filter((person) => person.category !== 'staff')
		.map((person) => {
			const attendance = attendanceFor(person);
			return {
				name: person.name,
				...(person.unit.trim() ? { unit: person.unit.trim() } : {}),
				...(attendance ? { attendance } : {}),
				...(person.rostrum ? { leader: true } : {}),
				...(person.category === 'observer' ? { observer: true } : {}),
				...(person.category === 'guest' ? { invited: true } : {}),
			};
		});
}

function attendanceFor(person: Participant): DocumentParticipant['attendance'] {
	if (person.attendance === 'leave') return 'on-leave';
	if (person.attendance === 'absent') return 'absent';
	if (person.category === 'observer') return 'observer';
	// 擬出席 stays unknown (expected to attend) until the person signs in.
	return person.attendance === 'signed-in' ? 'present' : undefined;
}
