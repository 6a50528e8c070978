import type { Meeting } from '../../schemas/meeting';
import { isValidDate } from '../civilDate';
import { chineseNumber, chineseNumeralDate } from './chineseNumerals';
import {
	BLANK,
	type CallLogEntry,
	type DocBlock,
	type DocField,
	type DocParam,
	type DocText,
	type DocumentDraft,
	type DocumentEdits,
	type DocumentKind,
	type DocumentParticipant,
	type ResolutionNotice,
} from './model';

/**
 * Drafts of the documents the standards require, from one meeting's data and
 * what a person typed (issue #20). Codes only: every heading and sentence is a
 * code of src/i18n/messages/documents.ts. The enumerations follow the clauses
 * quoted beside each list.
 */

export type DraftMeeting = Pick<Meeting, 'name' | 'start' | 'end' | 'sessions' | 'place' | 'notes'>;

export interface DraftInput {
	meeting: DraftMeeting;
	/** The documents' date (成文日期) unless one is typed for a document (`<kind>.issued-on`), `YYYY-MM-DD`. */
	issuedOn: string;
	edits?: DocumentEdits;
	/** The meeting's people (participants store, issue #19); absent until it exists. */
	participants?: readonly DocumentParticipant[];
	calls?: readonly CallLogEntry[];
	resolutions?: readonly ResolutionNotice[];
	/** The chosen 分送 list's recipients (第三篇 ★), in the reader's edition. */
	distribution?: readonly string[];
}

/** The documents that carry the issuer and 成文日期 lines; each may have its own date typed. */
export const DATED_KINDS = ['notice', 'minutes', 'resolution'] as const satisfies readonly DocumentKind[];
export type DatedKind = (typeof DATED_KINDS)[number];

/** Field key of a document's own 成文日期. */
export const issuedOnKey = (kind: DatedKind) => `${kind}.issued-on`;

/**
 * A typed 成文日期 as `YYYY-MM-DD`: 2026-11-30, 2026/11/30, 2026.11.30 or
 * 2026年11月30日 (month and day with or without a leading zero); null when it
 * is not a date of the calendar (2026-02-30).
 */
export function typedIssueDate(value: string): string | null {
	const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
	if (!match) return null;
	const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
	return isValidDate(date) ? date : null;
}

/**
 * The 成文日期 of one document: the one typed for it; '' when what was typed is
 * not a real date (printed as a marked blank, never silently replaced by another
 * date); the documents' date when nothing is typed.
 */
export function documentIssuedOn(input: DraftInput, kind: DatedKind): string {
	const typed = input.edits?.[issuedOnKey(kind)]?.trim();
	if (!typed) return input.issuedOn;
	return typedIssueDate(typed) ?? '';
}

/** 第二篇 二: what a 會議方案 contains, in the standard's order. */
export const PLAN_CONTENTS = [
	'name',
	'time',
	'place',
	'agenda',
	'leaders',
	'participants',
	'observers',
	'invitees',
	'documents',
	'venue',
	'security',
	'hygiene',
	'press',
	'speeches',
	'awards',
	'other',
] as const;

/** 第二篇 四(一)2 and 第四篇 一(三) together (第五篇 二1 adds 主持人). */
export const NOTICE_CONTENTS = ['name', 'purpose', 'content', 'time', 'place', 'host', 'participants', 'notes', 'contact'] as const;

/** 第五篇 三4: the seven contents of a 會議記錄. */
export const RECORD_CONTENTS = ['time', 'place', 'main-content', 'attendance', 'proceedings', 'speech-summary', 'conclusions'] as const;

/** 第一篇: the 接待工作方案 covers 工作內容、時間、地點、參加人員、有關要求、具體分工. */
export const RECEPTION_PLAN_CONTENTS = ['work', 'time', 'place', 'participants', 'requirements', 'division'] as const;

/** 第一篇: the 活動手冊 holds 日程安排、來賓及本縣陪同人員名單、縣情、招商引資政策、參觀點簡介、參觀線路、天氣預報. */
export const HANDBOOK_CONTENTS = ['schedule', 'guests', 'county-profile', 'investment-policy', 'sites', 'route', 'weather'] as const;

const text = (value: string): DocText => ({ text: value });
const code = (c: string, params?: Record<string, DocParam>): DocText => (params ? { code: c, params } : { code: c });
const list = (items: readonly DocText[]): DocText[] => (items.length > 0 ? [{ join: [...items], separator: 'list-separator' }] : []);

