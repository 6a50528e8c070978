import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { deadlinesMessages as m } from '../../src/i18n/messages/deadlines';
import { meetingDeadlines } from '../../src/lib/deadlines';
import { normalize } from '../support/fidelity';
import { seriousViolations } from './support/axe';
import { connectBrowser } from './support/browser';
import { pdfPages } from './support/pdfText';
import { baseURL, downloadedText, openPage, pageURL, sitePath } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const PATH = '/tools/deadlines/';
const BEFORE_NATIONAL_DAY = '?start=2026-09-30T09:00&end=2026-09-30T11:00';

/** Waits until the calculator island has hydrated (Astro drops `ssr` then). */
async function hydrated(page: Page) {
	await page.locator('astro-island:not([ssr]) .deadline-calculator').waitFor();
}

async function open(path: string, options: Parameters<typeof openPage>[1] = {}) {
	const opened = await openPage(browser, options);
	await opened.page.goto(pageURL(path));
	await hydrated(opened.page);
	return opened;
}

/** The timeline as the page shows it: each entry's rule (or marker) and due, in order. */
function timeline(page: Page) {
	return page.locator('.dc-timeline > li').evaluateAll((items) =>
		items.map((li) => {
			const el = li as HTMLElement;
			return el.dataset.rule ? `${el.dataset.rule} ${el.dataset.due ?? el.querySelector('time')?.dateTime ?? ''}` : el.dataset.marker!;
		}),
	);
}

const entry = (page: Page, rule: string) => page.locator(`.dc-timeline li[data-rule="${rule}"]`);

