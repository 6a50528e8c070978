import { formatMessage } from '~/i18n/format';
import { formatPoints, promptText, rightAnswerText, type QuizMessages, type StandardNames } from '~/i18n/quizText';
import type { QuizResult } from '~/lib/quiz';
import { isPass, PASS_PERCENT } from '~/lib/quizSets';
import type { QuizQuestion } from '~/schemas/quiz';
import QuizExplanation from './QuizExplanation';

export interface QuizResultViewProps {
	result: QuizResult<QuizQuestion>;
	/** A 重做錯題 round: practice, not counted, so no pass or fail. */
	practice: boolean;
	messages: QuizMessages;
	standards: StandardNames;
	simplified: boolean;
	onRetry(): void;
	/** 重做整組: the whole quiz again, as a fresh draw. */
	onRedo(): void;
}

/**
 * The score, pass or fail against the pass mark (a retry round says it is practice instead),
 * every question not fully right with its explanation, and what to do next.
 */
export default function QuizResultView({ result, practice, messages: m, standards, simplified, onRetry, onRedo }: QuizResultViewProps) {
	const missed = result.results.filter((item) => !item.correct);
	const passed = isPass(result.percent);
	return (
		<section class="quiz-result" aria-labelledby="quiz-result-heading">
			<h3 id="quiz-result-heading" tabIndex={-1}>
				{m['result-heading']}
			</h3>
			<p class="quiz-result-score" data-testid="quiz-score">
				{formatMessage(m['result-score'], { score: formatPoints(result.total), max: result.max, percent: result.percent })}
			</p>
			{practice ? (
				<p class="quiz-result-verdict" data-verdict="practice">
					{m['result-practice']}
				</p>
			) : (
				<p class="quiz-result-verdict" data-verdict={passed ? 'pass' : 'fail'}>
					<strong>{m[passed ? 'result-pass' : 'result-fail']}</strong> {formatMessage(m['result-pass-mark'], { percent: PASS_PERCENT })}
				</p>
			)}
			{missed.length === 0 ? (
				<p>{m[practice ? 'all-correct-practice' : 'all-correct']}</p>
			) : (
				<>
					<h4>{m['missed-heading']}</h4>
					<ol class="quiz-missed">
						{missed.map(({ question, score }) => (
							<li key={question.id} data-question-id={question.id}>
								<p class="quiz-missed-prompt">{promptText(question, m, standards)}</p>
								<p class="quiz-verdict">
									<strong>{m[score > 0 ? 'answer-partial' : 'answer-wrong']}</strong>{' '}
									{formatMessage(m['question-score'], { score: formatPoints(score) })}
								</p>
								<p class="quiz-right-answer">{formatMessage(m['answer-right-is'], { answer: rightAnswerText(question, m) })}</p>
								<QuizExplanation question={question} messages={m} standards={standards} simplified={simplified} />
							</li>
						))}
					</ol>
				</>
			)}
			<p class="quiz-actions">
				{missed.length > 0 && (
					<button type="button" class="quiz-primary" onClick={onRetry}>
						{m['retry-missed']}
					</button>
				)}
				<button type="button" onClick={onRedo}>
					{m['redo-whole']}
				</button>
			</p>
		</section>
	);
}
