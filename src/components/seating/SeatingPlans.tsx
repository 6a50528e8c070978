import type { SavedSeatingPlan } from '~/schemas/seatingPlan';
import UnsavedDataExport from '../site/UnsavedDataExport';
import type { Translate } from './messages';

export interface SeatingPlansProps {
	plans: readonly SavedSeatingPlan[];
	currentId: string | null;
	name: string;
	onName(name: string): void;
	onSave(asNew: boolean): void;
	onOpen(plan: SavedSeatingPlan): void;
	onDelete(plan: SavedSeatingPlan): void;
	/** The last deleted plan, offered for 復原. */
	deleted: SavedSeatingPlan | null;
	onUndoDelete(): void;
	/** What the last action did, or why it could not (shown politely). */
	status: { text: string; error: boolean; unsaved?: boolean } | null;
	t: Translate;
}

/** Named seat plans kept in this browser (store huiwu:v1:seating-plans). */
export default function SeatingPlans({
	plans,
	currentId,
	name,
	onName,
	onSave,
	onOpen,
	onDelete,
	deleted,
	onUndoDelete,
	status,
	t,
}: SeatingPlansProps) {
	const honourLabel = (plan: SavedSeatingPlan) => t(plan.honour === 'left' ? 'honour.left' : 'honour.right');
	return (
		<section class="seating-plans" aria-labelledby="seating-plans-heading">
			<h2 id="seating-plans-heading">{t('plans.heading')}</h2>
			<p class="seating-hint">{t('plans.note')}</p>
			<div class="seating-fields seating-plan-save">
				<label>
					{t('plans.name')}
					<input type="text" value={name} maxLength={100} data-plan-name onInput={(event) => onName(event.currentTarget.value)} />
				</label>
				<button type="button" class="seating-button seating-button-primary" data-plan-save onClick={() => onSave(false)}>
					{t('plans.save')}
				</button>
				{currentId !== null && (
					<button type="button" class="seating-button" data-plan-save-new onClick={() => onSave(true)}>
						{t('plans.save-new')}
					</button>
				)}
			</div>
			<p class={status?.error ? 'seating-error' : 'seating-status'} role="status">
				{status?.text}
				{status?.unsaved && (
					<>
						{' '}
						<UnsavedDataExport label={t('plans.export-unsaved')} fileStem={t('plans.unsaved-file')} />
					</>
				)}
				{deleted && (
					<>
						{' '}
						<button type="button" class="seating-button" data-plan-undo onClick={onUndoDelete}>
							{t('plans.undo')}
						</button>
					</>
				)}
			</p>
			{plans.length === 0 ? (
				<p class="seating-hint">{t('plans.empty')}</p>
			) : (
				<ul class="seating-plan-list" aria-label={t('plans.list-label')}>
					{plans.map((plan) => (
						<li key={plan.id} data-plan={plan.id} aria-current={plan.id === currentId ? 'true' : undefined}>
							<span class="seating-plan-name">{plan.name}</span>{' '}
							<span class="seating-hint">
								{t('plans.summary', { count: plan.count, perRow: plan.perRow, honour: honourLabel(plan) })}
								{plan.id === currentId && `・${t('plans.current')}`}
								{plan.meetingId !== undefined && `・${t('plans.meeting')}`}
							</span>{' '}
							<span class="seating-plan-actions">
								<button type="button" class="seating-button" data-plan-open onClick={() => onOpen(plan)}>
									{t('plans.open')}
									<span class="sr-only">{plan.name}</span>
								</button>{' '}
								<button type="button" class="seating-button" data-plan-delete onClick={() => onDelete(plan)}>
									{t('plans.delete')}
									<span class="sr-only">{plan.name}</span>
								</button>
							</span>
						</li>
					))}
				</ul>
			)}
		</section>
	);
}
