import { rostrumExplanation, type Honour, type SeatView } from '~/lib/seating';
import type { Translate } from './messages';

interface Props {
	count: number;
	perRow: number;
	honour: Honour;
	view: SeatView;
	t: Translate;
}

/**
 * The rule in words for the layout shown, on screen and on paper: odd or even
 * front row (where 1 號 and 2 號 sit and why), how later rows fill, which view.
 */
export default function RostrumExplanation({ count, perRow, honour, view, t }: Props) {
	const explanation = rostrumExplanation(count, perRow, honour);
	const frontCount = Math.min(count, perRow);
	return (
		<div class="seating-explanation" data-rostrum-explanation data-parity={explanation.parity}>
			<h3>{t('explain.heading')}</h3>
			<p>
				{explanation.parity === 'even'
					? t('explain.even', { count: frontCount, first: explanation.first.seat, second: explanation.second?.seat ?? '' })
					: t('explain.odd', { count: frontCount, first: explanation.first.seat })}{' '}
				{explanation.second && t(honour === 'left' ? 'explain.second-right' : 'explain.second-left')}
			</p>
			{explanation.rows.length > 1 && (
				<p data-rows>
					{t('explain.rows', {
						rows: explanation.rows.map((row) => t('explain.row', { row: row.row, first: row.first, last: row.last })).join(';'),
					})}
				</p>
			)}
			<p>{t(view === 'audience' ? 'explain.view-audience' : 'explain.view-rostrum')}</p>
		</div>
	);
}
