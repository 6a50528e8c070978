import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatNameList } from '~/lib/nameList';
import { rostrumChanges, rostrumPrint } from '~/lib/reprint';
import { seatPlanRows, swapSeats, type Seat, type SeatOverride, type SeatPlan, type SeatPosition } from '~/lib/seatPlan';
import { resolveSeatingDraft, type DraftLayout } from '~/lib/seatingDraft';
import { DEFAULT_LAYOUT, parseSeatingQuery, withSeatingQuery, type InvalidQueryParam } from '~/lib/seatingQuery';
import type { SavedSeatingPlan } from '~/schemas/seatingPlan';
import { $seatingPlans, deletePlan, recordPlanPrinted, restorePlan, savePlan, sortedPlans } from '~/stores/seatingPlans';
import { translator, type SeatingMessages } from './messages';
import PrintPanel, { type CardOptions } from './PrintPanel';
import type { PrintMode } from './printModes';
import ReprintBar from './ReprintBar';
import RostrumExplanation from './RostrumExplanation';
import SeatChart from './SeatChart';
import SeatingForm, { type SeatingFormValues } from './SeatingForm';
import SeatingPlans from './SeatingPlans';
import { usePrintSheet } from './usePrintSheet';
import './seating.css';

export interface SeatingPreviewProps {
	messages: SeatingMessages;
	/** Links to the clauses quoted on the page, already in the reader's edition. */
	ruleSource: string;
	cardsSource: string;
}

/** Manual adjustments (按領導意見辦) and the layout they were made for. */
interface Adjustment extends DraftLayout {
	overrides: SeatOverride[];
}

const sameLayout = (a: DraftLayout, b: DraftLayout) => a.count === b.count && a.perRow === b.perRow && a.honour === b.honour;

const initialForm: SeatingFormValues = {
	countText: String(DEFAULT_LAYOUT.count),
	perRowText: String(DEFAULT_LAYOUT.perRow),
	namesText: '',
	honour: DEFAULT_LAYOUT.honour,
	view: DEFAULT_LAYOUT.view,
	meetingName: '',
	meetingDate: '',
};

const DEFAULT_PER_TABLE = 10;

/** What was printed from this plan (src/lib/reprint.ts `rostrumPrint`); a family is absent until printed. */
type Printed = NonNullable<SavedSeatingPlan['printed']>;

/** The print chooser's sheets, or only the 席卡 changed since they were printed (drawn as name cards). */
type PageSheet = PrintMode | 'changed-cards';

/**
 * 座次預覽: the rostrum seat order of 第二篇 四(三)2(1) for a number of people or
 * a pasted name list, manual swaps, saved plans, and the printed sheets (seat
 * chart and the three cards of 第一篇 三). The layout (not the names) lives in
 * the URL so a link reproduces it.
 */
