import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AudiencePlanner from '../../src/components/seating/AudiencePlanner';
import BanquetPlanner from '../../src/components/seating/BanquetPlanner';
import ReceptionPlanner from '../../src/components/seating/ReceptionPlanner';
import MeetingRostrum from '../../src/components/meetings/MeetingRostrum';
import MeetingSeatingPlans from '../../src/components/meetings/MeetingSeatingPlans';
import { meetingsMessages } from '../../src/i18n/messages/meetings';
import { participantsMessages } from '../../src/i18n/messages/participants';
import { seatingMessages } from '../../src/i18n/messages/seating';
import { blankParticipant } from '../../src/lib/participants';
import type { ParticipantInput } from '../../src/schemas/participant';
import { $participants, participantsOf, participantsStore } from '../../src/stores/participants';
import { $seatingLayouts, SEATING_LAYOUTS_KEY } from '../../src/stores/seatingLayouts';
import { click, fieldByLabel, mount, type } from './support/dom';

// The audience, reception and banquet planners (issue #21): fed from a meeting's
// list, saved with it, manual swaps with 恢復規則排列, and marking what changed
// since printing. Print geometry and reload stay in tests/e2e.
let host: HTMLElement | undefined;
let meetingCount = 0;
beforeEach(() => {
	window.print = vi.fn();
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		callback(0);
		return 0;
	});
});
afterEach(() => {
	if (host) render(null, host);
	host?.remove();
	vi.unstubAllGlobals();
	history.replaceState(null, '', '/');
});

const person = (name: string, change: Partial<ParticipantInput> = {}): ParticipantInput => ({ ...blankParticipant(name), ...change });

/** A meeting of its own for each test (the stores are the page's, shared by the tests of this file). */
function meetingWith(people: readonly ParticipantInput[]): { meetingId: string; ids: string[] } {
	const meetingId = `m-layout${++meetingCount}`;
	let ids: string[] = [];
	act(() => {
		ids = participantsStore.addParticipants(meetingId, people);
	});
	return { meetingId, ids };
}

function open(ui: preact.ComponentChild, path: string, meetingId?: string): HTMLElement {
	history.replaceState(null, '', `${path}${meetingId ? `?meeting=${meetingId}` : ''}`);
	host = mount(ui);
	return host;
}

