/**
 * The shape of a drafted meeting document (issue #20). Builders in this folder
 * return it with message codes and params, never display text; the page fills
 * the codes from src/i18n/messages/documents.ts and renders the same draft on
 * screen, as an A4 print and as a .docx.
 */

export const DOCUMENT_KINDS = [
	'plan',
	'notice',
	'phone-notice',
	'agenda',
	'record',
	'minutes',
	'resolution',
	'reception-plan',
	'activity-handbook',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A message code with its params, or text that is already final (the meeting's or the person's own). */
export type DocText =
	| { code: string; params?: Record<string, DocParam> }
	| { text: string }
	/** Several texts joined by the separator message (e.g. 、 between names). */
	| { join: DocText[]; separator: string };
export type DocParam = string | number | DocText;

/** What has no value yet: the renderer shows it as a marked blank (message `blank`). */
export const BLANK: DocText = Object.freeze({ code: 'blank' });

/**
 * One editable item: a heading (label) and its lines. `lines` empty = a marked
 * blank. `key` identifies what the person typed (store `huiwu:v1:documents`).
 */
export interface DocField {
	type: 'field';
	key: string;
	label: DocText;
	/** Heading number (一、二、…) when the field is one item of a numbered enumeration. */
	number?: string;
	lines: DocText[];
	/** 'inline': 「label:value」 on one line; 'heading': the label as a heading, the value below. */
	layout: 'inline' | 'heading';
}

export type DocBlock =
	| DocField
	| { type: 'heading'; level: 1 | 2; text: DocText }
	| { type: 'paragraph'; text: DocText; indent: boolean; align?: 'left' | 'right' | 'center' }
	| { type: 'table'; head: DocText[]; rows: DocText[][] }
	/** The line between a stub (存根聯) and the copy sent out. */
	| { type: 'cut'; text: DocText }
	| { type: 'page-break' };

export interface DocumentDraft {
	kind: DocumentKind;
	title: DocText;
	blocks: DocBlock[];
}

/** A person of the meeting as the drafts need them (the participants store of issue #19 maps onto it). */
export interface DocumentParticipant {
	name: string;
	unit?: string;
	/** How they take part: 出席, 請假, 列席; unknown = counted as expected to attend. */
	attendance?: 'present' | 'on-leave' | 'observer' | 'absent';
	/** Leaders are named under 出席領導 in the plan. */
	leader?: boolean;
	/** 類別 列席, whatever their attendance: the plan lists them under 列席人員 even when on leave. */
	observer?: boolean;
	/** 邀請: named under 擬邀請人員 in the plan rather than 參加人員. */
	invited?: boolean;
}

/** What a person typed into a draft: field key → text (lines split at newlines). */
export type DocumentEdits = Readonly<Record<string, string>>;

/** One call of the phone-notice log (第五篇 二2: 受話人 and 接聽時間 recorded). */
export interface CallLogEntry {
	id: string;
	callee: string;
	receiver: string;
	/** wall clock `YYYY-MM-DDTHH:mm`, or '' */
	answeredAt: string;
	relayedBy: string;
	reply: string;
}

/** One 會議決議執行通知單 and its 督辦 record (第五篇 四). */
export interface ResolutionNotice {
	id: string;
	/** The notice's running number within the meeting (1, 2, …). */
	number: number;
	unit: string;
	matter: string;
	/** 辦理時限, `YYYY-MM-DD` or '' */
	deadline: string;
	progress: string;
	/** 反饋日期, `YYYY-MM-DD` or '' */
	feedbackOn: string;
	closed: boolean;
}
