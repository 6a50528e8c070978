import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	findItem,
	findStep,
	flowKeys,
	flowTotals,
	itemKey,
	keyState,
	orphanedKeys,
	ruleLinks,
	stepItems,
	stepState,
} from '../../src/lib/flows';
import { type Flow, type FlowItem, type FlowStep, flowSchema } from '../../src/schemas/flow';
import type { StandardId } from '../../src/schemas/standard';
import { districtCommitteeFlows, districtFlowChart, sourceClauses, standardText } from '../support/sourceText';

const flowsDir = fileURLToPath(new URL('../../content/flows/', import.meta.url));
const files = readdirSync(flowsDir).filter((name) => name.endsWith('.yaml'));
const raw = files.map((file) => ({ file, data: parse(readFileSync(flowsDir + file, 'utf8')) as unknown }));
const flows: Flow[] = raw.flatMap(({ data }) => {
	const result = flowSchema.safeParse(data);
	return result.success ? [result.data] : [];
});
const flowById = (id: string): Flow => {
	const flow = flows.find((f) => f.id === id);
	if (!flow) throw new Error(`no flow ${id}`);
	return flow;
};
const steps = (flow: Flow): FlowStep[] => flow.sections.flatMap((section) => section.steps);
/** A step and its items at every level, each with the anchor that applies to it (its own or its parent's). */
const entriesOf = (step: FlowStep): Array<(FlowStep | FlowItem) & { at: string }> => {
	const walk = (items: readonly FlowItem[], anchor: string): Array<FlowItem & { at: string }> =>
		items.flatMap((item) => [{ ...item, at: item.anchor ?? anchor }, ...walk(item.items ?? [], item.anchor ?? anchor)]);
	return [{ ...step, at: step.anchor }, ...walk(step.items ?? [], step.anchor)];
};

// 第三篇's flows: flow id → verbatim title in the source (the parser checks each title
// against the source); the flow charts, then the 紀要分送 lists.
const isMinutesList = ([id]: (typeof districtCommitteeFlows)[number]) => id.startsWith('minutes-distribution-');
const districtFlows = Object.fromEntries(districtCommitteeFlows.filter((flow) => !isMinutesList(flow)));
const minutesLists = Object.fromEntries(districtCommitteeFlows.filter(isMinutesList));
const expectedStandards: Record<string, StandardId> = {
	'county-reception': 'county-meetings',
	'office-standard': 'office-standard',
	'standard-process-2017': 'standard-process-2017',
	'school-procedure': 'school-procedure',
	...Object.fromEntries(Object.keys({ ...districtFlows, ...minutesLists }).map((id) => [id, 'district-committee'])),
};

