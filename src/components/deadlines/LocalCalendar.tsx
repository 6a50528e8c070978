import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { DeadlinesMessages } from '~/i18n/messages/deadlines';
import { calendarYearProblems, parseCalendarFile, parseDateList, usableLocalYears, type CalendarProblem } from '~/lib/localCalendar';
import { LOCAL_YEAR_MAX, LOCAL_YEAR_MIN, type LocalHolidayPeriod } from '~/schemas/localCalendar';
import { $localCalendar, EMPTY_LOCAL_CALENDAR, removeYear, saveYear } from '~/stores/localCalendar';
import { useHydratedStore } from '../site/useHydratedStore';

export interface LocalCalendarProps {
	/** years the site ships official data for */
	officialYears: number[];
	/** the year to offer first: the first year without official data */
	suggestedYear: number;
	messages: DeadlinesMessages;
}

interface Row {
	name: string;
	start: string;
	end: string;
	/** 調休 days as typed: `2027-02-14, 2027-02-20` */
	workdays: string;
}

const emptyRow = (): Row => ({ name: '', start: '', end: '', workdays: '' });
const rowsOf = (holidays: readonly LocalHolidayPeriod[]): Row[] =>
	holidays.map((period) => ({ name: period.name, start: period.start, end: period.end, workdays: period.workdays.join(', ') }));
const periodsOf = (rows: readonly Row[]): LocalHolidayPeriod[] =>
	rows.map((row) => ({ name: row.name.trim(), start: row.start.trim(), end: row.end.trim(), workdays: parseDateList(row.workdays) }));

const problemText = (problem: CalendarProblem, m: DeadlinesMessages) =>
	formatMessage(m[`local.problem.${problem.code}`], { ...problem.params });

/**
 * Where an office enters a year's holiday arrangement that the site does not ship
 * yet (by hand or from a small file), sees what it entered, and removes it.
 * What is entered is checked whole before anything is stored.
 */