describe('filling in a meeting', () => {
	it('lists the deadlines in time order with dates, timings, quotes and clause links', async () => {
		const { page, context, foreignRequests, pageErrors } = await open(PATH);
		await page.getByLabel(m['calculator.name']).fill('校務會議');
		await page.getByLabel(m['calculator.start']).fill('2026-09-30T09:00');
		await page.getByLabel(m['calculator.end']).fill('2026-09-30T11:00');

		await expect.poll(() => entry(page, 'av-test').getAttribute('data-due')).toBe('2026-09-30T07:00');
		// Two working days after a Wednesday that precedes 國慶節 (10-01 to 10-07).
		expect(await entry(page, 'minutes-draft-2wd').getAttribute('data-due')).toBe('2026-10-09');
		const draft = await entry(page, 'minutes-draft-2wd').innerText();
		expect(draft).toContain('2026-10-09(周五)');
		expect(draft).toContain('會後 2 個工作日');
		expect(draft).toContain('在2個工作日內草擬會議紀要或情況通報');
		expect(await entry(page, 'av-test').innerText()).toContain('會前 2 小時');

		const order = await timeline(page);
		expect(order.indexOf('meeting-start')).toBeGreaterThan(order.indexOf('av-test 2026-09-30T07:00'));
		expect(order.indexOf('meeting-end')).toBeLessThan(order.indexOf('minutes-draft-2wd 2026-10-09'));
		const dues = order
			.filter((row) => row.includes(' '))
			.map((row) => row.split(' ')[1]!)
			.map((due) => (due.length === 10 ? `${due}T00:00` : due));
		expect(dues).toEqual([...dues].sort());

		expect(await entry(page, 'av-test').locator('.dc-source a').getAttribute('href')).toBe(
			sitePath('/standards/office-standard/#s4-3-3-4'),
		);
		expect(await page.locator('[data-provisional]').count()).toBe(0);

		// The due day of 紀要 within 48 hours is 10-02, in the 國慶節 holiday: said prominently.
		const warnings = page.locator('[data-warnings]');
		expect(await warnings.innerText()).toContain('2026-10-02是國慶節假期');

		await expect.poll(() => new URL(page.url()).searchParams.get('end')).toBe('2026-09-30T11:00');
		const url = new URL(page.url());
		expect(url.searchParams.get('start')).toBe('2026-09-30T09:00');
		expect(url.searchParams.get('end')).toBe('2026-09-30T11:00');
		// The name given by an old link is used, but no longer kept in the URL.
		expect(url.searchParams.get('name')).toBeNull();
		expect(foreignRequests).toEqual([]);
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('reproduces the same timeline from the shared link', async () => {
		const first = await open(`${PATH}${BEFORE_NATIONAL_DAY}`);
		const shown = await timeline(first.page);
		const text = await first.page.locator('.dc-timeline').innerText();
		await first.context.close();

		const second = await open(`${PATH}${BEFORE_NATIONAL_DAY}`);
		expect(await timeline(second.page)).toEqual(shown);
		expect(await second.page.locator('.dc-timeline').innerText()).toBe(text);
		expect(await second.page.getByLabel(m['calculator.start']).inputValue()).toBe('2026-09-30T09:00');
		expect(shown).toContain('minutes-draft-2wd 2026-10-09');
		expect(shown).toContain('av-test 2026-09-30T07:00');
		await second.page.reload();
		await hydrated(second.page);
		expect(await timeline(second.page)).toEqual(shown);
		await second.context.close();
	});

	it('leaves out a standard switched off, and keeps that in the link', async () => {
		const { page, context } = await open(`${PATH}${BEFORE_NATIONAL_DAY}`);
		const school = page.getByRole('checkbox', { name: '第五篇 學校辦公室會務工作程序' });
		await school.uncheck();
		await expect.poll(() => entry(page, 'minutes-draft-2wd').count()).toBe(0);
		// 第四篇's own rule for 紀要 (48 hours) stays.
		expect(await entry(page, 'minutes-48h').getAttribute('data-due')).toBe('2026-10-02T11:00');
		// The link follows in an effect after the render: wait for it.
		await expect.poll(() => new URL(page.url()).searchParams.get('off')).toBe('school-procedure');

		await page.reload();
		await hydrated(page);
		expect(await page.getByRole('checkbox', { name: '第五篇 學校辦公室會務工作程序' }).isChecked()).toBe(false);
		expect(await entry(page, 'minutes-draft-2wd').count()).toBe(0);
		expect(await entry(page, 'minutes-48h').count()).toBe(1);
		await context.close();
	});
});

// Bad input (end before start, over 7 days, an impossible date in the link): tests/component/deadlineCalculator.test.tsx.

describe('a year without official calendar data', () => {
	it('shows the result as provisional in a box no one can miss', async () => {
		const { page, context } = await open(`${PATH}?start=2027-03-03T09:00&end=2027-03-03T11:00`);
		const box = page.locator('[data-provisional].dc-provisional');
		expect(await box.isVisible()).toBe(true);
		expect(await box.innerText()).toContain(m.provisional);
		expect(await entry(page, 'minutes-draft-2wd').getAttribute('data-provisional')).toBe('');
		// Hour rules do not depend on the calendar and are not marked.
		expect(await entry(page, 'av-test').getAttribute('data-provisional')).toBeNull();
		const colours = await box.evaluate((el) => {
			const style = getComputedStyle(el);
			return { background: style.backgroundColor, border: style.borderTopWidth };
		});
		expect(colours.background).not.toBe('rgba(0, 0, 0, 0)');
		expect(parseFloat(colours.border)).toBeGreaterThan(0);
		await context.close();
	});
});

/** Unfolds an iCalendar text (RFC 5545 §3.1) into its content lines. */
const unfold = (ics: string) =>
	ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean);

describe('exports', () => {
	it('downloads an .ics with one event per deadline and the times of the timeline', async () => {
		const { page, context, foreignRequests } = await open(`${PATH}${BEFORE_NATIONAL_DAY}&name=校務會議`);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m['calculator.ics'] }).click()]);
		expect(download.suggestedFilename()).toBe('會議時限_校務會議_2026-09-30.ics');
		const lines = unfold(await downloadedText(download));

		const events: string[][] = [];
		for (const line of lines) {
			if (line === 'BEGIN:VEVENT') events.push([]);
			else if (line !== 'END:VEVENT') events.at(-1)?.push(line);
		}
		// One event for the meeting itself, one per deadline; a repeated rule is one event, not one per refill.
		const expected = 1 + meetingDeadlines({ start: '2026-09-30T09:00', end: '2026-09-30T11:00' }).length;
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(expected);
		expect(events).toHaveLength(expected);

		const avTest = events.find((event) => event.includes('SUMMARY:【校務會議】音響、話筒、燈具調試'));
		expect(avTest).toContain('DTSTART;TZID=Asia/Shanghai:20260930T070000');
		const draft = events.find((event) => event.some((line) => line.endsWith('草擬會議紀要或情況通報')));
		expect(draft).toContain('DTSTART;VALUE=DATE:20261009');
		// The clause link points back to this site, whatever host serves it.
		expect(avTest).toContain(`URL:${new URL('standards/office-standard/#s4-3-3-4', baseURL()).href}`);
		expect(await page.locator('.dc-notice').innerText()).toContain('會議時限_校務會議_2026-09-30.ics');
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	it('copies the timeline as text and says so', async () => {
		const { page, context } = await open(`${PATH}${BEFORE_NATIONAL_DAY}&name=校務會議`);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL()).origin });
		await page.getByRole('button', { name: m['calculator.copy'] }).click();
		await expect.poll(() => page.locator('.dc-notice').innerText()).toBe(m['calculator.copied']);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.split('\n')[0]).toBe('【校務會議】會議時限');
		expect(copied).toContain('2026-10-09(周五)(會後 2 個工作日)草擬會議紀要或情況通報。出處:第五篇 學校辦公室會務工作程序');
		expect(copied).toContain('2026-09-30(周三)07:00(會前 2 小時)音響、話筒、燈具調試');
		await context.close();
	});

	it('offers the text to copy by hand where the browser allows no copying (a plain-http intranet)', async () => {
		const opened = await openPage(browser);
		// What a non-secure origin looks like to the page: no clipboard API, and the old copy command refused.
		await opened.page.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
			document.execCommand = () => false;
		});
		await opened.page.goto(pageURL(`${PATH}${BEFORE_NATIONAL_DAY}`));
		await hydrated(opened.page);
		await opened.page.getByRole('button', { name: m['calculator.copy'] }).click();
		expect(await opened.page.locator('.dc-notice').innerText()).toBe(m['calculator.copy-manual']);
		const area = opened.page.getByLabel(m['calculator.copy-text']);
		expect(await area.inputValue()).toContain('2026-10-09(周五)(會後 2 個工作日)草擬會議紀要或情況通報');
		expect(await area.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe((await area.inputValue()).length);
		await opened.context.close();
	});

	it('prints the timeline on A4 with its quotes and without the form', async () => {
		const { page, context } = await open(`${PATH}${BEFORE_NATIONAL_DAY}&name=校務會議`);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const text = normalize((await pdfPages(pdf)).join(''));
		expect(text).toContain(normalize('會場內音響、話筒、燈具等應提前2小時調試,會前10分鐘重試,確保正常使用。'));
		expect(text).toContain(normalize('在2個工作日內草擬會議紀要或情況通報'));
		expect(text).toContain(normalize('2026-10-09(周五)'));
		expect(text).toContain(normalize('會議時間:2026-09-30(周三)09:00至2026-09-30(周三)11:00'));
		for (const control of [m['calculator.ics'], m['calculator.copy'], m['calculator.standards']]) {
			expect(text).not.toContain(normalize(control));
		}
		await context.close();
	});
});

