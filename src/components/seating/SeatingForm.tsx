import type { NameListIssue } from '~/lib/nameList';
import type { Honour, SeatView } from '~/lib/seating';
import type { DraftFieldError } from '~/lib/seatingDraft';
import type { Translate } from './messages';

export interface SeatingFormValues {
	countText: string;
	perRowText: string;
	namesText: string;
	honour: Honour;
	view: SeatView;
	meetingName: string;
	meetingDate: string;
}

export interface SeatingFormProps {
	values: SeatingFormValues;
	onChange(change: Partial<SeatingFormValues>): void;
	/** The number of people when it comes from the name list. */
	countFromNames: number | null;
	errors: readonly DraftFieldError[];
	issues: readonly NameListIssue[];
	t: Translate;
	/** Link to 第二篇 四(三)2(1). */
	ruleSource: string;
}

const errorId = (field: DraftFieldError['field']) => `seating-${field}-error`;

/** Who sits (a number, or names in rank order), how the rows are filled, and how the chart is drawn. */
export default function SeatingForm({ values, onChange, countFromNames, errors, issues, t, ruleSource }: SeatingFormProps) {
	const errorOf = (field: DraftFieldError['field']) => errors.find((error) => error.field === field);
	const countError = errorOf('count');
	const perRowError = errorOf('per-row');
	const fieldError = (field: DraftFieldError['field'], error: DraftFieldError | undefined) =>
		error && (
			<p id={errorId(field)} class="seating-error" role="alert" data-field-error={field}>
				{t(error.code, error.params)}
			</p>
		);

	return (
		<section class="seating-form" aria-labelledby="seating-form-heading">
			<h2 id="seating-form-heading">{t('form.heading')}</h2>
			<div class="seating-fields seating-fields-wide">
				<label for="seating-names">{t('name-list.label')}</label>
				<p id="seating-names-hint" class="seating-hint">
					{t('name-list.hint')}
				</p>
				<textarea
					id="seating-names"
					rows={8}
					value={values.namesText}
					aria-describedby="seating-names-hint"
					spellcheck={false}
					onInput={(event) => onChange({ namesText: event.currentTarget.value })}
				/>
			</div>
			{issues.length > 0 && (
				<div class="seating-issues" role="status">
					<p>{t('issues.heading')}</p>
					<ul>
						{issues.map((issue, index) => (
							<li key={`${issue.code}-${index}`} data-issue={issue.code}>
								{t(issue.code, issue.params)}
							</li>
						))}
					</ul>
				</div>
			)}

			<div class="seating-fields">
				<label>
					{t('count.label')}
					<input
						type="text"
						inputMode="numeric"
						id="seating-count"
						value={countFromNames ?? values.countText}
						readOnly={countFromNames !== null}
						aria-invalid={countError ? 'true' : undefined}
						aria-describedby={countError ? errorId('count') : countFromNames !== null ? 'seating-count-hint' : undefined}
						onInput={(event) => onChange({ countText: event.currentTarget.value })}
					/>
				</label>
				{countFromNames !== null && (
					<p id="seating-count-hint" class="seating-hint">
						{t('count.from-names', { count: countFromNames })}
					</p>
				)}
				{fieldError('count', countError)}
				<label>
					{t('per-row.label')}
					<input
						type="text"
						inputMode="numeric"
						id="seating-per-row"
						value={values.perRowText}
						aria-invalid={perRowError ? 'true' : undefined}
						aria-describedby={perRowError ? errorId('per-row') : 'seating-per-row-hint'}
						onInput={(event) => onChange({ perRowText: event.currentTarget.value })}
					/>
				</label>
				<p id="seating-per-row-hint" class="seating-hint">
					{t('per-row.hint')}
				</p>
				{fieldError('per-row', perRowError)}
			</div>

			<fieldset class="seating-choice">
				<legend>{t('honour.legend')}</legend>
				<label>
					<input
						type="radio"
						name="seating-honour"
						value="left"
						checked={values.honour === 'left'}
						onChange={() => onChange({ honour: 'left' })}
					/>{' '}
					{t('honour.left')}
				</label>
				<div class="seating-note">
					<p>{t('honour.left-note')}</p>
					<blockquote class="seating-quote">
						<p>{t('rule.quote')}</p>
						<footer>
							<a href={ruleSource}>{t('rule.source')}</a>
						</footer>
					</blockquote>
					<p class="seating-hint">{t('rule.whose-left')}</p>
				</div>
				<label>
					<input
						type="radio"
						name="seating-honour"
						value="right"
						checked={values.honour === 'right'}
						onChange={() => onChange({ honour: 'right' })}
					/>{' '}
					{t('honour.right')}
				</label>
				<p class="seating-note seating-hint">{t('honour.right-note')}</p>
			</fieldset>

			<fieldset class="seating-choice">
				<legend>{t('view.legend')}</legend>
				<label>
					<input
						type="radio"
						name="seating-view"
						value="audience"
						checked={values.view === 'audience'}
						onChange={() => onChange({ view: 'audience' })}
					/>{' '}
					{t('view.audience')}
				</label>
				<label>
					<input
						type="radio"
						name="seating-view"
						value="rostrum"
						checked={values.view === 'rostrum'}
						onChange={() => onChange({ view: 'rostrum' })}
					/>{' '}
					{t('view.rostrum')}
				</label>
			</fieldset>

			<fieldset class="seating-choice">
				<legend>{t('meeting.heading')}</legend>
				<div class="seating-fields">
					<label>
						{t('meeting.name')}
						<input
							type="text"
							id="seating-meeting-name"
							value={values.meetingName}
							maxLength={200}
							onInput={(event) => onChange({ meetingName: event.currentTarget.value })}
						/>
					</label>
					<label>
						{t('meeting.date')}
						<input
							type="date"
							id="seating-meeting-date"
							value={values.meetingDate}
							onInput={(event) => onChange({ meetingDate: event.currentTarget.value })}
						/>
					</label>
				</div>
			</fieldset>
		</section>
	);
}
