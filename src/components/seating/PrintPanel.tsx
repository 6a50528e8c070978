import type { ComponentChildren } from 'preact';
import { checkPerTable, diningTables } from '~/lib/diningTables';
import type { ListedPerson } from '~/lib/nameList';
import { parseWholeNumber } from '~/lib/seatingDraft';
import { NameCards, RoomCards, TableCards, type RoomCardTexts } from './CardSheets';
import type { Translate } from './messages';
import { PRINT_MODES, type PrintMode } from './printModes';

export interface CardOptions extends RoomCardTexts {
	perTableText: string;
	tableNames: boolean;
}

export interface PrintPanelProps {
	mode: PrintMode;
	onMode(mode: PrintMode): void;
	count: number;
	people: readonly ListedPerson[];
	options: CardOptions;
	onOptions(change: Partial<CardOptions>): void;
	t: Translate;
	/** Link to 第一篇 三 (the three cards). */
	cardsSource: string;
	/** Called as the print button opens the dialog (to record what was printed). */
	onPrint?(): void;
	/** Shown under the print button: what changed since printing, and printing only that. */
	children?: ComponentChildren;
}

const MODE_LABEL = {
	chart: 'print.chart',
	'name-cards': 'print.name-cards',
	'table-cards': 'print.table-cards',
	'room-cards': 'print.room-cards',
	all: 'print.all',
} as const;

/**
 * Chooses which sheet prints (the root's `data-print`, read by the print CSS),
 * shows its preview, and prints it with the browser's own dialog.
 */
export default function PrintPanel({
	mode,
	onMode,
	count,
	people,
	options,
	onOptions,
	t,
	cardsSource,
	onPrint,
	children,
}: PrintPanelProps) {
	const perTable = parseWholeNumber(options.perTableText);
	const perTableError = checkPerTable(perTable);
	const tables = perTableError ? [] : diningTables(count, perTable as number);
	const needsNames = (mode === 'name-cards' || mode === 'room-cards') && people.length === 0;
	const roomSheets = Math.ceil(people.length / 2);
	const sheets = {
		chart: 1,
		'name-cards': people.length,
		'table-cards': tables.length,
		'room-cards': roomSheets,
		// The chart, then every folded card; 歡迎卡 (portrait) print on their own: Chromium lays
		// a job out at its narrowest page, which shrank the landscape sheets to 210 mm.
		all: 1 + people.length + tables.length,
	}[mode];

	return (
		<section class="seating-print" aria-labelledby="seating-print-heading">
			<h2 id="seating-print-heading">{t('print.heading')}</h2>
			<p class="seating-print-controls">
				{t('print.intro')}
				<q class="seating-quote">{t('cards.quote')}</q> (<a href={cardsSource}>{t('cards.source')}</a>)
			</p>
			<fieldset class="seating-print-controls seating-choice">
				<legend>{t('print.legend')}</legend>
				{PRINT_MODES.map((option) => (
					<label key={option}>
						<input
							type="radio"
							name="seating-print-mode"
							value={option}
							checked={mode === option}
							onChange={() => onMode(option)}
							// The checked sheet chosen again: back from only the changed 席卡 to all of them.
							onClick={() => onMode(option)}
						/>{' '}
						{t(MODE_LABEL[option])}
					</label>
				))}
			</fieldset>

			{(mode === 'table-cards' || mode === 'all') && (
				<div class="seating-print-controls seating-fields">
					<label>
						{t('cards.per-table')}
						<input
							type="text"
							inputMode="numeric"
							value={options.perTableText}
							aria-invalid={perTableError ? 'true' : undefined}
							aria-describedby={perTableError ? 'seating-per-table-error' : undefined}
							onInput={(event) => onOptions({ perTableText: event.currentTarget.value })}
						/>
					</label>
					{perTableError && (
						<p id="seating-per-table-error" class="seating-error" role="alert">
							{t(perTableError.code, perTableError.params)}
						</p>
					)}
					<label class="seating-check">
						<input
							type="checkbox"
							checked={options.tableNames}
							onChange={(event) => onOptions({ tableNames: event.currentTarget.checked })}
						/>{' '}
						{t('cards.table-names')}
					</label>
				</div>
			)}
			{mode === 'room-cards' && (
				<div class="seating-print-controls seating-fields">
					<label>
						{t('cards.welcome')}
						<input
							type="text"
							value={options.welcome}
							maxLength={200}
							onInput={(event) => onOptions({ welcome: event.currentTarget.value })}
						/>
					</label>
					<label>
						{t('cards.hotel')}
						<input type="text" value={options.hotel} maxLength={200} onInput={(event) => onOptions({ hotel: event.currentTarget.value })} />
					</label>
					<label>
						{t('cards.contact')}
						<input
							type="text"
							value={options.contact}
							maxLength={200}
							onInput={(event) => onOptions({ contact: event.currentTarget.value })}
						/>
					</label>
				</div>
			)}

			<p class="seating-print-controls seating-hint">{t('print.hint')}</p>
			{needsNames ? (
				<p class="seating-print-controls seating-notice" role="status">
					{t('print.needs-names')}
				</p>
			) : (
				<p class="seating-print-controls">
					<button
						type="button"
						class="seating-button seating-button-primary"
						data-print-button
						onClick={() => {
							onPrint?.();
							window.print();
						}}
					>
						{t('print.button')}
					</button>{' '}
					{mode !== 'chart' && <span class="seating-hint">{t('print.count', { count: sheets })}</span>}
				</p>
			)}
			{children && <div class="seating-print-controls">{children}</div>}

			{mode === 'chart' ? (
				<p class="seating-print-controls seating-hint">{t('print.chart-preview')}</p>
			) : (
				<div class="card-preview" role="region" aria-label={t('print.preview-label')} tabIndex={0} data-sheets={mode}>
					{(mode === 'name-cards' || mode === 'all') && <NameCards people={people} t={t} />}
					{(mode === 'table-cards' || mode === 'all') && (
						<TableCards tables={tables} people={people} listNames={options.tableNames} t={t} />
					)}
					{mode === 'room-cards' && <RoomCards people={people} texts={options} t={t} />}
				</div>
			)}
		</section>
	);
}
