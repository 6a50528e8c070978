import type { ComponentChildren } from 'preact';

/** 記下目前安排, then what changed since: how many cards, who is gone; the print-changed buttons are the children. */
export default function ReprintBar({
	changed,
	gone,
	recorded,
	onRecord,
	disabled,
	labels,
	statusAttribute,
	children,
}: {
	changed: number;
	gone: readonly string[];
	/** true right after 記下目前安排 was pressed */
	recorded: boolean;
	onRecord(): void;
	disabled: boolean;
	labels: { record: string; recorded: string; changed: string; gone: string };
	/** the data- attribute tests find the status by */
	statusAttribute: string;
	children: ComponentChildren;
}) {
	return (
		<>
			<p class="seating-print-controls">
				{children}{' '}
				<button type="button" class="seating-button" disabled={disabled} onClick={onRecord} data-reprint-record>
					{labels.record}
				</button>
			</p>
			<p role="status" {...{ [statusAttribute]: '' }}>
				{changed > 0 ? labels.changed : recorded ? labels.recorded : ''}
				{gone.length > 0 && (
					<>
						{' '}
						<span data-reprint-gone>{labels.gone}</span>
					</>
				)}
			</p>
		</>
	);
}
