import { describe, expect, it } from 'vitest';
import { documentText, plainText, resolveDocument } from '../../src/i18n/documentText';
import { documentsMessages } from '../../src/i18n/messages/documents';
import { chineseNumber, chineseNumeralDate } from '../../src/lib/documents/chineseNumerals';
import {
	documentIssuedOn,
	draftDocument,
	NOTICE_CONTENTS,
	PLAN_CONTENTS,
	RECORD_CONTENTS,
	typedIssueDate,
	type DraftInput,
} from '../../src/lib/documents/drafts';
import { BLANK, DOCUMENT_KINDS, type DocumentKind } from '../../src/lib/documents/model';
import { documentParticipants } from '../../src/lib/documents/participants';
import { blankParticipant } from '../../src/lib/participants';
import type { Participant, ParticipantInput } from '../../src/schemas/participant';

const meeting = {
	name: '二〇二六年第十二次常委會議',
	start: '2026-11-30T09:00',
	end: '2026-11-30T11:30',
	place: '區委第一會議室',
	notes: '請著正裝',
};

const participants = [
	{ name: '王書記', leader: true, attendance: 'present' as const },
	{ name: '李區長', leader: true, attendance: 'present' as const },
	{ name: '張委員', attendance: 'on-leave' as const },
	{ name: '陳主任', attendance: 'observer' as const },
];

const sample: DraftInput = { meeting, issuedOn: '2026-11-27' };
const blank = documentsMessages.blank;
const text = (kind: DocumentKind, input: DraftInput = sample) =>
	plainText(resolveDocument(draftDocument(kind, input), documentsMessages), blank);
const field = (kind: DocumentKind, key: string, input: DraftInput = sample) => {
	const block = resolveDocument(draftDocument(kind, input), documentsMessages).blocks.find((b) => b.type === 'field' && b.key === key);
	if (!block || block.type !== 'field') throw new Error(`no field ${key}`);
	return block;
};

describe('Chinese numerals', () => {
	it('writes dates as the official layout does', () => {
		expect(chineseNumeralDate('2026-11-30')).toBe('二〇二六年十一月三十日');
		expect(chineseNumeralDate('2027-01-05T09:00')).toBe('二〇二七年一月五日');
		expect(chineseNumeralDate('2026-10-21')).toBe('二〇二六年十月二十一日');
		expect(chineseNumeralDate('')).toBe('');
	});
	it('counts headings', () => {
		expect([1, 10, 11, 16, 20, 31].map(chineseNumber)).toEqual(['一', '十', '十一', '十六', '二十', '三十一']);
	});
});

describe('every draft', () => {
	it.each(DOCUMENT_KINDS)('%s resolves every code and names the meeting (or is the resolution notice)', (kind) => {
		const all = text(kind);
		expect(all).not.toMatch(/\{\w+\}/);
		expect(all).toContain(meeting.name);
	});
});