describe('the page before hydration and in the 简体 edition', () => {
	it('lists every rule with its quote even without JavaScript', async () => {
		const { page, context } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(pageURL(PATH));
		expect(await page.locator('.dc-timeline li[data-rule]').count()).toBe(14);
		expect(await entry(page, 'minutes-draft-2wd').innerText()).toContain('會後 2 個工作日');
		expect(await page.locator('.dc-quote').first().isVisible()).toBe(true);
		await context.close();
	});

	it('shows rules, quotes and links of the 简体 edition', async () => {
		const { page, context } = await open(`/zh-cn${PATH}${BEFORE_NATIONAL_DAY}`);
		const avTest = await entry(page, 'av-test').innerText();
		expect(avTest).toContain('音响、话筒、灯具调试');
		expect(avTest).toContain('会场内音响、话筒、灯具等应提前2小时调试');
		expect(avTest).toContain('会前 2 小时');
		expect(await page.locator('[data-warnings]').innerText()).toContain('国庆节');
		expect(await entry(page, 'av-test').locator('.dc-source a').getAttribute('href')).toBe(
			sitePath('/zh-cn/standards/office-standard/#s4-3-3-4'),
		);
		await context.close();
	});

	// The crawl checks the empty form; this is the page with every kind of notice on it.
	it.each(['light', 'dark'] as const)('passes axe with a provisional result and warnings shown (%s)', async (colorScheme) => {
		const { page, context } = await open(`${PATH}?start=2027-09-30T09:00&end=2027-09-30T11:00&name=校務會議`, { colorScheme });
		await page.locator('.dc-provisional').waitFor();
		await page.locator('[data-warnings]').waitFor();
		expect(await seriousViolations(page, '.deadline-calculator')).toEqual([]);
		await context.close();
	});

	it('fits a phone screen without sideways scrolling', async () => {
		const { page, context } = await open(`${PATH}${BEFORE_NATIONAL_DAY}`, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});

describe('holidays and sessions', () => {
	it('moves the 第五篇 notice and the catering day off 國慶 to the last working day before, and says why', async () => {
		const { page, context } = await open(`${PATH}?start=2026-10-09T09:00&end=2026-10-09T11:00`);
		await expect.poll(() => entry(page, 'notice-next-week').getAttribute('data-due')).toBe('2026-09-30T16:00');
		expect(await entry(page, 'catering-confirm').getAttribute('data-due')).toBe('2026-09-30');
		const notice = await entry(page, 'notice-next-week').locator('[data-warning="moved-to-previous-workday"]').innerText();
		expect(notice).toContain('2026-10-02');
		expect(notice).toContain('國慶節');
		expect(notice).toContain('已提前到前一個工作日2026-09-30');
		expect(await page.locator('[data-warnings] [data-rule="catering-confirm"]').count()).toBe(1);
		await context.close();
	});

	it('applies the session rules to every session, and lists each session’s refills on a line of its own', async () => {
		const { page, context } = await open(PATH);
		await page.getByLabel(m['calculator.start']).fill('2026-11-25T09:00');
		await page.getByLabel(m['calculator.end']).fill('2026-11-25T11:30');
		await page.getByRole('button', { name: m['calculator.add-session'] }).click();
		const second = page.locator('.dc-session[data-session="2"]');
		await second.getByLabel(m['calculator.start']).fill('2026-11-26T14:00');
		await second.getByLabel(m['calculator.end']).fill('2026-11-26T16:30');
		await expect.poll(() => page.locator('.dc-timeline li[data-rule="av-test"]').count()).toBe(2);
		expect(
			await page.locator('.dc-timeline li[data-rule="av-test"]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.due)),
		).toEqual(['2026-11-25T07:00', '2026-11-26T12:00']);
		const refills = page.locator('.dc-timeline li[data-rule="tea-refill"] .dc-times-list');
		expect(await refills.allInnerTexts()).toEqual([
			'每10—15分鐘,共 14 次:09:10、09:20、09:30、09:40、09:50、10:00、10:10、10:20、10:30、10:40、10:50、11:00、11:10、11:20',
			'每10—15分鐘,共 14 次:14:10、14:20、14:30、14:40、14:50、15:00、15:10、15:20、15:30、15:40、15:50、16:00、16:10、16:20',
		]);
		// meeting rules count from the first start and the last end
		expect(await entry(page, 'transcript-24h').getAttribute('data-due')).toBe('2026-11-27T16:30');
		await expect.poll(() => new URL(page.url()).searchParams.getAll('session')).toEqual(['2026-11-26T14:00~2026-11-26T16:30']);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m['calculator.ics'] }).click()]);
		const { default: ICAL } = await import('ical.js');
		const calendar = new ICAL.Component(ICAL.parse(await downloadedText(download)));
		const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		expect(events.filter((event) => !event.summary.includes('】')).map((event) => event.startDate.toString())).toEqual([
			'2026-11-25T09:00:00',
			'2026-11-26T14:00:00',
		]);
		expect(events.filter((event) => event.summary.includes('專人倒水'))).toHaveLength(2);
		for (const event of events) expect(event.endDate.compare(event.startDate)).toBe(1);
		await context.close();
	});

	it('rejects overlapping sessions in Chinese', async () => {
		const { page, context } = await open(`${PATH}?start=2026-11-25T09:00&end=2026-11-25T11:00&session=2026-11-25T10:00~2026-11-25T12:00`);
		await expect.poll(() => page.locator('[data-error="sessions-overlap"]').innerText()).toContain('重疊');
		await context.close();
	});
});