export default function LocalCalendar({ officialYears, suggestedYear, messages: m }: LocalCalendarProps) {
	const state = useHydratedStore($localCalendar, EMPTY_LOCAL_CALENDAR);
	const [year, setYear] = useState(String(suggestedYear));
	const [rows, setRows] = useState<Row[]>([emptyRow()]);
	const [problems, setProblems] = useState<string[]>([]);
	const [status, setStatus] = useState('');
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const { used, setAside } = usableLocalYears(Object.values(state.years), officialYears);

	const setRow = (index: number, change: Partial<Row>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

	/** Checks and stores a year; returns false (with the problems shown) when anything is wrong. */
	function store(yearValue: number, holidays: LocalHolidayPeriod[]): boolean {
		setStatus('');
		if (!Number.isInteger(yearValue) || yearValue < LOCAL_YEAR_MIN || yearValue > LOCAL_YEAR_MAX) {
			setProblems([m['local.year-range']]);
			return false;
		}
		if (officialYears.includes(yearValue)) {
			setProblems([formatMessage(m['local.official-year'], { year: yearValue })]);
			return false;
		}
		const found = calendarYearProblems(yearValue, holidays);
		setProblems(found.map((problem) => problemText(problem, m)));
		if (found.length > 0) return false;
		saveYear(yearValue, holidays);
		setStatus(formatMessage(m['local.saved'], { year: yearValue, count: holidays.length }));
		return true;
	}

	async function importFile(file: File) {
		const result = parseCalendarFile(await file.text());
		if (!result.ok) {
			setStatus('');
			setProblems([m[`local.file.${result.code}`]]);
			return;
		}
		if (store(result.year, result.holidays)) {
			setYear(String(result.year));
			setRows(rowsOf(result.holidays));
		}
	}

	return (
		<section
			class="local-calendar not-content"
			data-local-calendar
			data-hydrated={hydrated ? '' : undefined}
			data-pagefind-ignore
			aria-labelledby="local-calendar-title"
		>
			<h2 id="local-calendar-title">{m['local.title']}</h2>
			<p>{m['local.intro']}</p>
			{used.length === 0 && setAside.length === 0 && <p data-local-none>{m['local.none']}</p>}
			<ul class="local-calendar-years">
				{used.map((entry) => (
					<li key={entry.year} data-local-year={entry.year}>
						<span>{formatMessage(m['local.entered'], { year: entry.year, count: entry.holidays.length })}</span>{' '}
						<button
							type="button"
							onClick={() => {
								setYear(String(entry.year));
								setRows(rowsOf(entry.holidays));
								setProblems([]);
							}}
						>
							{m['local.edit']}
						</button>{' '}
						<button
							type="button"
							onClick={() => {
								removeYear(entry.year);
								setStatus(formatMessage(m['local.removed'], { year: entry.year }));
							}}
						>
							{formatMessage(m['local.remove'], { year: entry.year })}
						</button>
					</li>
				))}
				{setAside.map((entry) => (
					<li key={entry.year} data-local-year={entry.year} data-set-aside>
						{formatMessage(m['local.set-aside'], { year: entry.year })}
					</li>
				))}
			</ul>
			<form
				class="local-calendar-form"
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					store(Number(year), periodsOf(rows));
				}}
			>
				<label class="dc-field local-calendar-year">
					<span>{m['local.year']}</span>
					<input
						type="number"
						name="local-year"
						min={LOCAL_YEAR_MIN}
						max={LOCAL_YEAR_MAX}
						value={year}
						onInput={(e) => setYear(e.currentTarget.value)}
					/>
				</label>
				{rows.map((row, index) => (
					<fieldset class="local-calendar-row" data-row={index + 1} key={index}>
						<legend>{index + 1}</legend>
						<label class="dc-field">
							<span>{m['local.holiday-name']}</span>
							<input
								type="text"
								name={`holiday-${index + 1}`}
								maxLength={40}
								value={row.name}
								onInput={(e) => setRow(index, { name: e.currentTarget.value })}
							/>
						</label>
						<label class="dc-field">
							<span>{m['local.start']}</span>
							<input
								type="date"
								name={`holiday-start-${index + 1}`}
								value={row.start}
								onInput={(e) => setRow(index, { start: e.currentTarget.value })}
							/>
						</label>
						<label class="dc-field">
							<span>{m['local.end']}</span>
							<input
								type="date"
								name={`holiday-end-${index + 1}`}
								value={row.end}
								onInput={(e) => setRow(index, { end: e.currentTarget.value })}
							/>
						</label>
						<label class="dc-field">
							<span>{m['local.workdays']}</span>
							<input
								type="text"
								name={`holiday-workdays-${index + 1}`}
								value={row.workdays}
								onInput={(e) => setRow(index, { workdays: e.currentTarget.value })}
							/>
						</label>
						{rows.length > 1 && (
							<button type="button" onClick={() => setRows(rows.filter((_, at) => at !== index))}>
								{formatMessage(m['local.remove-row'], { row: index + 1 })}
							</button>
						)}
					</fieldset>
				))}
				<p class="local-calendar-actions">
					<button type="button" onClick={() => setRows([...rows, emptyRow()])}>
						{m['local.add-row']}
					</button>{' '}
					<button type="submit" class="local-calendar-save">
						{formatMessage(m['local.save'], { year: year || '…' })}
					</button>
				</p>
				<label class="dc-field local-calendar-file">
					<span>{m['local.import']}</span>
					<input
						type="file"
						accept=".json,application/json"
						onChange={(event) => {
							const file = event.currentTarget.files?.[0];
							event.currentTarget.value = '';
							if (file) void importFile(file);
						}}
					/>
				</label>
			</form>
			{problems.length > 0 && (
				<ul class="huiwu-notice huiwu-notice-error" role="alert" data-local-problems>
					{problems.map((problem) => (
						<li key={problem}>{problem}</li>
					))}
				</ul>
			)}
			<p role="status" data-local-status>
				{status}
			</p>
		</section>
	);
}
