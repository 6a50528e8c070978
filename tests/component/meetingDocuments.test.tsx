import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import MeetingDocuments from '../../src/components/documents/MeetingDocuments';
import { documentsMessages as m } from '../../src/i18n/messages/documents';
import { blankParticipant } from '../../src/lib/participants';
import type { Meeting } from '../../src/schemas/meeting';
import { $documents, documentsStore } from '../../src/stores/documents';
import { participantsStore } from '../../src/stores/participants';
import { mount } from './support/dom';

// The documents section of the meeting page, with the real stores on happy-dom's localStorage.
const meeting: Meeting = {
	id: 'm-compdocs01',
	name: '區委常委會議',
	flowId: 'standing-committee',
	start: '2026-11-30T09:00',
	end: '2026-11-30T11:30',
	place: '第一會議室',
	notes: '',
	expected: 0,
	archived: false,
	createdAt: 1,
	updatedAt: 1,
};

let host: HTMLElement | undefined;
afterEach(() => {
	if (host) render(null, host);
	host?.remove();
	localStorage.clear();
});

/** Commits a field's text as a person leaving the field does (Preact's onChange is the change event). */
async function commit(field: HTMLInputElement, value: string) {
	await act(async () => {
		field.value = value;
		field.dispatchEvent(new Event('change', { bubbles: true }));
		// The store's subscribers re-render on the next task.
		await new Promise((resolve) => setTimeout(resolve, 0));
	});
}

const preview = (root: HTMLElement, kind: string) =>
	root.querySelector(`[data-document-editor="${kind}"] .document-preview`)?.textContent ?? '';

describe("the meeting's documents", () => {
	it("name the meeting's people from its list as they take part", () => {
		participantsStore.addParticipants(meeting.id, [
			{ ...blankParticipant('王書記'), rostrum: true, attendance: 'signed-in' },
			{ ...blankParticipant('張委員'), attendance: 'leave' },
			{ ...blankParticipant('陳主任'), category: 'observer' },
			{ ...blankParticipant('小劉'), category: 'staff', attendance: 'signed-in' },
		]);
		host = mount(<MeetingDocuments meeting={meeting} messages={m} distributions={[]} onPrint={() => {}} />);
		expect(preview(host, 'record')).toContain('出席:王書記');
		expect(preview(host, 'record')).toContain('請假:張委員');
		expect(preview(host, 'record')).toContain('列席:陳主任');
		expect(preview(host, 'plan')).toContain('王書記');
		expect(preview(host, 'record')).not.toContain('小劉');
	});

	it('take a 成文日期 per document; a day the calendar lacks is said in Chinese, kept, and printed blank', async () => {
		host = mount(<MeetingDocuments meeting={meeting} messages={m} distributions={[]} onPrint={() => {}} />);
		const minutesDate = host.querySelector<HTMLInputElement>('[data-issued-on="minutes"]')!;
		expect(minutesDate.value).toMatch(/^\d{4}-\d{2}-\d{2}$/); // today by default
		expect(host.querySelector('[data-issued-on="plan"]')).toBeNull(); // a plan carries no 成文日期

		await commit(minutesDate, '2026-02-30');
		const alert = host.querySelector('[data-issued-on-invalid="minutes"]');
		expect(alert?.getAttribute('role')).toBe('alert');
		expect(alert?.textContent).toContain('成文日期「2026-02-30」不是日曆上實有的日期');
		expect(minutesDate.value).toBe('2026-02-30');
		expect($documents.get().meetings[meeting.id]?.fields['minutes.issued-on']?.value).toBe('2026-02-30');
		expect(preview(host, 'minutes')).toContain(m.blank);

		await commit(minutesDate, '2026年12月2日');
		expect(host.querySelector('[data-issued-on-invalid]')).toBeNull();
		expect(preview(host, 'minutes')).toContain('二〇二六年十二月二日');
		// Only the minutes changed date.
		expect(preview(host, 'notice')).not.toContain('二〇二六年十二月二日');

		// Emptied, it goes back to today's date.
		await commit(minutesDate, '');
		expect(minutesDate.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(documentsStore.exportFor(meeting.id)?.fields['minutes.issued-on']?.value).toBe('');
	});
});
