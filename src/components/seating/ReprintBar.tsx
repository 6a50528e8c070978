import type { ComponentChildren } from 'preact';
import type { Translate } from './messages';

/** 記下目前安排, then what changed since: how many cards, who is gone; the print-changed buttons are the children. */
export default function ReprintBar({
	changed,
	gone,
	recorded,
	onRecord,
	disabled,
	t,
	changedNote,
	goneNote,
	recordedNote = t('reprint.baseline-set'),
	statusAttribute,
	children,
}: {
	changed: number;
	gone: readonly string[];
	/** true right after 記下目前安排 was pressed */
	recorded: boolean;
	onRecord(): void;
	disabled: boolean;
	t: Translate;
	/** how many seats or cards changed, in the layout's own words */
	changedNote: string;
	/** who is gone and what to take back from them */
	goneNote: string;
	/** what 記下目前安排 promises, when the layout's differs from the seats-and-cards one */
	recordedNote?: string;
	/** the data- attribute tests find the status by */
	statusAttribute: string;
	children: ComponentChildren;
}) {
	return (
		<>
			<p class="seating-print-controls">
				{children}{' '}
				<button type="button" class="seating-button" disabled={disabled} onClick={onRecord} data-reprint-record>
					{t('reprint.baseline')}
				</button>
			</p>
			<p role="status" {...{ [statusAttribute]: '' }}>
				{changed > 0 ? changedNote : recorded ? recordedNote : ''}
				{gone.length > 0 && (
					<>
						{' '}
						<span data-reprint-gone>{goneNote}</span>
					</>
				)}
			</p>
		</>
	);
}