export default function SeatingPreview({ messages, ruleSource, cardsSource }: SeatingPreviewProps) {
	const t = useMemo(() => translator(messages), [messages]);
	const [form, setForm] = useState<SeatingFormValues>(initialForm);
	const [cards, setCards] = useState<CardOptions>({
		perTableText: String(DEFAULT_PER_TABLE),
		tableNames: true,
		welcome: messages['cards.welcome-default'],
		hotel: '',
		contact: '',
	});
	const [adjustment, setAdjustment] = useState<Adjustment | null>(null);
	const [lastValid, setLastValid] = useState<DraftLayout>({
		count: DEFAULT_LAYOUT.count,
		perRow: DEFAULT_LAYOUT.perRow,
		honour: DEFAULT_LAYOUT.honour,
	});
	const [printMode, printSheet, setPrintMode] = usePrintSheet<PageSheet>('chart');
	const [printed, setPrinted] = useState<Printed>({});
	const [recorded, setRecorded] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	const [queryIssues, setQueryIssues] = useState<InvalidQueryParam[]>([]);
	const [planId, setPlanId] = useState<string | null>(null);
	const [planName, setPlanName] = useState('');
	const [planStatus, setPlanStatus] = useState<{ text: string; error: boolean; unsaved?: boolean } | null>(null);
	const [lastDeleted, setLastDeleted] = useState<SavedSeatingPlan | null>(null);
	const plans = sortedPlans(useStore($seatingPlans));

	const resolved = useMemo(
		() => resolveSeatingDraft(form),
		// The fields the draft is made of; `form.view` changes no seat.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[form.countText, form.perRowText, form.namesText, form.honour],
	);
	const layout = resolved.layout ?? lastValid;

	// The layout from the URL, once, after hydration (the server render knows no URL).
	useEffect(() => {
		const { layout: fromQuery, invalid } = parseSeatingQuery(window.location.search);
		setForm((current) => ({
			...current,
			...(fromQuery.count !== undefined && { countText: String(fromQuery.count) }),
			...(fromQuery.perRow !== undefined && { perRowText: String(fromQuery.perRow) }),
			...(fromQuery.honour && { honour: fromQuery.honour }),
			...(fromQuery.view && { view: fromQuery.view }),
		}));
		setQueryIssues(invalid);
		setHydrated(true);
	}, []);

	useEffect(() => {
		if (resolved.layout) setLastValid(resolved.layout);
		// By value: a re-resolved but equal layout is no change.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [resolved.layout?.count, resolved.layout?.perRow, resolved.layout?.honour]);

	// Keep the URL in step with a valid layout, so copying the address shares it.
	useEffect(() => {
		if (!hydrated || !resolved.layout) return;
		const search = withSeatingQuery(window.location.search, { ...resolved.layout, view: form.view });
		if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${search}${window.location.hash}`);
		// By value: a re-resolved but equal layout is no change.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [hydrated, resolved.layout?.count, resolved.layout?.perRow, resolved.layout?.honour, form.view]);

	let plan: SeatPlan = adjustment !== null && sameLayout(adjustment, layout) ? { ...layout, overrides: adjustment.overrides } : layout;
	let seats: Seat[][];
	try {
		seats = seatPlanRows(plan);
	} catch {
		// Adjustments that do not describe this layout: show the rule, keep them until discarded.
		plan = layout;
		seats = seatPlanRows(layout);
	}
	const adjustmentApplies = plan.overrides !== undefined;
	const adjusted = adjustmentApplies && seats.some((row) => row.some((seat) => seat.moved));

	// Changes the day before (issue #21): what the cards and chart say now, against what was printed.
	const names = resolved.people.map((person) => person.name);
	const printNow = rostrumPrint(
		seats.flat().map((seat) => ({ ...seat.position, rank: seat.rank })),
		names,
	);
	const changes = rostrumChanges(printed, printNow);
	const changedSeats = new Set(changes.changedSeats);
	const changedPeople = changes.changedRanks.map((rank) => resolved.people[rank - 1]!);
	/** Remembers what was printed; with a saved plan open, it is saved with the plan. */
	const record = (next: Printed) => {
		setPrinted(next);
		if (planId !== null && $seatingPlans.get().plans[planId]) recordPlanPrinted(planId, next);
	};
	// A full sheet printed is the new record; printing only the changed 席卡 is not (as the
	// other layouts: 記下目前安排 once the reprinted cards are on the table).
	const onPrinted = () =>
		printMode !== 'changed-cards' &&
		record({
			...printed,
			...((printMode === 'chart' || printMode === 'all') && { chart: printNow.chart }),
			...((printMode === 'name-cards' || printMode === 'all') && names.length > 0 && { cards: printNow.cards }),
		});

	const onSwap = (a: SeatPosition, b: SeatPosition) => {
		const next = swapSeats(plan, a, b);
		setAdjustment(next.overrides ? { count: next.count, perRow: next.perRow, honour: next.honour, overrides: [...next.overrides] } : null);
	};

	const change = (values: Partial<SeatingFormValues>) => setForm((current) => ({ ...current, ...values }));

	const onSave = (asNew: boolean) => {
		const name = planName.trim();
		if (name === '') return setPlanStatus({ text: t('plans.name-required'), error: true });
		if (!resolved.layout) return setPlanStatus({ text: t('plans.unsaved-layout'), error: true });
		const perTable = Number(cards.perTableText);
		const id = savePlan({
			...(asNew || planId === null ? {} : { id: planId }),
			name,
			...resolved.layout,
			view: form.view,
			people: resolved.people,
			...(plan.overrides && plan.overrides.length > 0 && { overrides: [...plan.overrides] }),
			meetingName: form.meetingName,
			meetingDate: form.meetingDate,
			...(Number.isInteger(perTable) && perTable >= 1 && perTable <= 30 && { perTable }),
			tableNames: cards.tableNames,
			welcome: cards.welcome,
			hotel: cards.hotel,
			contact: cards.contact,
			...(Object.keys(printed).length > 0 && { printed }),
		});
		setPlanId(id);
		setPlanName(name);
		setLastDeleted(null);
		// 已儲存 only when the browser's storage verifiably holds the plan.
		setPlanStatus(
			$seatingPlans.isSaved()
				? { text: t('plans.saved', { name }), error: false }
				: { text: t('plans.save-failed', { name }), error: true, unsaved: true },
		);
	};

	const onOpen = (saved: SavedSeatingPlan) => {
		setForm({
			countText: String(saved.count),
			perRowText: String(saved.perRow),
			namesText: formatNameList(saved.people),
			honour: saved.honour,
			view: saved.view,
			meetingName: saved.meetingName ?? '',
			meetingDate: saved.meetingDate ?? '',
		});
		setCards((current) => ({
			perTableText: saved.perTable === undefined ? current.perTableText : String(saved.perTable),
			tableNames: saved.tableNames ?? current.tableNames,
			welcome: saved.welcome ?? current.welcome,
			hotel: saved.hotel ?? '',
			contact: saved.contact ?? '',
		}));
		setAdjustment(
			saved.overrides?.length ? { count: saved.count, perRow: saved.perRow, honour: saved.honour, overrides: saved.overrides } : null,
		);
		setPrinted(saved.printed ?? {});
		setRecorded(false);
		setPlanId(saved.id);
		setPlanName(saved.name);
		setLastDeleted(null);
		setPlanStatus({ text: t('plans.opened', { name: saved.name }), error: false });
	};

	const onDelete = (saved: SavedSeatingPlan) => {
		const copy = deletePlan(saved.id);
		if (saved.id === planId) setPlanId(null);
		setLastDeleted(copy);
		setPlanStatus({ text: t('plans.deleted', { name: saved.name }), error: false });
	};

	const onUndoDelete = () => {
		if (!lastDeleted) return;
		restorePlan(lastDeleted);
		setPlanStatus({ text: t('plans.restored', { name: lastDeleted.name }), error: false });
		setLastDeleted(null);
	};

	const honourLabel = t(layout.honour === 'left' ? 'honour.left' : 'honour.right');

	return (
		<div
			class="seating not-content"
			data-seating
			data-print={printMode === 'changed-cards' ? 'name-cards' : printMode}
			data-hydrated={hydrated ? '' : undefined}
			data-pagefind-ignore
		>
			{queryIssues.length > 0 && (
				<ul class="seating-notice" role="status">
					{queryIssues.map((issue) => (
						<li key={issue.key}>{t('query.invalid', { key: issue.key, value: issue.value })}</li>
					))}
				</ul>
			)}
			<SeatingForm
				values={form}
				onChange={change}
				countFromNames={resolved.countFromNames ? resolved.people.length : null}
				errors={resolved.errors}
				issues={resolved.issues}
				t={t}
				ruleSource={ruleSource}
			/>

			<section class="seating-chart-section" aria-labelledby="seating-chart-heading">
				<header class="seating-chart-print-header">
					<h2 id="seating-chart-heading">{form.meetingName.trim() || t('chart.title')}</h2>
					<p>
						{form.meetingName.trim() !== '' && <span>{t('chart.title')}</span>}
						{form.meetingDate && <span data-meeting-date>{form.meetingDate}</span>}
						<span>{honourLabel}</span>
					</p>
				</header>
				{!resolved.layout && <p class="seating-notice seating-screen-only">{t('chart.invalid-note')}</p>}
				<div class="seating-screen-only seating-adjustment">
					<p class="seating-hint">
						{t('rule.swap-hint')} <span class="keyboard-only">{t('swap.keyboard-hint')}</span>
					</p>
					{adjusted && (
						<p class="seating-adjusted" role="status">
							<strong data-adjusted>{t('adjusted')}</strong>{' '}
							<button type="button" class="seating-button" data-restore onClick={() => setAdjustment(null)}>
								{t('restore-rule')}
							</button>
						</p>
					)}
					{adjustment !== null && !adjustmentApplies && (
						<p class="seating-notice" role="status">
							{t('adjustment.stale', {
								count: adjustment.count,
								perRow: adjustment.perRow,
								honour: t(adjustment.honour === 'left' ? 'honour.left' : 'honour.right'),
							})}{' '}
							<button type="button" class="seating-button" onClick={() => setAdjustment(null)}>
								{t('adjustment.discard')}
							</button>
						</p>
					)}
				</div>
				<SeatChart seats={seats} view={form.view} people={resolved.people} t={t} onSwap={onSwap} changed={changedSeats} />
				<RostrumExplanation count={layout.count} perRow={layout.perRow} honour={layout.honour} view={form.view} t={t} />
			</section>

			<SeatingPlans
				plans={plans}
				currentId={planId}
				name={planName}
				onName={setPlanName}
				onSave={onSave}
				onOpen={onOpen}
				onDelete={onDelete}
				deleted={lastDeleted}
				onUndoDelete={onUndoDelete}
				status={planStatus}
				t={t}
			/>

			<PrintPanel
				mode={printMode === 'changed-cards' ? 'name-cards' : printMode}
				onMode={setPrintMode}
				count={layout.count}
				people={printMode === 'changed-cards' ? changedPeople : resolved.people}
				options={cards}
				onOptions={(change) => setCards((current) => ({ ...current, ...change }))}
				t={t}
				cardsSource={cardsSource}
				onPrint={onPrinted}
			>
				<ReprintBar
					changed={changedPeople.length + changedSeats.size}
					gone={changes.gone}
					recorded={recorded}
					onRecord={() => {
						record({ chart: printNow.chart, ...(names.length > 0 && { cards: printNow.cards }) });
						setRecorded(true);
					}}
					disabled={false}
					t={t}
					changedNote={t('reprint.changed-note', {
						count: new Set([
							...changes.changedRanks,
							...seats.flat().flatMap((seat) => (changedSeats.has(`${seat.position.row}:${seat.position.seat}`) ? [seat.rank] : [])),
						]).size,
					})}
					goneNote={t('reprint.gone-cards', { names: changes.gone.join('、') })}
					statusAttribute="data-reprint-status"
				>
					<button
						type="button"
						class="seating-button"
						disabled={changedPeople.length === 0}
						data-print-changed
						onClick={() => printSheet('changed-cards')}
					>
						{t('reprint.print-changed-cards')}
					</button>
				</ReprintBar>
			</PrintPanel>
		</div>
	);
}
