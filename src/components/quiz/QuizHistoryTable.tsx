import { formatMessage, wallClockText } from '~/i18n/format';
import { formatPoints, setName, type QuizMessages, type StandardNames } from '~/i18n/quizText';
import { MIXED_PER_STANDARD } from '~/lib/quizSets';
import { attemptPercent } from '~/lib/trainingRecord';
import { $quizHistory, EMPTY_QUIZ_HISTORY } from '~/stores/quizHistory';
import { useHydratedStore } from '../site/useHydratedStore';

export interface QuizHistoryTableProps {
	messages: QuizMessages;
	standards: StandardNames;
	/** How many of the latest attempts to show. */
	limit?: number;
}

/** The latest attempts kept in this browser, newest first. */
export default function QuizHistoryTable({ messages: m, standards, limit = 20 }: QuizHistoryTableProps) {
	const history = useHydratedStore($quizHistory, EMPTY_QUIZ_HISTORY);
	const latest = [...history.attempts].reverse().slice(0, limit);
	return (
		<section class="quiz-history" aria-labelledby="quiz-history-heading">
			<h2 id="quiz-history-heading">{m['history-heading']}</h2>
			{latest.length === 0 ? (
				<p>{m['history-empty']}</p>
			) : (
				<table>
					<caption>{m['history-caption']}</caption>
					<thead>
						<tr>
							<th scope="col">{m['history-when']}</th>
							<th scope="col">{m['history-set']}</th>
							<th scope="col">{m['history-mode']}</th>
							<th scope="col">{m['history-score']}</th>
						</tr>
					</thead>
					<tbody>
						{latest.map((attempt) => (
							<tr key={attempt.id} data-attempt-id={attempt.id}>
								<td>{wallClockText(attempt.finishedOn)}</td>
								<td>{setName(attempt.set, m, standards, MIXED_PER_STANDARD)}</td>
								<td>{m[attempt.mode === 'full' ? 'mode-full' : 'mode-retry']}</td>
								<td>
									{formatMessage(m['result-score'], {
										score: formatPoints(attempt.total),
										max: attempt.max,
										percent: attemptPercent(attempt),
									})}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}
