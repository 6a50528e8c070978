// Styles: src/components/meetings/MeetingView.astro (the only page showing due badges) imports DueBadge.css,
// so the chunk holding this component carries no stylesheet that a lazily loaded chunk would ask for.
import { formatMessage } from '../../i18n/format';
import type { DeadlinesMessages } from '../../i18n/messages/deadlines';
import type { DueStatus } from '../../lib/stepDue';

export type DueBadgeMessages = Pick<DeadlinesMessages, 'due.overdue' | 'due.soon' | 'due.at' | 'due.provisional' | 'due.warning'>;

export interface DueBadgeProps {
	/** from `dueStatus` (src/lib/stepDue.ts) */
	status: DueStatus;
	/** the due time as the reader sees it, e.g. from `formatWhen` (./deadlineText.ts) */
	due: string;
	/** true when the due rests on a year without official calendar data */
	provisional?: boolean | undefined;
	/** warnings of the due in words (a moved day, a due on a holiday) */
	warnings?: readonly string[] | undefined;
	messages: DueBadgeMessages;
}

/**
 * The due time beside a timed checklist step: 期限 …, led by 已逾期 or
 * 24 小時內到期 when that is the case. The word carries the meaning; colour only repeats it.
 */
export default function DueBadge({ status, due, provisional = false, warnings = [], messages: m }: DueBadgeProps) {
	const urgency = status === 'overdue' ? m['due.overdue'] : status === 'due-soon' ? m['due.soon'] : undefined;
	return (
		<span class="due-badge" data-due-status={status}>
			{urgency && <strong class="due-badge-urgency">{urgency}</strong>}
			<span class="due-badge-at">{formatMessage(m['due.at'], { due })}</span>
			{provisional && <span class="due-badge-provisional">{m['due.provisional']}</span>}
			{warnings.map((warning) => (
				<span class="due-badge-warning" data-due-warning key={warning}>
					<strong>{m['due.warning']}</strong>:{warning}
				</span>
			))}
		</span>
	);
}