/** A change of a store from outside the island (the meeting page, another tab): useStore re-renders on a timer. */
async function fromElsewhere(change: () => void) {
	change();
	await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

const props = { messages: seatingMessages, meetingHref: '/tools/meeting/' };
const banquet = (meetingId?: string) =>
	open(<BanquetPlanner {...props} cardsSource="/standards/county-meetings/#s3" />, '/tools/banquet/', meetingId);
const audience = (meetingId?: string) =>
	open(<AudiencePlanner {...props} ruleSource="/standards/office-standard/#s4-3-2-2" />, '/tools/audience/', meetingId);
const reception = (meetingId?: string) =>
	open(<ReceptionPlanner {...props} ruleSource="/standards/district-committee/#s3" />, '/tools/reception/', meetingId);

const button = (root: HTMLElement, name: string | RegExp) => {
	const found = [...root.querySelectorAll('button')].find((b) =>
		typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
	);
	if (!found) throw new Error(`no button ${name}`);
	return found;
};
/** A banquet table's names in seat order. */
const tableNames = (root: HTMLElement, table: number) =>
	[...root.querySelectorAll(`[data-table="${table}"] [data-seat]`)].map((seat) => seat.querySelector('.banquet-seat-name')?.textContent);
const seatButton = (root: HTMLElement, key: string) => root.querySelector<HTMLButtonElement>(`[data-swap-seat="${key}"]`)!;
const storedLayouts = () => JSON.parse(localStorage.getItem(SEATING_LAYOUTS_KEY) ?? 'null')?.data;

describe('宴請 opened from a meeting', () => {
	it('takes the hosts and guests from the list (邀請 are guests; leave, absent and staff are not seated) and saves the settings with the meeting', () => {
		const { meetingId } = meetingWith([
			person('張三'),
			person('吳明', { category: 'guest' }),
			person('李四'),
			person('鄭華', { category: 'guest' }),
			person('請假者', { attendance: 'leave' }),
			person('工作人員甲', { category: 'staff' }),
		]);
		const root = banquet(meetingId);
		expect(root.querySelector('textarea')).toBeNull();
		expect(root.querySelector('[data-meeting-source] a')?.getAttribute('href')).toBe(`/tools/meeting/?id=${meetingId}`);
		// 主陪 at seat 0, 主賓 on his right (the last seat), 副主賓 on his left, 副陪 opposite.
		expect(tableNames(root, 1)).toEqual(['張三', '鄭華', '李四', '吳明']);

		type(fieldByLabel(root, '每桌人數'), '2');
		expect(root.querySelectorAll('[data-table]')).toHaveLength(2);
		expect(root.querySelector('[data-layout-saved]')?.getAttribute('data-layout-saved')).toBe('saved');
		expect(storedLayouts().meetings[meetingId].banquet).toMatchObject({ perTable: 2, honour: 'right', swaps: [] });
		// No names in storage beyond the meeting's list: the layout keeps ids and settings.
		expect(JSON.stringify(storedLayouts().meetings[meetingId])).not.toContain('張三');
	});

	it('a person moved to the other side or left out, by the side list', () => {
		const { meetingId, ids } = meetingWith([person('張三'), person('吳明', { category: 'guest' }), person('李四')]);
		const root = banquet(meetingId);
		const select = root.querySelector<HTMLSelectElement>(`select[name="side-${ids[2]}"]`)!;
		act(() => {
			select.value = 'guest';
			select.dispatchEvent(new Event('change', { bubbles: true }));
		});
		// One host and two guests: 主賓 吳明 on the 主陪's right (the last seat), 副主賓 李四 on his left.
		expect(tableNames(root, 1)).toEqual(['張三', '李四', '吳明']);
		expect(root.querySelectorAll('[data-table="1"] [data-side="guest"]')).toHaveLength(2);
		expect(storedLayouts().meetings[meetingId].banquet.sides).toEqual({ [ids[2]!]: 'guest' });
	});

	it('swaps two seats by hand, marks them, keeps the swap with the meeting, and 恢復規則排列 returns to the rule', () => {
		const { meetingId, ids } = meetingWith([
			person('張三'),
			person('吳明', { category: 'guest' }),
			person('李四'),
			person('鄭華', { category: 'guest' }),
		]);
		const root = banquet(meetingId);
		expect(root.querySelector('[data-adjusted]')).toBeNull();
		click(seatButton(root, 't1s1'));
		expect(seatButton(root, 't1s1').getAttribute('aria-pressed')).toBe('true');
		expect(root.querySelector('[data-swap-status]')?.textContent).toContain('鄭華');
		click(seatButton(root, 't1s3'));
		expect(tableNames(root, 1)).toEqual(['張三', '吳明', '李四', '鄭華']);
		expect(root.querySelectorAll('[data-moved]')).toHaveLength(2);
		expect(seatButton(root, 't1s3').getAttribute('aria-label')).toContain('已調整');
		expect(root.querySelector('[data-swap-status]')?.textContent).toBe('已互換鄭華與吳明的座位。');
		expect(storedLayouts().meetings[meetingId].banquet.swaps).toEqual([
			{ seat: 't1s1', occupant: ids[1] },
			{ seat: 't1s3', occupant: ids[3] },
		]);

		click(button(root, '恢復規則排列'));
		expect(tableNames(root, 1)).toEqual(['張三', '鄭華', '李四', '吳明']);
		expect(root.querySelectorAll('[data-moved]')).toHaveLength(0);
		expect(storedLayouts().meetings[meetingId].banquet.swaps).toEqual([]);
	});

	it('Escape cancels a picked seat', () => {
		const { meetingId } = meetingWith([person('張三'), person('吳明', { category: 'guest' })]);
		const root = banquet(meetingId);
		click(seatButton(root, 't1s0'));
		act(() => {
			seatButton(root, 't1s0').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		});
		expect(seatButton(root, 't1s0').getAttribute('aria-pressed')).toBe('false');
		expect(root.querySelector('[data-swap-status]')?.textContent).toBe('已取消選取。');
	});

	it('after printing, a guest withdrawn the day before marks only the table that changed', async () => {
		const { meetingId, ids } = meetingWith([
			person('張三'),
			person('李四'),
			person('吳明', { category: 'guest' }),
			person('鄭華', { category: 'guest' }),
			person('錢進', { category: 'guest' }),
			person('孫七', { category: 'guest' }),
		]);
		const root = banquet(meetingId);
		type(fieldByLabel(root, '每桌人數'), '3');
		click(button(root, '列印全部桌卡'));
		expect(storedLayouts().meetings[meetingId].banquet.printed.cards).toBeDefined();
		expect(root.querySelectorAll('[data-changed]')).toHaveLength(0);
		await fromElsewhere(() => participantsStore.updateParticipant(meetingId, ids[5]!, { attendance: 'leave' }));
		expect([...root.querySelectorAll('[data-table][data-changed]')].map((table) => table.getAttribute('data-table'))).toEqual(['2']);
		click(button(root, '只列印有變動的桌卡'));
		expect(root.querySelectorAll('.card-sheet')).toHaveLength(1);
	});
});

describe('臺下 opened from a meeting', () => {
	it('seats the blocks by category, saves the settings, and after a withdrawal marks the moved seats and reprints only their tickets', async () => {
		const { meetingId, ids } = meetingWith([
			person('張三', { unit: '區政府' }),
			person('李四', { unit: '區政府' }),
			person('王五', { unit: '區財政局' }),
			person('趙六', { category: 'observer', unit: '區財政局' }),
		]);
		const root = audience(meetingId);
		type(fieldByLabel(root, '每排座位數'), '3');
		const seats = () =>
			[...root.querySelectorAll('.room-seat-list [data-person]')].map(
				(li) => `${li.getAttribute('data-person')} ${li.getAttribute('data-row')}-${li.getAttribute('data-seat')}`,
			);
		expect(seats()).toEqual(['張三 1-2', '李四 1-3', '王五 1-1', '趙六 2-2']);
		expect(storedLayouts().meetings[meetingId].audience).toMatchObject({ perRow: 3, groupBy: 'category' });

		click(button(root, '記下目前安排(列印後按此比對變動)'));
		expect(root.querySelector('[data-reprint-status]')?.textContent).toContain('已記下目前安排');
		await fromElsewhere(() => participantsStore.updateParticipant(meetingId, ids[0]!, { attendance: 'leave' }));
		// 李四 now heads the block, 王五 beside him (a row of two starts at the left); 趙六's row did not change.
		expect(seats()).toEqual(['李四 1-1', '王五 1-2', '趙六 2-2']);
		const marked = [...root.querySelectorAll('[data-audience-chart] [data-changed]')].map((seat) => seat.textContent);
		expect(marked.map((text) => text?.replace('有變動', ''))).toEqual(['李四', '王五']);
		expect(root.querySelector('[data-reprint-status]')?.textContent).toContain('有 2 人');
		expect(root.querySelector('[data-reprint-gone]')?.textContent).toContain('張三');
		expect(button(root, '只列印有變動的席卡').disabled).toBe(true);
		click(button(root, '只列印有變動的座位票'));
		expect([...root.querySelectorAll('[data-ticket] .seat-ticket-name')].map((name) => name.textContent)).toEqual(['李四', '王五']);
	});

	it('a swap by hand moves the tickets with it', () => {
		const { meetingId } = meetingWith([person('張三'), person('李四'), person('王五')]);
		const root = audience(meetingId);
		click(seatButton(root, 'r1s10'));
		click(seatButton(root, 'r1s11'));
		expect(root.querySelector('.room-seat-list [data-person="張三"]')?.getAttribute('data-seat')).toBe('11');
		expect(root.querySelectorAll('[data-moved]')).toHaveLength(2);
		expect(root.querySelector('[data-adjusted]')?.textContent).toBe('已手動調整');
	});
});

describe('會見 with pasted lists (no meeting): nothing saved, swaps and reprints still work', () => {
	it('swaps the principals’ neighbours, restores, and after a guest is removed only the new seat-holder is marked', () => {
		const root = reception();
		type(fieldByLabel(root, seatingMessages['reception.hosts']), '張三\n李四');
		type(fieldByLabel(root, seatingMessages['reception.guests']), '吳明\n鄭華\n錢進');
		const writes = localStorage.getItem(SEATING_LAYOUTS_KEY);
		const hostTwo = root.querySelector('[data-side="host"][data-rank="2"] [data-swap-seat]')!.getAttribute('data-swap-seat')!;
		const guestTwo = root.querySelector('[data-side="guest"][data-rank="2"] [data-swap-seat]')!.getAttribute('data-swap-seat')!;
		click(seatButton(root, hostTwo));
		click(seatButton(root, guestTwo));
		expect(seatButton(root, hostTwo).textContent).toContain('鄭華');
		click(button(root, '恢復規則排列'));
		expect(seatButton(root, hostTwo).textContent).toContain('李四');

		click(button(root, '記下目前安排(列印後按此比對變動)'));
		type(fieldByLabel(root, seatingMessages['reception.guests']), '吳明\n錢進');
		const marked = [...root.querySelectorAll('[data-reception-chart] [data-changed]')].map(
			(seat) => seat.querySelector('.room-seat-name')?.textContent,
		);
		expect(marked).toEqual(['錢進']);
		expect(root.querySelector('[data-reprint-gone]')?.textContent).toContain('鄭華');
		expect(localStorage.getItem(SEATING_LAYOUTS_KEY)).toBe(writes);
		expect($seatingLayouts.get().meetings).not.toHaveProperty('undefined');
	});
});

describe('a withdrawn leader re-flows every plan of the meeting', () => {
	it('leaves the rostrum preview and the banquet table at once; the saved rostrum plan says it is behind and what changed', async () => {
		const { meetingId, ids } = meetingWith([
			person('張書記', { rostrum: true }),
			person('李區長', { rostrum: true }),
			person('王副區長', { rostrum: true }),
			person('吳廳長', { category: 'guest' }),
		]);
		const meeting = {
			id: meetingId,
			name: '全區工作會議',
			flowId: 'standing-committee',
			start: '2026-12-01T09:00',
			end: '2026-12-01T11:30',
			place: '',
			notes: '',
			expected: 0,
			archived: false,
			createdAt: 1,
			updatedAt: 1,
		};
		const rostrumHost = document.createElement('div');
		document.body.append(rostrumHost);
		const drawRostrum = () =>
			act(() =>
				render(
					<MeetingRostrum
						meeting={meeting}
						people={participantsOf($participants.get(), meetingId)}
						messages={participantsMessages}
						seatingHref="/tools/seating/"
					/>,
					rostrumHost,
				),
			);
		drawRostrum();
		click(rostrumHost.querySelector('[data-rostrum-save]')!);
		expect(rostrumHost.querySelector('[data-rostrum-stale]')).toBeNull();
		const root = banquet(meetingId);
		expect(tableNames(root, 1)).toContain('李區長');

		await fromElsewhere(() => participantsStore.updateParticipant(meetingId, ids[1]!, { attendance: 'leave', reason: '出差' }));
		drawRostrum();
		expect(rostrumHost.querySelector('[data-meeting-rostrum]')?.getAttribute('data-count')).toBe('2');
		expect(rostrumHost.querySelector('[data-rostrum-row]')?.textContent).not.toContain('李區長');
		expect(rostrumHost.querySelector('[data-rostrum-stale]')?.textContent).toContain('不再上主席臺(請假、缺席或取消勾選):李區長');
		expect(tableNames(root, 1)).not.toContain('李區長');
		expect(tableNames(root, 1)).toHaveLength(3);

		click(rostrumHost.querySelector('[data-rostrum-save]')!);
		expect(rostrumHost.querySelector('[data-rostrum-stale]')).toBeNull();
		render(null, rostrumHost);
		rostrumHost.remove();
	});
});

describe('the meeting page links to its layouts', () => {
	it('beside the seat preview, in either edition, with the meeting id and no name in the URL', () => {
		for (const [seatingHref, banquetHref] of [
			['/huiwu/tools/seating/', '/huiwu/tools/banquet/'],
			['/huiwu/zh-cn/tools/seating/', '/huiwu/zh-cn/tools/banquet/'],
		] as const) {
			const root = mount(<MeetingSeatingPlans meetingId="m-abc123" messages={meetingsMessages} seatingHref={seatingHref} />);
			const links = [...root.querySelectorAll('[data-layout-link]')].map((link) => link.getAttribute('href'));
			expect(links).toHaveLength(3);
			expect(links).toContain(`${banquetHref}?meeting=m-abc123`);
			expect(root.querySelector('[data-meeting-layouts]')?.textContent).toContain('宴請桌次');
			render(null, root);
			root.remove();
		}
	});
});