/** The meeting's sittings (one when it has no separate sessions; none without a start). */
export function sittings(meeting: DraftMeeting): { start: string; end: string }[] {
	if (meeting.sessions && meeting.sessions.length > 0) return meeting.sessions;
	return meeting.start ? [{ start: meeting.start, end: meeting.end }] : [];
}

/** One sitting as text: 二〇二六年十一月三十日 09:00—11:30, or across days. */
export function sittingText(sitting: { start: string; end: string }): DocText {
	const date = chineseNumeralDate(sitting.start);
	const from = sitting.start.slice(11, 16);
	if (!sitting.end) return code('time-start', { date, from });
	const to = sitting.end.slice(11, 16);
	return sitting.end.slice(0, 10) === sitting.start.slice(0, 10)
		? code('time-range', { date, from, to })
		: code('time-range-days', { date, from, endDate: chineseNumeralDate(sitting.end), to });
}

/** The meeting's time as one text (sittings joined), or BLANK. */
function timeParam(meeting: DraftMeeting): DocText {
	const all = sittings(meeting).map(sittingText);
	if (all.length === 0) return BLANK;
	return all.length === 1 ? all[0]! : { join: all, separator: 'sessions-separator' };
}

const timeLines = (meeting: DraftMeeting): DocText[] => {
	const time = timeParam(meeting);
	return time === BLANK ? [] : [time];
};

/** What the person typed for `key`, as lines; undefined when nothing (the draft's own value stays). */
function typed(edits: DocumentEdits | undefined, key: string): DocText[] | undefined {
	const value = edits?.[key];
	if (value === undefined || value.trim() === '') return undefined;
	return value
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map(text);
}

function field(input: DraftInput, key: string, label: string, known: DocText[], layout: DocField['layout'], number?: number): DocField {
	return {
		type: 'field',
		key,
		label: code(`field.${label}`),
		...(number === undefined ? {} : { number: chineseNumber(number) }),
		lines: typed(input.edits, key) ?? known,
		layout,
	};
}

/** A text param from what was typed, else the fallback, else BLANK. */
function param(input: DraftInput, key: string, fallback: DocText = BLANK): DocText {
	const lines = typed(input.edits, key);
	return lines ? { join: lines, separator: 'list-separator' } : fallback;
}

const names = (people: readonly DocumentParticipant[]): DocText[] => people.map((person) => text(person.name));

/** The participants by how they take part; empty lists when the meeting has none recorded. */
export function attendanceOf(participants: readonly DocumentParticipant[] = []) {
	return {
		leaders: participants.filter((p) => p.leader && p.attendance !== 'observer'),
		expected: participants.filter((p) => p.attendance !== 'observer' && !p.observer),
		present: participants.filter((p) => p.attendance === 'present'),
		onLeave: participants.filter((p) => p.attendance === 'on-leave'),
		absent: participants.filter((p) => p.attendance === 'absent'),
		/** 列席 who come (or are expected to). */
		observers: participants.filter((p) => p.attendance === 'observer'),
		/** Everyone asked to 列席, on leave or not (the plan's list). */
		askedToObserve: participants.filter((p) => p.attendance === 'observer' || p.observer),
		invited: participants.filter((p) => p.invited && p.attendance !== 'observer'),
	};
}

/** Agenda items the person typed (one a line); shared by the plan, the agenda and the host's script. */
export function agendaItems(edits: DocumentEdits | undefined): string[] {
	return (edits?.['agenda.items'] ?? '')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
}

const nameParam = (meeting: DraftMeeting): DocText => (meeting.name.trim() ? text(meeting.name.trim()) : BLANK);
const issuerDate = (input: DraftInput, kind: DatedKind): DocBlock[] => {
	const date = chineseNumeralDate(documentIssuedOn(input, kind));
	return [
		{ type: 'paragraph', text: param(input, 'issuer'), indent: false, align: 'right' },
		{ type: 'paragraph', text: code('issuer-date', { date: date ? text(date) : BLANK }), indent: false, align: 'right' },
	];
};

