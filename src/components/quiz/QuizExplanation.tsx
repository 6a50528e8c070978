import { formatMessage } from '~/i18n/format';
import type { QuizMessages, StandardNames } from '~/i18n/quizText';
import { clausePath } from '~/lib/sitePaths';
import type { QuizQuestion } from '~/schemas/quiz';

export interface QuizExplanationProps {
	question: QuizQuestion;
	messages: QuizMessages;
	standards: StandardNames;
	simplified: boolean;
}

/**
 * Why the answer is right: the source's own words, the author's note and a link to the
 * clause. The link opens a new tab, so checking the clause does not end the quiz.
 */
export default function QuizExplanation({ question, messages: m, standards, simplified }: QuizExplanationProps) {
	const { quote, note } = question.explanation;
	return (
		<div class="quiz-explanation">
			{quote && <blockquote class="quiz-quote">{formatMessage(m['explanation-quote'], { quote })}</blockquote>}
			{note && <p class="quiz-note">{formatMessage(m['explanation-note'], { note })}</p>}
			<p class="quiz-clause-link">
				<a href={clausePath(question.standard, question.anchor, simplified)} target="_blank" rel="noopener">
					{formatMessage(m['view-clause-of'], { part: standards[question.standard].part })}
					<span class="quiz-new-tab">{m['opens-new-tab']}</span>
				</a>
			</p>
		</div>
	);
}
