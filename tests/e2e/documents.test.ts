import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeValues, wordText, zipEntries } from '../support/zipEntries';
import { DOCUMENT_KINDS } from '../../src/lib/documents/model';
import { blankParticipant } from '../../src/lib/participants';
import type { Participant } from '../../src/schemas/participant';
import { connectBrowser } from './support/browser';
import { watchCsp } from './support/csp';
import { meetingPath, seedMeetings, seedParticipants } from './support/meetings';
import { foldPdfText } from './support/pdfText';
import { downloadedBytes, openPage, pageURL, stubPrintDialog } from './support/site';

/**
 * The meeting documents of issue #20 against the built site (with its CSP): each
 * is exported as .docx — read back with node's zlib, not with the writer — and
 * printed as A4.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await connectBrowser();
});
afterAll(async () => browser?.close());

const MEETING_ID = 'm-docse2e001';
const NAME = '全區安全生產工作會議';
const KINDS = DOCUMENT_KINDS;

/** The meeting, seeded into the store (support/meetings.ts). */
const seedMeeting = (page: Page) =>
	seedMeetings(page, [
		{
			id: MEETING_ID,
			name: NAME,
			flowId: 'standing-committee',
			start: '2026-11-30T09:00',
			end: '2026-11-30T11:30',
			place: '區政府三樓會議室',
		},
	]);

/** The meeting's people, seeded into the store (support/meetings.ts): one of each way of taking part. */
function seedPeople(page: Page) {
	const person = (n: number, name: string, category: Participant['category'], attendance: Participant['attendance']): Participant => ({
		...blankParticipant(name),
		id: `p-seeded${n}`,
		category,
		attendance,
	});
	return seedParticipants(page, {
		[MEETING_ID]: [
			person(1, '趙副書記', 'attendee', 'signed-in'),
			person(2, '錢委員', 'attendee', 'leave'),
			person(3, '孫局長', 'observer', 'signed-in'),
			person(4, '周委員', 'attendee', 'absent'),
			person(5, '吳幹事', 'staff', 'signed-in'),
		],
	});
}

/** The documents section loads when opened (it stays out of the page's first script). */
async function openDocuments(page: Page) {
	await page.locator('[data-documents-section] > summary').click();
	await page.locator('[data-meeting-documents]').waitFor();
}

const editor = (page: Page, kind: string) => page.locator(`[data-document-editor="${kind}"]`);

async function openEditor(page: Page, kind: string) {
	const details = editor(page, kind);
	await details.waitFor();
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	return details;
}

async function exportDocx(page: Page, kind: string) {
	const details = await openEditor(page, kind);
	const [file] = await Promise.all([page.waitForEvent('download'), details.locator(`[data-document="${kind}"]`).click()]);
	const files = zipEntries(await downloadedBytes(file));
	return { name: file.suggestedFilename(), xml: files.get('word/document.xml')!.toString('utf8'), files };
}

async function pdfPageSizesAndText(pdf: Uint8Array) {
	const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
	const doc = await task.promise;
	const pages: { width: number; height: number; text: string; left: number }[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const page = await doc.getPage(i);
		const { width, height } = page.getViewport({ scale: 1 });
		const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '') as {
			str: string;
			transform: number[];
		}[];
		pages.push({
			width,
			height,
			text: foldPdfText(items.map((item) => item.str).join('')),
			left: Math.min(...items.map((item) => item.transform[4]!)),
		});
	}
	await task.destroy();
	return pages;
}

