/**
 * Progress keys that changed when the checklists were completed from the source (issue #17):
 * flow id → old key → the keys that now carry its meaning. A step that gained items (its
 * sentences, conditions, enumerated contents) hands its tick to the items that say what the old
 * label said; a clause that got its own level (第二篇 四(三) 會場布置, 六's five tasks under
 * 提前30分鐘到達) moves its items under it. Data version 1 → 2 of the progress store applies it
 * (`migrateProgressV1`), and a meetings backup written before is read through it too.
 * Frozen: never edit an entry; a later change of keys adds a new map and a new data version.
 * tests/unit/stores/progressKeyMoves.test.ts checks every old key is gone from the flows and
 * every new key exists.
 */
export type KeyMoves = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

const under = (step: string, ...items: string[]): string[] => items.map((item) => `${step}/${item}`);

/** Items that kept their id but moved into another step: `from/<id>` → `to/<id>`. */
const moved = (from: string, to: string, ...items: string[]): Record<string, string[]> =>
	Object.fromEntries(items.map((item) => [`${from}/${item}`, [`${to}/${item}`]]));

export const PROGRESS_KEY_MOVES_V2: KeyMoves = {
	'office-standard': {
		'draft-plan': under(
			'draft-plan',
			'plan-name',
			'plan-time',
			'plan-place',
			'plan-agenda',
			'plan-leaders',
			'plan-participants',
			'plan-observers',
			'plan-invitees',
			'plan-documents',
			'plan-venue-layout',
			'plan-security',
			'plan-hygiene',
			'plan-press',
			'plan-model-speeches',
			'plan-awards',
			'plan-special-requirements',
		),
		'meeting-notice/notice-contents': under(
			'meeting-notice',
			'notice-name',
			'notice-time',
			'notice-place',
			'notice-participants',
			'notice-agenda',
			'notice-attention',
			'notice-phone',
		),
		'meeting-notice/notice-scope': under(
			'meeting-notice',
			'scope-city-leaders',
			'scope-other-participants',
			'scope-observers',
			'scope-units',
		),
		'meeting-documents/main-documents': under(
			'meeting-documents',
			'host-script',
			'keynote-report',
			'topical-reports',
			'resolutions',
			'leader-speeches',
		),
		'meeting-documents/procedure-documents': under(
			'meeting-documents',
			'agenda-document',
			'schedule',
			'election-procedure',
			'voting-procedure',
		),
		'meeting-documents/management-documents': under('meeting-documents', 'meeting-rules', 'confidentiality-rules', 'timetable'),
		...moved('venue-decoration', 'venue-layout', 'party-emblem-backdrop', 'rostrum-banner-flowers', 'slogans'),
		'seat-order/rostrum-order': under('venue-layout', 'rostrum-by-rank', 'rostrum-centre-left-right', 'rostrum-leader-wishes'),
		...moved('seat-order', 'venue-layout', 'seat-markers', 'seating-chart'),
		...moved('venue-requirements', 'venue-layout', 'climate-hygiene', 'tables-chairs', 'seat-cards', 'av-check'),
		...moved(
			'special-requirements',
			'venue-layout',
			'ceremony-staff',
			'document-reader',
			'dress-code-notice',
			'classified-meeting',
			'phones-off-reminder',
		),
		'lodging-catering/lodging': under('lodging-catering', 'lodging-count', 'room-allocation', 'hotel-duty'),
		'lodging-catering/catering': under('lodging-catering', 'diners', 'place-and-menu', 'food-hygiene', 'meal-tickets'),
		'meeting-supplies/badges-certificates': under(
			'meeting-supplies',
			'seat-cards',
			'attendance-passes',
			'staff-passes',
			'vehicle-passes',
			'certificates-of-merit',
			'certificates',
			'document-bags',
		),
		'meeting-supplies/service-handbook': under(
			'meeting-supplies',
			'handbook-agenda',
			'handbook-schedule',
			'handbook-attendees',
			'handbook-rooms',
			'handbook-phones',
			'handbook-meals',
			'handbook-transport',
		),
		'meeting-supplies/ballot-supplies': under('meeting-supplies', 'ballots', 'ballot-boxes', 'seals', 'ballot-pens'),
		vehicles: under('vehicles', 'vehicles-by-handler', 'number-vehicles'),
		security: under('security', 'security-plan'),
		press: under('press', 'press-coverage', 'press-approval'),
		'medical-epidemic': under('medical-epidemic', 'contact-hospital', 'resident-medical-staff', 'emergency-plan'),
		'staff-arrive-early': under('staff-arrive-early', 'arrive-early'),
		'sign-in': under('staff-arrive-early', 'sign-in-in-person', 'report-attendance', 'chase-absent'),
		'hand-out-documents': under('staff-arrive-early', 'hand-out-documents'),
		'usher-seating': under('staff-arrive-early', 'usher-seating'),
		'announce-discipline': under('staff-arrive-early', 'phones-off', 'no-smoking', 'no-walking-talking', 'classified-discipline'),
		'waiting-room': under('staff-arrive-early', 'waiting-room'),
		'standing-committee-record': under('standing-committee-record', 'record-paper'),
		'collect-documents': under('collect-documents', 'collect-in-full'),
		'archive-documents': under(
			'archive-documents',
			'archive-plan',
			'archive-notice',
			'archive-reports',
			'archive-briefings',
			'archive-records',
			'archive-sign-in',
		),
	},
	'standard-process-2017': {
		'draft-notice': under(
			'draft-notice',
			'notice-name',
			'notice-purpose',
			'notice-content',
			'notice-scope',
			'notice-place',
			'notice-duration',
		),
		'issue-notice': under('issue-notice', 'deliver-to-each', 'confirm-attendance', 'superior-notice'),
		'sign-in': under('sign-in', 'complete-sign-in', 'check-absentees', 'urge-seating'),
		'podium-water-refill': under('podium-water-refill', 'refill-every-15-20', 'adjust-refill-time'),
		'take-record': under('take-record', 'carry-recorder', 'record-speeches'),
		'handle-incidents': under('handle-incidents', 'rescue-incidents'),
		'transcribe-recording': under('transcribe-recording', 'transcribe-within-24h', 'classified-by-secretary'),
		'meeting-minutes': under('meeting-minutes', 'minutes-within-48h', 'distribute-minutes'),
	},
	'school-procedure': {
		'written-brief': under(
			'written-brief',
			'brief-time',
			'brief-place',
			'brief-content',
			'brief-scope',
			'brief-requirements',
			'notify-secretary',
		),
		'make-preparations': under(
			'make-preparations',
			'prepare-materials',
			'settle-time',
			'settle-place',
			'settle-vehicles',
			'settle-venue',
			'report-preparations',
		),
		'notify-av-units': under('notify-av-units', 'audio-recording', 'video-recording', 'projection', 'photography'),
		'draft-publish-notice': under('draft-publish-notice', 'draft-notice', 'director-approval', 'publish-online'),
		'phone-notice': under('phone-notice', 'phone-for-ad-hoc'),
		'prepare-and-check-room': under('prepare-and-check-room', 'name-cards', 'sound', 'tea', 'enter-early', 'check-room'),
		'sign-in-desk': under('sign-in-desk', 'set-up-desk', 'report-to-chair'),
		'take-record': under('take-record', 'record-book', 'keep-record'),
		'record-contents': under('record-contents', 'record-continuity'),
		'draft-minutes': under('draft-minutes', 'draft-within-2wd'),
		'draft-resolution-notice': under('draft-resolution-notice', 'draft-within-2wd'),
		'supervise-resolution': under('supervise-resolution', 'follow-up'),
	},
	'county-reception': {
		'reception-plan': under(
			'reception-plan',
			'all-arrangements',
			'plan-work',
			'plan-time',
			'plan-place',
			'plan-participants',
			'plan-requirements',
			'plan-division',
			'submit-for-approval',
		),
		'confidentiality-safety': under('confidentiality-safety', 'confidentiality-education'),
		'review-service': under('review-service', 'summarize'),
	},
};

/**
 * The keys `key` of `flowId` stands for after `moves`: the new keys, or the key itself
 * when it did not move.
 */
export function movedKeys(moves: KeyMoves, flowId: string, key: string): readonly string[] {
	return moves[flowId]?.[key] ?? [key];
}