describe('會議方案 (第二篇 二)', () => {
	it('has each content of the standard as a numbered heading, in order', () => {
		const draft = resolveDocument(draftDocument('plan', sample), documentsMessages);
		const labels = draft.blocks.flatMap((b) => (b.type === 'field' ? [b.label] : []));
		expect(labels).toHaveLength(PLAN_CONTENTS.length);
		expect(labels.slice(0, 4)).toEqual(['一、會議名稱', '二、時間', '三、地點', '四、議程']);
		expect(labels.at(-1)).toBe('十六、其它特殊要求');
		expect(draft.title).toBe('二〇二六年第十二次常委會議方案');
	});
	it('fills what the meeting knows, in Chinese numerals, and leaves the rest blank', () => {
		expect(field('plan', 'plan.time').lines).toEqual(['二〇二六年十一月三十日 09:00—11:30']);
		expect(field('plan', 'plan.place').lines).toEqual(['區委第一會議室']);
		expect(field('plan', 'plan.other').lines).toEqual(['請著正裝']);
		expect(field('plan', 'plan.security').blank).toBe(true);
		expect(field('plan', 'plan.participants').blank).toBe(true);
	});
	it('names leaders, participants and observers once the meeting has people', () => {
		const input = { ...sample, participants };
		expect(field('plan', 'plan.leaders', input).lines).toEqual(['王書記、李區長']);
		expect(field('plan', 'plan.participants', input).lines).toEqual(['王書記、李區長、張委員']);
		expect(field('plan', 'plan.observers', input).lines).toEqual(['陳主任']);
	});
	it('takes what a person typed over the draft', () => {
		const input = { ...sample, edits: { 'plan.security': '公安局派兩名民警\n消防通道保持暢通', 'plan.place': '  ' } };
		expect(field('plan', 'plan.security', input).lines).toEqual(['公安局派兩名民警', '消防通道保持暢通']);
		expect(field('plan', 'plan.place', input).lines).toEqual(['區委第一會議室']);
	});
	it('lists each sitting of a multi-day meeting', () => {
		const input = {
			...sample,
			meeting: {
				...meeting,
				sessions: [
					{ start: '2026-11-30T09:00', end: '2026-11-30T12:00' },
					{ start: '2026-12-01T14:30', end: '2026-12-01T17:00' },
				],
			},
		};
		expect(field('plan', 'plan.time', input).lines).toEqual(['二〇二六年十一月三十日 09:00—12:00;二〇二六年十二月一日 14:30—17:00']);
	});
});

describe('會議通知', () => {
	it('opens with the meeting, lists the contents of both standards and dates itself in Chinese numerals', () => {
		const draft = resolveDocument(draftDocument('notice', sample), documentsMessages);
		expect(draft.title).toBe('關於召開二〇二六年第十二次常委會議的通知');
		expect(draft.blocks[0]).toMatchObject({
			type: 'paragraph',
			text: '經研究,定於二〇二六年十一月三十日 09:00—11:30在區委第一會議室召開二〇二六年第十二次常委會議。現將有關事項通知如下:',
		});
		expect(draft.blocks.filter((b) => b.type === 'field')).toHaveLength(NOTICE_CONTENTS.length);
		expect(field('notice', 'notice.contact').blank).toBe(true);
		expect(draft.blocks.at(-1)).toMatchObject({ type: 'paragraph', text: '二〇二六年十一月二十七日', align: 'right' });
	});
	it('leaves the time blank when the meeting has no date yet', () => {
		const input = { ...sample, meeting: { ...meeting, start: '', end: '' } };
		expect(text('notice', input)).toContain(`定於${blank}在區委第一會議室`);
		expect(field('notice', 'notice.time', input).blank).toBe(true);
	});
});

describe('電話通知稿', () => {
	it('writes a short script and logs 受話人, 接聽時間 and 轉告人 of each call', () => {
		const input = {
			...sample,
			edits: { issuer: '區委辦公室' },
			calls: [
				{ id: 'c1', callee: '張委員', receiver: '張委員秘書小劉', answeredAt: '2026-11-28T10:05', relayedBy: '小劉', reply: '可出席' },
			],
		};
		const draft = resolveDocument(draftDocument('phone-notice', input), documentsMessages);
		expect(field('phone-notice', 'phone.script', input).lines[0]).toBe(
			`您好!這裡是區委辦公室。二〇二六年第十二次常委會議定於二〇二六年十一月三十日 09:00—11:30在區委第一會議室召開,請${blank}準時參加。收到請回覆,謝謝。`,
		);
		const table = draft.blocks.find((b) => b.type === 'table');
		expect(table).toMatchObject({
			head: ['序號', '被通知人', '受話人', '接聽時間', '轉告人', '回覆情況'],
			rows: [['1', '張委員', '張委員秘書小劉', '2026-11-28 10:05', '小劉', '可出席']],
		});
	});
	it('prints empty rows to log calls by hand when none is logged', () => {
		const table = resolveDocument(draftDocument('phone-notice', sample), documentsMessages).blocks.find((b) => b.type === 'table');
		expect(table?.type === 'table' && table.rows).toHaveLength(8);
	});
});