/** 第二篇 二 會議方案: each content a numbered heading, what is known filled in. */
export function draftPlan(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const people = attendanceOf(input.participants);
	const agenda = agendaItems(input.edits).map(text);
	const known: Record<(typeof PLAN_CONTENTS)[number], DocText[]> = {
		name: [text(meeting.name)],
		time: timeLines(meeting),
		place: meeting.place ? [text(meeting.place)] : [],
		agenda: agenda,
		leaders: list(names(people.leaders)),
		participants: list(names(people.expected.filter((p) => !p.invited))),
		observers: list(names(people.askedToObserve)),
		invitees: list(names(people.invited)),
		documents: [],
		venue: [],
		security: [],
		hygiene: [],
		press: [],
		speeches: [],
		awards: [],
		other: meeting.notes.trim() ? [text(meeting.notes.trim())] : [],
	};
	return {
		kind: 'plan',
		title: code('title.plan', { name: nameParam(meeting) }),
		blocks: PLAN_CONTENTS.map((content, index) => field(input, `plan.${content}`, content, known[content], 'heading', index + 1)),
	};
}

/** 會議通知 (第二篇 四(一)2, 第四篇 一(三)), with its issuer and date in Chinese numerals. */
export function draftNotice(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const people = attendanceOf(input.participants);
	const known: Record<(typeof NOTICE_CONTENTS)[number], DocText[]> = {
		name: [text(meeting.name)],
		purpose: [],
		content: agendaItems(input.edits).length > 0 ? list(agendaItems(input.edits).map(text)) : [],
		time: timeLines(meeting),
		place: meeting.place ? [text(meeting.place)] : [],
		host: [],
		participants: list(names(people.expected)),
		notes: meeting.notes.trim() ? [text(meeting.notes.trim())] : [],
		contact: [],
	};
	return {
		kind: 'notice',
		title: code('title.notice', { name: nameParam(meeting) }),
		blocks: [
			{
				type: 'paragraph',
				indent: true,
				text: code('notice.opening', {
					time: timeParam(meeting),
					place: meeting.place ? text(meeting.place) : BLANK,
					name: nameParam(meeting),
				}),
			},
			...NOTICE_CONTENTS.map((content, index) => field(input, `notice.${content}`, content, known[content], 'inline', index + 1)),
			...issuerDate(input, 'notice'),
		],
	};
}

/** 電話通知稿 (第二篇 四(一)1) and the log of calls (第五篇 二2). */
export function draftPhoneNotice(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const people = attendanceOf(input.participants);
	const participants = people.expected.length > 0 ? list(names(people.expected))[0]! : BLANK;
	const calls = input.calls ?? [];
	const rows = calls.map((call, index): DocText[] => [
		text(String(index + 1)),
		text(call.callee),
		text(call.receiver),
		text(call.answeredAt.replace('T', ' ')),
		text(call.relayedBy),
		text(call.reply),
	]);
	return {
		kind: 'phone-notice',
		title: code('title.phone-notice', { name: nameParam(meeting) }),
		blocks: [
			field(
				input,
				'phone.script',
				'phone-script',
				[
					code('phone.script', {
						issuer: param(input, 'issuer'),
						name: nameParam(meeting),
						time: timeParam(meeting),
						place: meeting.place ? text(meeting.place) : BLANK,
						participants: param(input, 'notice.participants', participants),
					}),
				],
				'heading',
			),
			{ type: 'heading', level: 1, text: code('phone.log-title') },
			{
				type: 'table',
				head: ['phone.number', 'phone.callee', 'phone.receiver', 'phone.answered-at', 'phone.relayed-by', 'phone.reply'].map((c) =>
					code(c),
				),
				// Nothing logged yet: a row per person to call (被通知人 from the list), or empty rows, to fill in by hand.
				rows:
					rows.length > 0
						? rows
						: (input.participants ?? []).length > 0
							? input.participants!.map((person, i) => [text(String(i + 1)), text(person.name), text(''), text(''), text(''), text('')])
							: Array.from({ length: 8 }, (_, i) => [text(String(i + 1)), text(''), text(''), text(''), text(''), text('')]),
			},
		],
	};
}

/** 會議日程 / 會議議程 (第四篇 一(二)) and a 主持詞 skeleton (第四篇 一(五)3). */
export function draftAgenda(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const items = agendaItems(input.edits);
	const schedule = sittings(meeting).map((sitting): DocText[] => [sittingText(sitting), text(''), text(meeting.place)]);
	return {
		kind: 'agenda',
		title: code('title.agenda', { name: nameParam(meeting) }),
		blocks: [
			{ type: 'heading', level: 1, text: code('agenda.schedule-title') },
			{
				type: 'table',
				head: [code('agenda.when'), code('agenda.what'), code('agenda.where')],
				rows: schedule.length > 0 ? schedule : [[text(''), text(''), text('')]],
			},
			{ type: 'heading', level: 1, text: code('agenda.items-title') },
			field(
				input,
				'agenda.items',
				'agenda-items',
				items.map((item, i) => code('agenda.item', { number: chineseNumber(i + 1), item })),
				'inline',
			),
			{ type: 'heading', level: 1, text: code('agenda.script-title') },
			field(
				input,
				'agenda.script',
				'script',
				[
					code('script.opening', { name: nameParam(meeting), count: items.length > 0 ? chineseNumber(items.length) : BLANK }),
					...(items.length > 0 ? items.map(text) : [BLANK]).map((item, i) => code('script.item', { number: chineseNumber(i + 1), item })),
					code('script.closing'),
				],
				'inline',
			),
		],
	};
}

