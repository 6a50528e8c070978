import { formatMessage } from '~/i18n/format';
import { formatPoints, promptText, rightAnswerText, type QuizMessages, type StandardNames } from '~/i18n/quizText';
import type { AnswerScore } from '~/lib/quiz';
import type { AnswerProblem } from '~/lib/quizAnswers';
import type { QuizAnswer, QuizQuestion } from '~/schemas/quiz';
import ChoiceInput from './ChoiceInput';
import OrderingInput from './OrderingInput';
import QuizExplanation from './QuizExplanation';
import SeatingInput from './SeatingInput';

export interface QuizQuestionCardProps {
	question: QuizQuestion;
	/** 0-based position and length of the quiz. */
	index: number;
	total: number;
	answer: QuizAnswer | undefined;
	/** The score once checked; undefined while the learner is still answering. */
	score: AnswerScore | undefined;
	problem: AnswerProblem | null;
	isLast: boolean;
	seed: string;
	messages: QuizMessages;
	standards: StandardNames;
	simplified: boolean;
	onAnswer(answer: QuizAnswer): void;
	onCheck(): void;
	onNext(): void;
}

const PROMPT_ID = 'quiz-question-prompt';

function problemText(problem: AnswerProblem, m: QuizMessages): string {
	switch (problem.code) {
		case 'need-answer':
			return m['need-answer'];
		case 'need-seats':
			return formatMessage(m['need-seats'], {
				seats: problem.params.seats.map((seat) => formatMessage(m['seat-label'], { seat })).join('、'),
			});
		case 'duplicate-rank':
			return formatMessage(m['duplicate-rank'], problem.params);
	}
}

/** One question: its input, then (once checked) the verdict, the right answer and the explanation. */
export default function QuizQuestionCard(props: QuizQuestionCardProps) {
	const { question, index, total, answer, score, problem, isLast, seed, messages: m, standards, simplified } = props;
	const checked = score !== undefined;
	const verdict = !score ? undefined : score.correct ? 'correct' : score.score > 0 ? 'partial' : 'wrong';

	let input;
	switch (question.kind) {
		case 'ordering':
			input = (
				<OrderingInput
					question={question}
					order={Array.isArray(answer) ? (answer as string[]) : question.items.map((item) => item.id)}
					disabled={checked}
					labelledBy={PROMPT_ID}
					messages={m}
					onChange={props.onAnswer}
				/>
			);
			break;
		case 'seating':
			input = (
				<SeatingInput
					question={question}
					seats={Array.isArray(answer) ? (answer as (number | null)[]) : []}
					disabled={checked}
					labelledBy={PROMPT_ID}
					idPrefix={`quiz-${question.id}`}
					messages={m}
					onChange={props.onAnswer}
				/>
			);
			break;
		default:
			input = (
				<ChoiceInput
					question={question}
					answer={answer}
					checked={checked}
					seed={seed}
					labelledBy={PROMPT_ID}
					messages={m}
					onChange={props.onAnswer}
				/>
			);
	}

	return (
		<section class="quiz-question" data-question-id={question.id} data-kind={question.kind} aria-labelledby={PROMPT_ID}>
			<p class="quiz-meta">
				{/* Which standard the question is about, before answering: the five differ on purpose. */}
				<span class="quiz-standard-badge" data-standard={question.standard}>
					{formatMessage(m['standard-badge'], standards[question.standard])}
				</span>
				{' · '}
				{formatMessage(m['question-of'], { n: index + 1, total })}
				{' · '}
				{m[`kind-${question.kind}`]}
				{' · '}
				{m[`difficulty-${question.difficulty}` as 'difficulty-1']}
			</p>
			<h3 id={PROMPT_ID} class="quiz-prompt" tabIndex={-1}>
				{promptText(question, m, standards)}
			</h3>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					if (checked) props.onNext();
					else props.onCheck();
				}}
			>
				{input}
				{problem && !checked && (
					<p class="quiz-problem" role="alert">
						{problemText(problem, m)}
					</p>
				)}
				{verdict && score && (
					<div id="quiz-feedback" class={`quiz-feedback is-${verdict}`} tabIndex={-1} data-verdict={verdict}>
						<p class="quiz-verdict">
							<strong>{m[verdict === 'correct' ? 'answer-correct' : verdict === 'partial' ? 'answer-partial' : 'answer-wrong']}</strong>
							{verdict === 'partial' && <span> {formatMessage(m['question-score'], { score: formatPoints(score.score) })}</span>}
						</p>
						{!score.correct && (
							<p class="quiz-right-answer">{formatMessage(m['answer-right-is'], { answer: rightAnswerText(question, m) })}</p>
						)}
						<QuizExplanation question={question} messages={m} standards={standards} simplified={simplified} />
					</div>
				)}
				<p class="quiz-actions">
					<button type="submit" class="quiz-primary">
						{!checked ? m['check-answer'] : isLast ? m['show-result'] : m['next-question']}
					</button>
				</p>
			</form>
		</section>
	);
}