describe('the documents of a meeting', () => {
	it('export as .docx in the official layout, loading the writer only on click, within the CSP', async () => {
		const { page, context, pageErrors, foreignRequests } = await openPage(browser, { acceptDownloads: true });
		const csp = await watchCsp(page);
		await seedMeeting(page);
		await seedPeople(page);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(pageURL(meetingPath(MEETING_ID)));
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openDocuments(page);
		await expect
			.poll(() => page.locator('[data-fonts-note]').innerText())
			.toContain('仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312、宋体');
		const beforeExport = scripts.length;

		// What a clerk types: issuer, the people, a call, a resolution notice.
		await page.locator('[data-field="issuer"]').fill('區委辦公室');
		await page.locator('[data-field="issuer"]').blur();
		const plan = await openEditor(page, 'plan');
		await plan.locator('[data-field="plan.participants"]').fill('王書記、李區長');
		await plan.locator('[data-field="plan.participants"]').blur();
		const minutes = await openEditor(page, 'minutes');
		await minutes.locator('[data-field="minutes.present"]').fill('王書記、李區長');
		await minutes.locator('[data-field="minutes.present"]').blur();
		await minutes.locator('[data-distribution]').selectOption('standing');
		const phone = await openEditor(page, 'phone-notice');
		await phone.locator('[data-add-call]').click();
		await phone.locator('[data-call-field="callee"]').fill('張委員');
		await phone.locator('[data-call-field="callee"]').blur();
		await phone.locator('[data-call-field="receiver"]').fill('秘書小劉');
		await phone.locator('[data-call-field="receiver"]').blur();
		await phone.locator('[data-call-field="answeredAt"]').fill('2026-11-28T10:05');
		await phone.locator('[data-call-field="answeredAt"]').blur();
		const resolution = await openEditor(page, 'resolution');
		await resolution.locator('[data-add-resolution]').click();
		await resolution.locator('[data-resolution-field="unit"]').fill('教育局');
		await resolution.locator('[data-resolution-field="unit"]').blur();
		await expect.poll(() => resolution.locator('[data-resolution-counts]').innerText()).toContain('辦理中 1 張');
		// The minutes' own 成文日期: a day the calendar lacks is said so and kept, then corrected.
		const issuedOn = minutes.locator('[data-issued-on="minutes"]');
		await issuedOn.fill('2026-02-30');
		await issuedOn.blur();
		await expect.poll(() => minutes.locator('[data-issued-on-invalid]').innerText()).toContain('「2026-02-30」不是日曆上實有的日期');
		expect(await issuedOn.inputValue()).toBe('2026-02-30');
		await issuedOn.fill('2026年12月2日');
		await issuedOn.blur();
		await minutes.locator('[data-issued-on-invalid]').waitFor({ state: 'detached' });

		const exported: Record<string, Awaited<ReturnType<typeof exportDocx>>> = {};
		for (const kind of KINDS) exported[kind] = await exportDocx(page, kind);
		// The writer came with the first click, not with the page.
		expect(scripts.length).toBeGreaterThan(beforeExport);

		for (const kind of KINDS) {
			const { xml, name, files } = exported[kind]!;
			expect(name, kind).toMatch(/\.docx$/);
			expect(xml, kind).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
			expect(attributeValues(xml, 'w:pgMar', 'w:top'), kind).toEqual(['2098']);
			expect(attributeValues(xml, 'w:pgMar', 'w:left'), kind).toEqual(['1587']);
			expect(attributeValues(xml, 'w:pgMar', 'w:right'), kind).toEqual(['1474']);
			expect(attributeValues(xml, 'w:pgMar', 'w:bottom'), kind).toEqual(['1984']);
			expect(attributeValues(xml, 'w:rFonts', 'w:eastAsia'), kind).toEqual(expect.arrayContaining(['仿宋_GB2312', '方正小标宋简体']));
			expect(attributeValues(xml, 'w:sz', 'w:val'), kind).toEqual(expect.arrayContaining(['32', '44']));
			expect(wordText(xml), kind).toContain(NAME);
			expect(
				[...files.keys()].filter((f) => /^word\/footer\d+\.xml$/.test(f)),
				kind,
			).toHaveLength(2);
		}
		expect(wordText(exported.plan!.xml)).toContain('王書記、李區長');
		expect(wordText(exported.plan!.xml)).toContain('十六、其它特殊要求');
		expect(wordText(exported.notice!.xml)).toContain('區委辦公室');
		expect(wordText(exported.minutes!.xml)).toContain('出席:王書記、李區長');
		expect(wordText(exported.minutes!.xml)).toContain('分送:區四套班子領導、區人大辦');
		expect(wordText(exported.minutes!.xml)).toContain('二〇二六年十二月二日');
		expect(wordText(exported.notice!.xml)).not.toContain('二〇二六年十二月二日');
		// The meeting's people, from its list (工作人員 named nowhere).
		const record = wordText(exported.record!.xml);
		expect(record).toContain('出席:趙副書記');
		expect(record).toContain('請假:錢委員');
		expect(record).toContain('列席:孫局長');
		expect(record).toContain('缺席:周委員');
		expect(wordText(exported.minutes!.xml)).toContain('請假:錢委員');
		expect(record).not.toContain('吳幹事');
		expect(wordText(exported['phone-notice']!.xml)).toContain('秘書小劉');
		expect(wordText(exported['phone-notice']!.xml)).toContain('2026-11-28 10:05');
		const stub = wordText(exported.resolution!.xml);
		expect(stub).toContain('存根聯');
		expect(stub).toContain('教育局');
		expect(stub.indexOf('存根聯')).toBeLessThan(stub.indexOf('執行聯'));

		// What was typed stays with the meeting across a reload.
		await page.reload();
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openDocuments(page);
		expect(await (await openEditor(page, 'plan')).locator('[data-field="plan.participants"]').inputValue()).toBe('王書記、李區長');

		expect(await csp.violations()).toEqual([]);
		expect(pageErrors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	it('print each on A4 with the official margins', async () => {
		const { page, context, pageErrors } = await openPage(browser);
		const printed = await stubPrintDialog(page);
		await seedMeeting(page);
		await page.goto(pageURL(meetingPath(MEETING_ID)));
		await page.locator('[data-meeting-view][data-hydrated]').waitFor();
		await openDocuments(page);
		const titles: Record<(typeof KINDS)[number], string> = {
			plan: `${NAME}方案`,
			notice: `關於召開${NAME}的通知`,
			'phone-notice': `${NAME}電話通知稿`,
			agenda: `${NAME}日程及議程`,
			record: `${NAME}記錄`,
			minutes: `${NAME}紀要`,
			resolution: '存根聯',
			'reception-plan': `${NAME}接待工作方案`,
			'activity-handbook': `${NAME}活動手冊`,
		};
		for (const kind of KINDS) {
			const details = await openEditor(page, kind);
			await details.locator(`[data-print-document="${kind}"]`).click();
			await printed();
			await page.locator(`.document-sheet[data-document-sheet="${kind}"]`).waitFor({ state: 'attached' });
			const pages = await pdfPageSizesAndText(await page.pdf({ preferCSSPageSize: true }));
			const first = pages[0]!;
			expect(Math.round(first.width), kind).toBe(595);
			expect(Math.round(first.height), kind).toBe(842);
			// 28 mm left margin = 79.4 pt. The leftmost text may sit a table cell's padding (≤ 3 mm)
			// further in, or, when every line on the first page is a body paragraph, the
			// two-character first-line indent (32 pt) further in.
			const indent = first.left > 100 ? 32 : 0;
			expect(first.left - indent, kind).toBeGreaterThan(77);
			expect(first.left - indent, kind).toBeLessThan(88);
			const text = pages
				.map((p) => p.text)
				.join('')
				.replace(/\s+/g, '');
			expect(text, kind).toContain(titles[kind]);
			if (kind === 'plan') expect(text).toContain('二〇二六年十一月三十日');
		}
		expect(pageErrors).toEqual([]);
		await context.close();
	});
});