/** 會議記錄 sheet (第五篇 三4): its seven contents, with 主持人 and 記錄人. */
export function draftRecord(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const people = attendanceOf(input.participants);
	const attendance = [
		...(people.present.length > 0 ? [code('field-line', { label: code('field.present'), value: list(names(people.present))[0]! })] : []),
		...(people.onLeave.length > 0 ? [code('field-line', { label: code('field.on-leave'), value: list(names(people.onLeave))[0]! })] : []),
		...(people.observers.length > 0
			? [code('field-line', { label: code('field.attending-observers'), value: list(names(people.observers))[0]! })]
			: []),
		...(people.absent.length > 0 ? [code('field-line', { label: code('field.absent'), value: list(names(people.absent))[0]! })] : []),
	];
	const known: Record<(typeof RECORD_CONTENTS)[number], DocText[]> = {
		time: timeLines(meeting),
		place: meeting.place ? [text(meeting.place)] : [],
		'main-content': list(agendaItems(input.edits).map(text)),
		attendance,
		proceedings: [],
		'speech-summary': [],
		conclusions: [],
	};
	return {
		kind: 'record',
		title: code('title.record', { name: nameParam(meeting) }),
		blocks: [
			...RECORD_CONTENTS.map((content) => field(input, `record.${content}`, content, known[content], 'inline')),
			field(input, 'record.host', 'host', [], 'inline'),
			field(input, 'record.recorder', 'recorder', [], 'inline'),
		],
	};
}

/** 會議紀要 (第五篇 三5; 第三篇 ★ 分送): 出席/請假/列席, 議定事項, 分送, 核稿 and 簽發. */
export function draftMinutes(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const people = attendanceOf(input.participants);
	const distribution = (input.distribution ?? []).map(text);
	return {
		kind: 'minutes',
		title: code('title.minutes', { name: nameParam(meeting) }),
		blocks: [
			{ type: 'paragraph', text: code('minutes.number'), indent: false, align: 'center' },
			field(input, 'minutes.time', 'time', timeLines(meeting), 'inline'),
			field(input, 'minutes.place', 'place', meeting.place ? [text(meeting.place)] : [], 'inline'),
			field(input, 'minutes.host', 'host', [], 'inline'),
			field(
				input,
				'minutes.present',
				'present',
				list(
					names(
						people.present.length > 0
							? people.present
							: people.expected.filter((p) => p.attendance !== 'on-leave' && p.attendance !== 'absent'),
					),
				),
				'inline',
			),
			field(input, 'minutes.on-leave', 'on-leave', list(names(people.onLeave)), 'inline'),
			field(input, 'minutes.observers', 'attending-observers', list(names(people.observers)), 'inline'),
			field(input, 'minutes.recorder', 'recorder', [], 'inline'),
			field(input, 'minutes.decisions', 'decisions', [], 'heading'),
			field(input, 'minutes.distribution', 'distribution', list(distribution), 'inline'),
			field(input, 'minutes.reviewer', 'reviewer', [], 'inline'),
			field(input, 'minutes.signer', 'signer', [], 'inline'),
			...issuerDate(input, 'minutes'),
		],
	};
}

/** The notice's number as printed: the meeting's date year and the running number. */
export function resolutionNumber(input: DraftInput, notice: ResolutionNotice): string {
	const year = (sittings(input.meeting)[0]?.start ?? input.issuedOn).slice(0, 4);
	return `〔${year}〕${notice.number}`;
}

