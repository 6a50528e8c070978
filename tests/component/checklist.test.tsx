import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Checklist from '../../src/components/checklist/Checklist';
import { checklistMessages as m } from '../../src/i18n/messages/checklist';
import { clausePath } from '../../src/lib/sitePaths';
import type { Flow } from '../../src/schemas/flow';
import { PROGRESS_KEY } from '../../src/stores/progress';
import { forgetAllStores } from '../../src/stores/storageEngine';
import { flowFromContent } from './support/content';

// Moved from tests/e2e/checklist.test.ts: partial parents, ticking a parent, reset with its
// confirmation and undo, role badges, and what a new release of the flow data does to ticks
// (reworded / removed steps) are the island's own logic on its store. Reloads, other tabs,
// broken or blocked storage, the keyboard, print and CSS stay in the e2e file.
const partyCongress = flowFromContent('party-congress');

afterEach(() => {
	cleanup();
	// The progress store lives as long as the module: each test starts with no ticks.
	localStorage.clear();
	forgetAllStores();
});

function checklist(flow: Flow = partyCongress, variant: 'full' | 'inline' = 'full') {
	return render(<Checklist flow={flow} messages={m} standardHref={clausePath(flow.standard)} variant={variant} />);
}

/** The checkbox of a step or item, by the text a person reads beside it. */
const box = (label: string) => screen.getByRole('checkbox', { name: label }) as HTMLInputElement;
/** Clicks `element` and lets the store's subscribers re-render (they do on the next task). */
async function press(element: Element): Promise<void> {
	fireEvent.click(element);
	await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
const tick = (label: string) => press(box(label));
/** A step's text (its id in content/flows), or an item's (`step/item`), as the list shows it. */
function text(key: string, flow: Flow = partyCongress): string {
	const [stepId, itemId] = key.split('/');
	const step = flow.sections.flatMap((section) => section.steps).find((s) => s.id === stepId)!;
	return itemId ? step.items!.find((item) => item.id === itemId)!.label : step.label;
}
const row = (key: string) => document.querySelector(`[data-step="${key}"]`)!;
const doneCount = () => document.querySelector('.checklist-progress-text')!.getAttribute('data-done');
const button = (name: string) => screen.getByRole('button', { name });

describe('ticking steps and sub-items', () => {
	it('counts the ticks in the progress, and shows a parent with one of two sub-items ticked as partial', async () => {
		checklist();
		await tick('擬定會議籌備方案');
		await tick('工作組');
		expect(doneCount()).toBe('2');
		expect(screen.getByText(/^已完成 2 \/ \d+ 項$/)).toBeTruthy();
		expect(box('擬定會議籌備方案').checked).toBe(true);
		expect(box('工作組').checked).toBe(true);
		expect(row('organize-preparation').getAttribute('data-state')).toBe('partial');
		const parent = box(text('organize-preparation'));
		expect(parent.checked).toBe(false);
		expect(parent.indeterminate).toBe(true);
		expect(parent.getAttribute('aria-checked')).toBe('mixed');
		// The rest of the parent's items: no longer partial, ticked.
		await tick('黨代表組');
		expect(row('organize-preparation').getAttribute('data-state')).toBe('ticked');
		expect(box(text('organize-preparation')).checked).toBe(true);
	});

	it('ticking a parent ticks all its sub-items', async () => {
		checklist();
		await tick(text('prepare-materials'));
		const items = within(screen.getByRole('list', { name: `${text('prepare-materials')}的細項` })).getAllByRole('checkbox');
		expect(items.length).toBeGreaterThan(1);
		for (const item of items) expect((item as HTMLInputElement).checked).toBe(true);
	});

	it('stores the ticks by step id', async () => {
		checklist();
		await tick('擬定會議籌備方案');
		expect(localStorage.getItem(PROGRESS_KEY)).toContain('draft-preparation-plan');
	});
});

describe('sub-items shown and folded', () => {
	const toggle = () => within(row('organize-preparation') as HTMLElement).getAllByRole('button', { name: /^細項/ })[0]!;
	// The list the step's 細項 button controls (a hidden list has no accessible name to find it by).
	const items = () => {
		const list = document.getElementById(toggle().getAttribute('aria-controls')!)!;
		expect(list.getAttribute('aria-label')).toBe(`${text('organize-preparation')}的細項`);
		return list;
	};

	it("a full checklist opens with every step's items shown; each step and all steps fold and unfold", async () => {
		checklist();
		expect(items().hidden).toBe(false);
		expect(toggle().getAttribute('aria-expanded')).toBe('true');
		await press(toggle());
		expect(items().hidden).toBe(true);
		expect(toggle().getAttribute('aria-expanded')).toBe('false');
		await press(button(m['expand-all']));
		expect(items().hidden).toBe(false);
		await press(button(m['collapse-all']));
		expect(items().hidden).toBe(true);
		expect(document.querySelectorAll('.checklist-items:not([hidden]):not(.checklist-subitems)')).toHaveLength(0);
	});

	it('the 細項 button counts the ticked items', async () => {
		checklist();
		await tick('工作組');
		expect(toggle().textContent).toBe('細項 (1/2)');
	});

	it("an inline checklist (in the standard's text) starts folded", async () => {
		checklist(partyCongress, 'inline');
		expect(items().hidden).toBe(true);
		expect(toggle().getAttribute('aria-expanded')).toBe('false');
	});
});

describe('roles and clause links', () => {
	it('a role inferred from another clause names the clause; a stated role is a plain badge', async () => {
		checklist();
		const derived = row('preliminary-notice').querySelector('.role-badge')!;
		expect(derived.getAttribute('data-role-source')).toBe('derived');
		expect(derived.textContent).toBe('綜合科 依第三篇三');
		cleanup();
		checklist(flowFromContent('standard-process-2017'));
		expect(row('set-meeting-name').querySelector('.role-badge')!.getAttribute('data-role-source')).toBe('stated');
		expect(row('set-meeting-name').querySelector('.role-badge')!.textContent).toBe('秘書');
		expect(document.querySelectorAll('.role-derived')).toHaveLength(0);
	});

	it('a full checklist links each step to its clause; inline, where the list stands in the clause, it does not', async () => {
		checklist();
		const link = within(row('preliminary-notice') as HTMLElement).getByRole('link', { name: m['view-clause'] });
		const step = partyCongress.sections[0]!.steps.find((s) => s.id === 'preliminary-notice')!;
		expect(link.getAttribute('href')).toBe(`${clausePath('district-committee')}#${step.anchor}`);
		cleanup();
		checklist(partyCongress, 'inline');
		expect(screen.queryAllByRole('link', { name: m['view-clause'] })).toHaveLength(0);
	});
});

describe('reset', () => {
	it('asks first, and can be undone', async () => {
		checklist();
		expect((button(m.reset) as HTMLButtonElement).disabled).toBe(true); // nothing to clear yet
		await tick('擬定會議籌備方案');
		await press(button(m.reset));
		expect(screen.getByRole('alert').textContent).toContain(m['reset-confirm']);
		await press(button(m['reset-no']));
		expect(box('擬定會議籌備方案').checked).toBe(true);
		await press(button(m.reset));
		await press(button(m['reset-yes']));
		expect(box('擬定會議籌備方案').checked).toBe(false);
		expect(doneCount()).toBe('0');
		expect(screen.getByRole('status').textContent).toContain(m['reset-done']);
		await press(button(m.undo));
		expect(box('擬定會議籌備方案').checked).toBe(true);
		expect(doneCount()).toBe('1');
	});
});

describe('a new release of the flow data keeps progress honest', () => {
	/** The flow as a later release might ship it: `change` applied to its data. */
	const released = (change: (text: string) => string): Flow => JSON.parse(change(JSON.stringify(partyCongress))) as Flow;

	it('a reworded step keeps its tick', async () => {
		checklist();
		await tick('會議預備通知');
		cleanup();
		checklist(released((text) => text.replaceAll('"會議預備通知"', '"發出會議預備通知(改寫)"')));
		expect(row('preliminary-notice').querySelector('.checklist-label')!.textContent).toBe('發出會議預備通知(改寫)');
		expect(box('發出會議預備通知(改寫)').checked).toBe(true);
	});

	it('a removed step is reported, not dropped, and can be discarded', async () => {
		checklist();
		await tick('會議預備通知');
		cleanup();
		checklist(released((text) => text.replaceAll('preliminary-notice', 'renamed-notice')));
		const notice = screen.getByRole('status');
		expect(notice.textContent).toContain('有 1 項舊進度已不在清單中');
		expect(box('會議預備通知').checked).toBe(false); // the renamed step is a new one
		expect(localStorage.getItem(PROGRESS_KEY)).toContain('preliminary-notice');
		await press(within(notice).getByRole('button', { name: m['discard-orphans'] }));
		expect(document.querySelector('.checklist-orphans')).toBeNull();
		expect(localStorage.getItem(PROGRESS_KEY)).not.toMatch(/"preliminary-notice":\{"done":true/);
	});
});