describe('flow files', () => {
	it.each(raw)('$file validates against the flow schema', ({ data }) => {
		const result = flowSchema.safeParse(data);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	it.each(raw)('$file is named after its flow id', ({ file, data }) => {
		expect(file).toBe(`${(data as { id: string }).id}.yaml`);
	});

	it('holds every flow of the five standards, each under its standard', () => {
		expect(flows).toHaveLength(raw.length);
		for (const [id, standard] of Object.entries(expectedStandards)) {
			expect(flowById(id).standard, id).toBe(standard);
		}
	});

	it('keeps step ids unique across a flow and item ids unique within a step', () => {
		for (const flow of flows) {
			const stepIds = steps(flow).map((step) => step.id);
			expect(new Set(stepIds).size, flow.id).toBe(stepIds.length);
			const keys = flowKeys(flow);
			expect(new Set(keys).size, flow.id).toBe(keys.length);
		}
	});
});

describe('flow schema', () => {
	const minimal = () => ({
		id: 'sample',
		standard: 'office-standard',
		anchor: 's6',
		title: '會議報到',
		sections: [
			{
				id: 'registration',
				steps: [
					{ id: 'sign-in', label: '會議簽到', anchor: 's6-1' },
					{ id: 'hand-out', label: '發放文件、資料', anchor: 's6-2', items: [{ id: 'files', label: '文件' }] },
				],
			},
		],
	});

	it('accepts a well-formed flow', () => {
		expect(flowSchema.safeParse(minimal()).success).toBe(true);
	});

	it('rejects a step id used twice, even across sections', () => {
		const flow = minimal();
		flow.sections.push({ id: 'other', steps: [{ id: 'sign-in', label: '會議簽到', anchor: 's6-1' }] });
		expect(flowSchema.safeParse(flow).success).toBe(false);
	});

	it('rejects an item id used twice within a step, and a section id used twice', () => {
		const items = minimal();
		items.sections[0]!.steps[1]!.items!.push({ id: 'files', label: '資料' });
		expect(flowSchema.safeParse(items).success).toBe(false);
		const sections = minimal();
		sections.sections.push({ ...sections.sections[0]!, steps: [{ id: 'other', label: '發放文件', anchor: 's6-2' }] });
		expect(flowSchema.safeParse(sections).success).toBe(false);
	});

	it('rejects position numbers as ids, unknown anchors and misspelt fields', () => {
		const numbered = minimal();
		numbered.sections[0]!.steps[0]!.id = '1';
		expect(flowSchema.safeParse(numbered).success).toBe(false);
		const anchor = minimal();
		anchor.sections[0]!.steps[0]!.anchor = '四(三)';
		expect(flowSchema.safeParse(anchor).success).toBe(false);
		// `role` instead of `roles` must not be dropped silently.
		const misspelt = minimal();
		Object.assign(misspelt.sections[0]!.steps[0]!, { role: '秘書' });
		expect(flowSchema.safeParse(misspelt).success).toBe(false);
	});
});

describe('fidelity to the source text', () => {
	const textOf = (flow: Flow) => standardText(flow.standard);

	it('quotes every title, label and item label verbatim from its own standard', () => {
		for (const flow of flows) {
			const text = textOf(flow);
			const quoted = [
				flow.title,
				...flow.sections.flatMap((section) => (section.title ? [section.title] : [])),
				...steps(flow).flatMap((step) => entriesOf(step).map((entry) => entry.label)),
			];
			for (const label of quoted) expect(text, `${flow.id}: ${label}`).toContain(label);
		}
	});

	it('points every anchor at an existing clause, and quotes each label from within that clause', () => {
		for (const flow of flows) {
			const clauses = sourceClauses(flow.standard);
			const clauseText = (anchor: string): string => {
				if (anchor.startsWith('flow-')) expect(anchor.slice('flow-'.length), `${flow.id}: ${anchor} names this flow`).toBe(flow.id);
				const clause = clauses.get(anchor);
				expect(clause, `${flow.id}: anchor ${anchor}`).toBeDefined();
				return clause?.text ?? '';
			};
			expect(clauseText(flow.anchor)).not.toBe('');
			for (const section of flow.sections) {
				if (section.anchor) expect(clauseText(section.anchor), `${flow.id}/${section.id}`).toContain(section.title ?? '');
			}
			for (const step of steps(flow)) {
				for (const entry of entriesOf(step)) expect(clauseText(entry.at), `${flow.id}/${step.id}/${entry.id}`).toContain(entry.label);
			}
		}
	});

	describe('第三篇 flow charts', () => {
		it.each(Object.entries(districtFlows))('%s: the top-level steps joined by —— are the source flow, exactly', (id, title) => {
			const flow = flowById(id);
			expect(flow.title).toBe(title);
			expect(flow.anchor).toBe(`flow-${id}`);
			expect(flow.sections).toHaveLength(1);
			expect(flow.sections[0]!.title).toBeUndefined();
			expect(
				steps(flow)
					.map((step) => step.label)
					.join('——'),
			).toBe(districtFlowChart(id));
			for (const step of steps(flow)) expect(step.anchor).toBe(`flow-${id}`);
		});

		it('breaks parenthesised details out as items in the order they are written', () => {
			for (const id of Object.keys(districtFlows)) {
				for (const step of steps(flowById(id))) {
					let from = 0;
					for (const item of step.items ?? []) {
						const at = step.label.indexOf(item.label, from);
						expect(at, `${id}/${step.id}/${item.id}`).toBeGreaterThanOrEqual(from);
						from = at + item.label.length;
					}
				}
			}
		});

		it('keeps 電梯準備 outside the bracket of 環境布置, as the source writes it', () => {
			const step = findStep(flowById('receive-superiors'), 'environment-setup')!;
			expect(step.items?.map((item) => item.label)).toEqual(['環境布置(鮮花、制作歡迎牌等)', '電梯準備']);
			expect(step.items?.[0]?.items?.map((item) => item.label)).toEqual(['鮮花', '制作歡迎牌']);
		});

		it('gives the party congress preparation its two groups, without the trailing 等', () => {
			const step = findStep(flowById('party-congress'), 'organize-preparation');
			expect(step?.label).toBe('會議籌備(分工作組、黨代表組等)');
			// 分 governs both groups, so it stays in the step's label rather than going with the first.
			expect(step?.items?.map((item) => item.label)).toEqual(['工作組', '黨代表組']);
		});

		it.each(Object.entries(minutesLists))('%s: one item per recipient, as listed in the source', (id, title) => {
			const flow = flowById(id);
			expect(flow.title).toBe(title);
			const recipients = districtFlowChart(id)
				.replace(/。$/, '')
				.split(/[,、;]/);
			expect(recipients).toContain('存檔');
			expect(steps(flow).flatMap((step) => (step.items ?? []).map((item) => item.label))).toEqual(recipients);
		});

		it('assigns only the offices clause 三 names, and only the duties it gives them', () => {
			const duties = sourceClauses('district-committee').get('s3')!.text;
			const offices = ['綜合科', '信息督查科', '秘書科', '機關事務處'];
			for (const office of offices) expect(duties).toContain(office);
			const byLabel = new Map<string, Set<string>>();
			for (const id of Object.keys(districtFlows)) {
				for (const step of steps(flowById(id))) {
					for (const entry of entriesOf(step)) {
						// Clause 三 assigns them; the flow charts never name them: derived, citing 三.
						if (entry.roles) expect(entry.roleSource, `${id}/${step.id}/${entry.id}`).toEqual({ derived: 's3' });
						for (const role of entry.roles ?? []) {
							expect(offices, `${id}/${step.id}`).toContain(role);
							byLabel.set(entry.label, (byLabel.get(entry.label) ?? new Set()).add(role));
						}
					}
				}
			}
			expect(byLabel.get('會議通知')).toEqual(new Set(['綜合科']));
			expect(byLabel.get('信息及宣傳報道')).toEqual(new Set(['信息督查科']));
			expect(byLabel.get('會后督查')).toEqual(new Set(['信息督查科']));
			expect(byLabel.get('文件材料印刷')).toEqual(new Set(['秘書科']));
			expect(byLabel.get('會議材料裝袋分發')).toEqual(new Set(['秘書科']));
			const venue = findStep(flowById('party-congress'), 'venue-setup');
			expect(venue?.roles).toEqual(['秘書科', '機關事務處']);
		});
	});

	describe('第四篇 role markers', () => {
		const flow = flowById('standard-process-2017');
		const clauses = sourceClauses('standard-process-2017');
		// Entries that are clauses of their own (a step, or an item with its anchor): their heading carries the marker.
		const entries = steps(flow).flatMap((step) => [
			{ key: step.id, ...step },
			...stepItems(step)
				.filter((item) => item.anchor)
				.map((item) => ({ key: itemKey(step.id, item.id), ...item })),
		]);

		it('moves a trailing role parenthesis out of the label into roles (and liaison)', () => {
			for (const entry of entries) {
				const heading = clauses.get(entry.anchor!)!.heading.replace(/[;。]$/, '');
				const marker = entry.roles ? `(${entry.roles.join('、')}${entry.liaison ? `聯系${entry.liaison}` : ''})` : '';
				expect([`${entry.label}${marker}`, `${entry.label};${marker}`], entry.key).toContain(heading);
			}
		});

		it('keeps a parenthesis that is content in the label, and names two roles where the source does', () => {
			const name = findStep(flow, 'set-meeting-name');
			expect(name?.label).toBe('確定會議名稱');
			expect(name?.roles).toEqual(['秘書']);
			expect(name?.items?.[0]?.label).toBe('會議性質(現場會、啟動會、工作會、研討會、座談會、匯報會等)');
			expect(name?.items?.[0]?.roles).toBeUndefined();
			const venue = findStep(flow, 'set-up-venue');
			expect(venue?.roles).toEqual(['秘書', '公務員']);
			expect(venue?.items?.[0]).toMatchObject({ label: '打掃會場衛生,擺放桌椅', roles: ['公務員'] });
			expect(venue?.items?.find((item) => item.id === 'banner')).toMatchObject({ roles: ['秘書'], liaison: '工會' });
		});
	});

	it('names roles only in the source’s own words', () => {
		for (const flow of flows) {
			const text = textOf(flow);
			for (const step of steps(flow)) {
				for (const entry of entriesOf(step)) {
					for (const role of entry.roles ?? []) expect(text, `${flow.id}/${step.id}`).toContain(role);
				}
			}
		}
	});

	// "Every sub-point an item or step": each clause without sub-clauses is pointed at by a step or an item.
	it.each(['office-standard', 'standard-process-2017', 'school-procedure'])('%s: covers every numbered clause', (id) => {
		const flow = flowById(id);
		const pointed = new Set(steps(flow).flatMap((step) => entriesOf(step).map((entry) => entry.at)));
		const anchors = [...sourceClauses(flow.standard).keys()];
		const leaves = anchors.filter((anchor) => !anchors.some((other) => other.startsWith(`${anchor}-`)));
		expect(leaves.length).toBeGreaterThan(0);
		expect(leaves.filter((anchor) => !pointed.has(anchor))).toEqual([]);
	});

	it('county-reception: what 三, 四 and 五 say is done, the three 環節 of 三 among it', () => {
		const flow = flowById('county-reception');
		expect(flow.sections.map((section) => [section.anchor, section.steps.length])).toEqual([
			['s3', 8],
			['s4', 5],
			['s5', 3],
		]);
		expect(findStep(flow, 'follow-plan')?.label).toBe('堅持把工作方案作為規范依據,嚴格執行,沒有特殊情況、非經領導授意,不隨意更改');
		expect(
			findStep(flow, 'reception-plan')
				?.items?.map((item) => item.label)
				.at(-1),
		).toBe('《方案》起草后,將行程安排表和審批表按程序報送領導審批');
		expect(findStep(flow, 'three-cards')?.items?.map((item) => item.label)).toEqual(['會議席卡', '就餐桌卡', '房間歡迎卡']);
		expect(findStep(flow, 'activity-handbook')?.items).toHaveLength(7);
	});
});

describe('timed rules linked from the flows', () => {
	// rule id → [flow id, anchor of the clause the rule comes from]
	const expected: ReadonlyArray<[string, string, string]> = [
		['av-test', 'office-standard', 's4-3-3-4'],
		['av-retest', 'office-standard', 's4-3-3-4'],
		['catering-confirm', 'office-standard', 's4-4-2'],
		['staff-arrive', 'office-standard', 's6'],
		['chase-absent', 'office-standard', 's6-1'],
		['room-check', 'school-procedure', 's3-1'],
		['recorder-ready', 'school-procedure', 's3-3'],
		['notice-next-week', 'school-procedure', 's2-1'],
		['podium-refill', 'standard-process-2017', 's2-2'],
		['tea-refill', 'joint-party-government', 'flow-joint-party-government'],
		['tea-refill', 'receive-superiors', 'flow-receive-superiors'],
		['transcript-24h', 'standard-process-2017', 's3-2'],
		['minutes-48h', 'standard-process-2017', 's3-3'],
		['minutes-draft-2wd', 'school-procedure', 's3-5'],
		['resolution-notice-2wd', 'school-procedure', 's4-1'],
	];

	it.each(expected)('%s is attached in %s at %s', (ruleId, flowId, anchor) => {
		const links = ruleLinks(flowById(flowId)).filter((link) => link.ruleId === ruleId);
		expect(links.map((link) => link.anchor)).toContain(anchor);
	});

	it('links tea-refill to the 會務(每隔10—15分鐘…) steps', () => {
		for (const id of ['joint-party-government', 'receive-superiors']) {
			const [link] = ruleLinks(flowById(id)).filter((l) => l.ruleId === 'tea-refill');
			expect(findStep(flowById(id), link!.stepId)?.label.startsWith('會務(每隔10—15分鐘')).toBe(true);
		}
	});

	// The rule data (content/rules) names the clause it comes from; the flows must link the same clause.
	const rulesDir = fileURLToPath(new URL('../../content/rules/', import.meta.url));
	const rules = readdirSync(rulesDir)
		.filter((name) => name.endsWith('.json'))
		.map(
			(name) =>
				JSON.parse(readFileSync(rulesDir + name, 'utf8')) as {
					id: string;
					source: { standard: string; anchor: string };
					seeAlso?: Array<{ standard: string; anchor: string }>;
				},
		);

	it('links only rules that exist, at a clause the rule itself cites', () => {
		for (const flow of flows) {
			for (const link of ruleLinks(flow)) {
				const rule = rules.find((r) => r.id === link.ruleId);
				expect(rule, `${flow.id}/${link.stepId}: ${link.ruleId}`).toBeDefined();
				const cited = [rule!.source, ...(rule!.seeAlso ?? [])].map((ref) => `${ref.standard}#${ref.anchor}`);
				expect(cited, `${flow.id}/${link.stepId}: ${link.ruleId}`).toContain(`${flow.standard}#${link.anchor}`);
			}
		}
	});

	it('links every timed rule from at least one step', () => {
		const linked = new Set(flows.flatMap((flow) => ruleLinks(flow).map((link) => link.ruleId)));
		expect(rules.length).toBeGreaterThan(0);
		expect(rules.map((rule) => rule.id).filter((id) => !linked.has(id))).toEqual([]);
	});
});

describe('progress helpers', () => {
	const flow: Flow = flowSchema.parse({
		id: 'sample',
		standard: 'district-committee',
		anchor: 'flow-sample',
		title: '區委書記會流程',
		sections: [
			{
				id: 'steps',
				steps: [
					{ id: 'meeting-notice', label: '會議通知', anchor: 'flow-sample' },
					{
						id: 'room-preparation',
						label: '會議室準備(冬夏季開空調、茶水供應)',
						anchor: 'flow-sample',
						items: [
							{ id: 'air-conditioning', label: '冬夏季開空調' },
							{ id: 'tea-service', label: '茶水供應', rules: ['tea-refill'] },
						],
					},
				],
			},
			{ id: 'after', steps: [{ id: 'take-record', label: '會議記錄', anchor: 'flow-sample', rules: ['minutes-48h'] }] },
		],
	});

	describe('flowKeys', () => {
		it('lists a step without items by its id, and a step with items by one key per item, in reading order', () => {
			expect(flowKeys(flow)).toEqual([
				'meeting-notice',
				'room-preparation/air-conditioning',
				'room-preparation/tea-service',
				'take-record',
			]);
		});

		it('never lists a parent with items as a key of its own', () => {
			const keys = flowKeys(flowById('party-congress'));
			expect(keys).toContain('organize-preparation/working-groups');
			expect(keys).not.toContain('organize-preparation');
			expect(keys).toContain('draft-preparation-plan');
		});
	});

	describe('stepState', () => {
		const room = findStep(flow, 'room-preparation')!;
		const notice = findStep(flow, 'meeting-notice')!;

		it('derives a parent from its items: none → unticked, some → partial, all → ticked', () => {
			expect(stepState({}, room)).toBe('unticked');
			expect(stepState({ 'room-preparation/tea-service': true }, room)).toBe('partial');
			expect(stepState({ 'room-preparation/tea-service': true, 'room-preparation/air-conditioning': true }, room)).toBe('ticked');
		});

		it('ignores a stale tick on the parent key and false entries', () => {
			expect(stepState({ 'room-preparation': true, 'room-preparation/tea-service': false }, room)).toBe('unticked');
		});

		it('reads a leaf step from its own key, from a record or a set', () => {
			expect(stepState({ 'meeting-notice': true }, notice)).toBe('ticked');
			expect(stepState(new Set(['meeting-notice']), notice)).toBe('ticked');
			expect(stepState(new Set(['take-record']), notice)).toBe('unticked');
		});
	});

	describe('flowTotals', () => {
		it('counts leaves, not steps', () => {
			expect(flowTotals(flow, {})).toEqual({ done: 0, total: 4 });
			expect(flowTotals(flow, { 'meeting-notice': true, 'room-preparation/tea-service': true })).toEqual({ done: 2, total: 4 });
			expect(flowTotals(flow, new Set(flowKeys(flow)))).toEqual({ done: 4, total: 4 });
		});

		it('does not count keys that are not in the flow', () => {
			expect(flowTotals(flow, { 'removed-step': true, 'room-preparation': true })).toEqual({ done: 0, total: 4 });
		});
	});

	describe('nested items', () => {
		const nested: Flow = flowSchema.parse({
			id: 'nested',
			standard: 'office-standard',
			anchor: 's4',
			title: '會前籌備',
			sections: [
				{
					id: 'prep',
					steps: [
						{
							id: 'venue-layout',
							label: '會場布置',
							anchor: 's4-3',
							items: [
								{ id: 'reflect-nature', label: '布置會場應體現會議的性質和需要,烘托會場氣氛' },
								{
									id: 'venue-decoration',
									label: '會場裝飾',
									anchor: 's4-3-1',
									items: [
										{ id: 'party-emblem-backdrop', label: '黨代會,背景布置黨徽和紅旗' },
										{ id: 'slogans', label: '根據會議需要懸掛標語等', rules: ['av-test'] },
									],
								},
							],
						},
					],
				},
			],
		});
		const step = findStep(nested, 'venue-layout')!;

		it('keys a leaf as stepId/itemId at any depth, and never a parent item', () => {
			expect(flowKeys(nested)).toEqual(['venue-layout/reflect-nature', 'venue-layout/party-emblem-backdrop', 'venue-layout/slogans']);
		});

		it('derives a parent item from the leaves below it, and a step from all its leaves', () => {
			expect(keyState(nested, new Set(['venue-layout/slogans']), 'venue-layout/venue-decoration')).toBe('partial');
			expect(
				keyState(nested, new Set(['venue-layout/slogans', 'venue-layout/party-emblem-backdrop']), 'venue-layout/venue-decoration'),
			).toBe('ticked');
			expect(stepState(new Set(['venue-layout/slogans', 'venue-layout/party-emblem-backdrop']), step)).toBe('partial');
			expect(keyState(nested, new Set(), 'venue-layout/no-such-item')).toBe('unticked');
		});

		it('finds items at every level, and links a rule on a nested item with the anchor it inherits', () => {
			expect(findItem(step, 'slogans')?.label).toBe('根據會議需要懸掛標語等');
			expect(ruleLinks(nested)).toEqual([{ ruleId: 'av-test', stepId: 'venue-layout', itemId: 'slogans', anchor: 's4-3-1' }]);
		});

		it('rejects an item id used twice in one step, even at different levels', () => {
			const twice = structuredClone(nested);
			twice.sections[0]!.steps[0]!.items![1]!.items![0]!.id = 'reflect-nature';
			expect(flowSchema.safeParse(twice).success).toBe(false);
		});

		it('accepts roles stated or derived from a clause, and nothing else as their source', () => {
			const derived = structuredClone(nested);
			Object.assign(derived.sections[0]!.steps[0]!, { roles: ['秘書科'], roleSource: { derived: 's3' } });
			expect(flowSchema.safeParse(derived).success).toBe(true);
			Object.assign(derived.sections[0]!.steps[0]!, { roleSource: 'guessed' });
			expect(flowSchema.safeParse(derived).success).toBe(false);
		});
	});

	describe('findStep', () => {
		it('finds a step in any section by id, and nothing for an unknown id', () => {
			expect(findStep(flow, 'take-record')?.label).toBe('會議記錄');
			expect(findStep(flow, 'tea-service')).toBeUndefined();
		});
	});

	describe('orphanedKeys', () => {
		it('reports ticked keys the flow no longer has, instead of dropping them', () => {
			expect(
				orphanedKeys(flow, { 'meeting-notice': true, 'old-step': true, 'room-preparation/gone': true, 'unticked-old': false }),
			).toEqual(['old-step', 'room-preparation/gone']);
			expect(orphanedKeys(flow, new Set(['take-record']))).toEqual([]);
		});
	});

	describe('ruleLinks', () => {
		it('lists rules on steps and on items, with the clause each comes from', () => {
			expect(ruleLinks(flow)).toEqual([
				{ ruleId: 'tea-refill', stepId: 'room-preparation', itemId: 'tea-service', anchor: 'flow-sample' },
				{ ruleId: 'minutes-48h', stepId: 'take-record', anchor: 'flow-sample' },
			]);
			const [av] = ruleLinks(flowById('office-standard')).filter((link) => link.ruleId === 'av-test');
			expect(av).toEqual({ ruleId: 'av-test', stepId: 'venue-layout', itemId: 'av-check', anchor: 's4-3-3-4' });
		});
	});
});