describe('日程、議程與主持詞', () => {
	it('numbers the typed agenda and walks the host through it', () => {
		const input = { ...sample, edits: { 'agenda.items': '傳達上級會議精神\n研究年度工作要點' } };
		expect(field('agenda', 'agenda.items', input).lines).toEqual(['傳達上級會議精神', '研究年度工作要點']);
		expect(field('agenda', 'agenda.script', input).lines).toEqual([
			'同志們:現在開會。今天召開二〇二六年第十二次常委會議,主要議程有二項。',
			'下面進行第一項議程:傳達上級會議精神。',
			'下面進行第二項議程:研究年度工作要點。',
			'會議的各項議程已經完成。散會。',
		]);
	});
	it('schedules each sitting', () => {
		const table = resolveDocument(draftDocument('agenda', sample), documentsMessages).blocks.find((b) => b.type === 'table');
		expect(table?.type === 'table' && table.rows).toEqual([['二〇二六年十一月三十日 09:00—11:30', '', '區委第一會議室']]);
	});
});

describe('會議記錄 (第五篇 三4)', () => {
	it('has the seven contents, then 主持人 and 記錄人', () => {
		const labels = resolveDocument(draftDocument('record', sample), documentsMessages).blocks.flatMap((b) =>
			b.type === 'field' ? [b.label] : [],
		);
		expect(labels).toEqual(['時間', '地點', '主要內容', '與會人員情況', '會議進行情況', '發言摘要', '會議結論', '主持人', '記錄人']);
		expect(RECORD_CONTENTS).toHaveLength(7);
		expect(field('record', 'record.attendance', { ...sample, participants }).lines).toEqual([
			'出席:王書記、李區長',
			'請假:張委員',
			'列席:陳主任',
		]);
	});
});

describe('會議紀要', () => {
	it('takes 出席, 請假 and 列席 from the attendance and the 分送 list chosen', () => {
		const input = { ...sample, participants, distribution: ['區四套班子領導', '區人大辦', '存檔'] };
		expect(field('minutes', 'minutes.present', input).lines).toEqual(['王書記、李區長']);
		expect(field('minutes', 'minutes.on-leave', input).lines).toEqual(['張委員']);
		expect(field('minutes', 'minutes.observers', input).lines).toEqual(['陳主任']);
		expect(field('minutes', 'minutes.distribution', input).lines).toEqual(['區四套班子領導、區人大辦、存檔']);
		expect(field('minutes', 'minutes.reviewer', input)).toMatchObject({ label: '核稿', blank: true });
		expect(field('minutes', 'minutes.signer', input)).toMatchObject({ label: '簽發', blank: true });
	});
	it('leaves the attendance blank without participants', () => {
		expect(field('minutes', 'minutes.present').blank).toBe(true);
		expect(field('minutes', 'minutes.distribution').blank).toBe(true);
	});
});

describe('會議決議執行通知單 (第五篇 四)', () => {
	const resolutions = [
		{ id: 'r2', number: 2, unit: '財政局', matter: '撥付專項經費', deadline: '2026-12-10', progress: '', feedbackOn: '', closed: false },
		{
			id: 'r1',
			number: 1,
			unit: '教育局',
			matter: '完成校舍安全檢查',
			deadline: '2026-12-04',
			progress: '已完成',
			feedbackOn: '2026-12-03',
			closed: true,
		},
	];
	it('gives each notice, in number order, a stub (存根聯) with its 督辦 record, a cut line and the copy', () => {
		const draft = resolveDocument(draftDocument('resolution', { ...sample, resolutions }), documentsMessages);
		const all = plainText(draft, blank);
		expect(all.indexOf('編號:〔2026〕1')).toBeLessThan(all.indexOf('編號:〔2026〕2'));
		expect(draft.blocks.filter((b) => b.type === 'heading' && b.text === '存根聯')).toHaveLength(2);
		expect(draft.blocks.filter((b) => b.type === 'cut')).toHaveLength(2);
		expect(all).toContain('承辦單位 教育局');
		expect(all).toContain('辦理時限 二〇二六年十二月四日');
		expect(all).toContain('反饋日期 二〇二六年十二月三日');
		expect(all).toContain('督辦狀態 已辦結');
		expect(all).toContain('督辦狀態 辦理中');
	});
	it('is one blank notice when none is recorded', () => {
		const draft = resolveDocument(draftDocument('resolution', sample), documentsMessages);
		expect(draft.blocks.filter((b) => b.type === 'cut')).toHaveLength(1);
		expect(plainText(draft, blank)).toContain('編號:〔2026〕1');
	});
});