describe('a year without official data, entered by the office', () => {
	it('is checked, stored, used for every 2027 result and labelled as entered locally', async () => {
		const { page, context, pageErrors } = await open(PATH);
		const local = page.locator('[data-local-calendar]');
		await local.scrollIntoViewIfNeeded();
		await page.locator('[data-local-calendar][data-hydrated]').waitFor();
		await local.getByLabel(m['local.year']).fill('2027');
		// A 調休 day on a weekday is refused in Chinese, and nothing is stored.
		await local.getByLabel(m['local.holiday-name']).fill('春節');
		await local.getByLabel(m['local.start']).fill('2027-02-06');
		await local.getByLabel(m['local.end']).fill('2027-02-12');
		await local.getByLabel(m['local.workdays']).fill('2027-02-15');
		await local.getByRole('button', { name: '儲存2027年的安排' }).click();
		expect(await local.locator('[data-local-problems]').innerText()).toContain('2027-02-15不是周末');
		expect(await page.evaluate(() => localStorage.getItem('huiwu:v1:local-calendar'))).toBeNull();

		await local.getByLabel(m['local.workdays']).fill('2027-02-14, 2027-02-20');
		await local.getByRole('button', { name: '儲存2027年的安排' }).click();
		await expect.poll(() => local.locator('[data-local-status]').innerText()).toContain('已儲存2027年的放假安排');
		expect(await local.locator('[data-local-year="2027"]').innerText()).toContain('本機輸入');

		await page.getByLabel(m['calculator.start']).fill('2027-02-16T09:00');
		await page.getByLabel(m['calculator.end']).fill('2027-02-16T11:00');
		await expect.poll(() => entry(page, 'notice-next-week').getAttribute('data-due')).toBe('2027-02-05T16:00');
		expect(await page.locator('[data-provisional]').count()).toBe(0);
		expect(await page.locator('[data-local-used]').innerText()).toContain('本機輸入的2027年放假安排');

		await page.reload();
		await hydrated(page);
		await expect.poll(() => entry(page, 'notice-next-week').getAttribute('data-due')).toBe('2027-02-05T16:00');
		expect(pageErrors).toEqual([]);
		await context.close();
	});

	it('refuses a file that is not an arrangement, and changes nothing', async () => {
		const { page, context } = await open(PATH);
		await page.locator('[data-local-calendar]').scrollIntoViewIfNeeded();
		await page.locator('[data-local-calendar][data-hydrated]').waitFor();
		await page
			.getByLabel(m['local.import'])
			.setInputFiles({ name: '2027.json', mimeType: 'application/json', buffer: Buffer.from('{"meetings":[]}') });
		await expect.poll(() => page.locator('[data-local-problems]').innerText()).toContain('不是放假安排的格式');
		expect(await page.evaluate(() => localStorage.getItem('huiwu:v1:local-calendar'))).toBeNull();
		await page.getByLabel(m['local.import']).setInputFiles({
			name: '2027.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({ year: 2027, holidays: [{ name: '春節', start: '2027-02-06', end: '2027-02-12', workdays: ['2027-02-14'] }] }),
			),
		});
		await expect.poll(() => page.locator('[data-local-year="2027"]').count()).toBe(1);
		await context.close();
	});
});