/** 會議決議執行通知單 (第五篇 四): for each notice its 存根聯, the cut line, and the copy sent out. */
export function draftResolution(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const notices: ResolutionNotice[] =
		input.resolutions && input.resolutions.length > 0
			? [...input.resolutions].sort((a, b) => a.number - b.number)
			: [{ id: 'blank', number: 1, unit: '', matter: '', deadline: '', progress: '', feedbackOn: '', closed: false }];
	const row = (label: string, value: string): DocText[] => [code(label), text(value)];
	const blocks: DocBlock[] = [];
	notices.forEach((notice, index) => {
		const number = resolutionNumber(input, notice);
		const deadline = chineseNumeralDate(notice.deadline);
		// Stub and notice share their head: the number and what was decided, by whom, by when.
		const half = (title: 'resolution.stub' | 'resolution.copy', more: DocText[][]): DocBlock[] => [
			{ type: 'heading', level: 2, text: code(title) },
			{ type: 'paragraph', text: code('resolution.number', { number }), indent: false, align: 'right' },
			{
				type: 'table',
				head: [],
				rows: [
					row('resolution.meeting', meeting.name),
					row('resolution.unit', notice.unit),
					row('resolution.matter', notice.matter),
					row('resolution.deadline', deadline),
					...more,
				],
			},
		];
		if (index > 0) blocks.push({ type: 'page-break' });
		blocks.push(
			...half('resolution.stub', [
				row('resolution.progress', notice.progress),
				row('resolution.feedback-on', chineseNumeralDate(notice.feedbackOn)),
				[code('resolution.status'), code(notice.closed ? 'resolution-closed' : 'resolution-open')],
			]),
			{ type: 'cut', text: code('resolution.cut') },
			...half('resolution.copy', []),
			{ type: 'paragraph', text: code('resolution.request'), indent: true },
			field(input, 'resolution.reviewer', 'reviewer', [], 'inline'),
			field(input, 'resolution.signer', 'signer', [], 'inline'),
			...issuerDate(input, 'resolution'),
		);
	});
	return { kind: 'resolution', title: code('title.resolution'), blocks };
}

/** 第一篇 接待工作方案 with its 行程安排 and the approval line. */
export function draftReceptionPlan(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const people = attendanceOf(input.participants);
	const known: Record<(typeof RECEPTION_PLAN_CONTENTS)[number], DocText[]> = {
		work: [],
		time: timeLines(meeting),
		place: meeting.place ? [text(meeting.place)] : [],
		participants: list(names(people.expected)),
		requirements: meeting.notes.trim() ? [text(meeting.notes.trim())] : [],
		division: [],
	};
	return {
		kind: 'reception-plan',
		title: code('title.reception-plan', { name: nameParam(meeting) }),
		blocks: [
			...RECEPTION_PLAN_CONTENTS.map((content, index) =>
				field(input, `reception.${content}`, content, known[content], 'heading', index + 1),
			),
			{ type: 'heading', level: 1, text: code('field.itinerary') },
			{
				type: 'table',
				head: [code('agenda.when'), code('agenda.what'), code('agenda.where')],
				rows:
					sittings(meeting).length > 0
						? sittings(meeting).map((s) => [sittingText(s), text(''), text(meeting.place)])
						: [[text(''), text(''), text('')]],
			},
			{ type: 'paragraph', text: code('reception.approval-line'), indent: false },
		],
	};
}

/** 第一篇 活動手冊: 日程、名單、縣情、政策、參觀點、線路、天氣. */
export function draftActivityHandbook(input: DraftInput): DocumentDraft {
	const { meeting } = input;
	const known: Record<(typeof HANDBOOK_CONTENTS)[number], DocText[]> = {
		schedule: sittings(meeting).map(sittingText),
		guests: list(names(input.participants ?? [])),
		'county-profile': [],
		'investment-policy': [],
		sites: [],
		route: [],
		weather: [],
	};
	return {
		kind: 'activity-handbook',
		title: code('title.activity-handbook', { name: nameParam(meeting) }),
		blocks: HANDBOOK_CONTENTS.map((content, index) => field(input, `handbook.${content}`, content, known[content], 'heading', index + 1)),
	};
}

const BUILDERS: Record<DocumentKind, (input: DraftInput) => DocumentDraft> = {
	plan: draftPlan,
	notice: draftNotice,
	'phone-notice': draftPhoneNotice,
	agenda: draftAgenda,
	record: draftRecord,
	minutes: draftMinutes,
	resolution: draftResolution,
	'reception-plan': draftReceptionPlan,
	'activity-handbook': draftActivityHandbook,
};

/** The draft of one kind. */
export function draftDocument(kind: DocumentKind, input: DraftInput): DocumentDraft {
	return BUILDERS[kind](input);
}