describe('第一篇 接待工作方案 and 活動手冊', () => {
	it('covers the reception plan contents and the itinerary', () => {
		const all = text('reception-plan');
		for (const label of ['一、工作內容', '二、時間', '三、地點', '四、參加人員', '五、有關要求', '六、具體分工', '行程安排'])
			expect(all).toContain(label);
	});
	it('covers the handbook contents, guests from the participants', () => {
		const all = text('activity-handbook', { ...sample, participants });
		for (const label of ['日程安排', '來賓及本縣陪同人員名單', '招商引資政策', '參觀點簡介', '參觀線路', '天氣預報'])
			expect(all).toContain(label);
		expect(field('activity-handbook', 'handbook.guests', { ...sample, participants }).lines).toEqual(['王書記、李區長、張委員、陳主任']);
	});
});

describe('documentText', () => {
	it('marks a blank with the blank message', () => {
		expect(documentText(BLANK, documentsMessages)).toBe(blank);
	});
});

describe("the meeting's people (participants store → documents)", () => {
	let n = 0;
	const person = (name: string, change: Partial<ParticipantInput> = {}): Participant => ({
		...blankParticipant(name),
		...change,
		id: `p-person${++n}`,
	});
	// 類別 出席/列席/邀請/工作人員 × attendance 擬出席/請假/缺席/已簽到, in precedence order.
	const people = [
		person('王書記', { category: 'attendee', rostrum: true, attendance: 'signed-in', unit: '區委' }),
		person('李區長', { category: 'attendee', rostrum: true, attendance: 'expected' }),
		person('張委員', { category: 'attendee', attendance: 'leave', reason: '出差' }),
		person('趙委員', { category: 'attendee', attendance: 'absent' }),
		person('陳主任', { category: 'observer', attendance: 'signed-in' }),
		person('周局長', { category: 'observer', attendance: 'leave' }),
		person('吳教授', { category: 'guest', attendance: 'signed-in', unit: '市黨校' }),
		person('小劉', { category: 'staff', attendance: 'signed-in' }),
	];

	it('maps 類別 and attendance onto how each takes part, leaving out 工作人員', () => {
		expect(documentParticipants(people)).toEqual([
			{ name: '王書記', unit: '區委', attendance: 'present', leader: true },
			{ name: '李區長', leader: true },
			{ name: '張委員', attendance: 'on-leave' },
			{ name: '趙委員', attendance: 'absent' },
			{ name: '陳主任', attendance: 'observer', observer: true },
			{ name: '周局長', attendance: 'on-leave', observer: true },
			{ name: '吳教授', unit: '市黨校', attendance: 'present', invited: true },
		]);
		expect(documentParticipants([])).toEqual([]);
	});

	const input = { ...sample, participants: documentParticipants(people) };

	it('fill the plan: 出席領導 from the rostrum, 參加人員, 列席人員 and 擬邀請人員', () => {
		expect(field('plan', 'plan.leaders', input).lines).toEqual(['王書記、李區長']);
		expect(field('plan', 'plan.participants', input).lines).toEqual(['王書記、李區長、張委員、趙委員']);
		expect(field('plan', 'plan.observers', input).lines).toEqual(['陳主任、周局長']);
		expect(field('plan', 'plan.invitees', input).lines).toEqual(['吳教授']);
		expect(text('plan', input)).not.toContain('小劉');
	});

	it("fill the record's 與會人員情況 with 出席, 請假, 列席 and 缺席", () => {
		expect(field('record', 'record.attendance', input).lines).toEqual([
			'出席:王書記、吳教授',
			'請假:張委員、周局長',
			'列席:陳主任',
			'缺席:趙委員',
		]);
	});

	it("fill the minutes' 出席, 請假 and 列席", () => {
		expect(field('minutes', 'minutes.present', input).lines).toEqual(['王書記、吳教授']);
		expect(field('minutes', 'minutes.on-leave', input).lines).toEqual(['張委員、周局長']);
		expect(field('minutes', 'minutes.observers', input).lines).toEqual(['陳主任']);
	});

	it("fill the notice's 參加人員 and the phone log's 被通知人, one row a person, to write 受話人 and 接聽時間 in", () => {
		expect(field('notice', 'notice.participants', input).lines).toEqual(['王書記、李區長、張委員、趙委員、吳教授']);
		const table = resolveDocument(draftDocument('phone-notice', input), documentsMessages).blocks.find((b) => b.type === 'table');
		if (table?.type !== 'table') throw new Error('no call log');
		expect(table.rows.map((row) => row.slice(0, 3))).toEqual([
			['1', '王書記', ''],
			['2', '李區長', ''],
			['3', '張委員', ''],
			['4', '趙委員', ''],
			['5', '陳主任', ''],
			['6', '周局長', ''],
			['7', '吳教授', ''],
		]);
	});

	it('name guests in the activity handbook', () => {
		expect(field('activity-handbook', 'handbook.guests', input).lines[0]).toContain('吳教授');
	});
});

