import { z } from './zodMini';

/**
 * The people of a meeting (store `huiwu:v1:participants`, see src/stores/README.md).
 * A meeting's list is kept in precedence order (序號 = position + 1): the
 * sign-in sheet, the cards and the rostrum plan all follow it.
 */

/** Most people one meeting's list holds. */
export const MAX_PARTICIPANTS = 1000;

/** 出席 / 列席 / 邀請 / 工作人員 */
export const participantCategories = ['attendee', 'observer', 'guest', 'staff'] as const;
export type ParticipantCategory = (typeof participantCategories)[number];

/** 擬出席 / 請假 / 缺席 / 已簽到 */
export const attendanceStatuses = ['expected', 'leave', 'absent', 'signed-in'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const genders = ['', 'male', 'female'] as const;
export type Gender = (typeof genders)[number];

/** A wall-clock date-time (`YYYY-MM-DDTHH:mm`), or empty. */
const wallClock = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/))]);
const timestamp = z.number().check(z.nonnegative());
const text = (max: number) => z.string().check(z.maxLength(max));

export const participantIdSchema = z.string().check(z.regex(/^p-[a-z0-9]{6,32}$/));

export const participantSchema = z.object({
	id: participantIdSchema,
	name: z.string().check(z.minLength(1), z.maxLength(100)),
	unit: text(200),
	title: text(200),
	category: z.enum(participantCategories),
	gender: z.enum(genders),
	/** 民族 as written (漢族, 回族…); empty when not given. */
	ethnicity: text(40),
	phone: text(60),
	note: text(500),
	/** 住宿: room number or hotel and room. */
	room: text(100),
	/** 就餐: table (a number or a name). */
	table: text(40),
	/** 就餐: dietary note (清真, 素食…). */
	diet: text(200),
	/** 車輛: car number. */
	car: text(40),
	/** Sits on the rostrum (主席臺); the rostrum plan takes these in list order. */
	rostrum: z.boolean(),
	attendance: z.enum(attendanceStatuses),
	/** 請假 or 缺席: the reason given or obtained. */
	reason: text(500),
	/** 請假: who took the leave request. */
	takenBy: text(100),
	/** 已簽到: when (the clerk's wall clock). */
	signedInAt: wallClock,
});
export type Participant = z.infer<typeof participantSchema>;

/** A person as entered, before the store gives an id. */
export type ParticipantInput = Omit<Participant, 'id'>;

export const participantListSchema = z.array(participantSchema).check(z.maxLength(MAX_PARTICIPANTS));

export const meetingParticipantsSchema = z.object({
	/** In precedence order. */
	people: participantListSchema,
	/** When this list last changed (a drop of the whole list is weighed against it). */
	updatedAt: timestamp,
	/** Person id → when that person was added or last edited: across tabs the later edit of each person wins. */
	stamps: z.record(participantIdSchema, timestamp),
	/** Person id → when that person was removed (a tombstone: an older copy in another tab does not bring them back). */
	removed: z.record(participantIdSchema, timestamp),
	/** When the order last changed (a move, an addition, a removal): across tabs the later order wins. */
	orderedAt: timestamp,
});
export type MeetingParticipants = z.infer<typeof meetingParticipantsSchema>;

/** Data version 2 of the participants store (1 had no `stamps`, `removed`, `orderedAt`). */
export const participantsStateSchema = z.object({
	/** meeting id → its list */
	lists: z.record(z.string(), meetingParticipantsSchema),
	/** meeting id → when its list was dropped (the meeting deleted for good). */
	deleted: z.record(z.string(), timestamp),
});
export type ParticipantsState = z.infer<typeof participantsStateSchema>;