describe('成文日期 per document', () => {
	it('reads a typed date in the usual ways, and refuses a day the calendar lacks', () => {
		expect(typedIssueDate('2026-12-01')).toBe('2026-12-01');
		expect(typedIssueDate(' 2026/12/1 ')).toBe('2026-12-01');
		expect(typedIssueDate('2026.2.28')).toBe('2026-02-28');
		expect(typedIssueDate('2026年12月1日')).toBe('2026-12-01');
		expect(typedIssueDate('2028-02-29')).toBe('2028-02-29');
		expect(typedIssueDate('2026-02-29')).toBeNull();
		expect(typedIssueDate('2026-02-30')).toBeNull();
		expect(typedIssueDate('2026-13-01')).toBeNull();
		expect(typedIssueDate('十二月一日')).toBeNull();
		expect(typedIssueDate('')).toBeNull();
	});

	it('takes the date typed for one document, in Chinese numerals, and leaves the others on the default', () => {
		const input = { ...sample, edits: { 'minutes.issued-on': '2026-12-02' } };
		const last = (kind: DocumentKind) => resolveDocument(draftDocument(kind, input), documentsMessages).blocks.at(-1);
		expect(last('minutes')).toMatchObject({ type: 'paragraph', text: '二〇二六年十二月二日', align: 'right' });
		expect(last('notice')).toMatchObject({ type: 'paragraph', text: '二〇二六年十一月二十七日' });
		expect(last('resolution')).toMatchObject({ type: 'paragraph', text: '二〇二六年十一月二十七日' });
		expect(documentIssuedOn({ ...sample, edits: { 'notice.issued-on': '  ' } }, 'notice')).toBe('2026-11-27');
	});

	it('prints an impossible date as a marked blank, never as another date', () => {
		const input = { ...sample, edits: { 'notice.issued-on': '2026-02-30', 'notice.contact': '0571-1234567' } };
		expect(documentIssuedOn(input, 'notice')).toBe('');
		const draft = resolveDocument(draftDocument('notice', input), documentsMessages);
		expect(draft.blocks.at(-1)).toMatchObject({ type: 'paragraph', text: blank });
		expect(text('notice', input)).not.toContain('二〇二六年十一月二十七日');
		// What else was typed is still there.
		expect(field('notice', 'notice.contact', input).lines).toEqual(['0571-1234567']);
	});
});
