import { formatMessage } from '~/i18n/format';
import { optionText, promptText, type QuizMessages, type StandardNames } from '~/i18n/quizText';
import { shownOptions, shownSteps } from '~/lib/quizSets';
import type { QuizQuestion } from '~/schemas/quiz';

export interface PaperQuizProps {
	title: string;
	questions: readonly QuizQuestion[];
	seed: string;
	messages: QuizMessages;
	standards: StandardNames;
	/** The test with its key (self-check), the test alone, or the key alone (a supervised exam prints them apart). */
	show?: 'both' | 'paper' | 'key';
	/** Shown on the test and the key so a supervisor can match them (and reprint the same draw). */
	seedLabel?: string;
	/** The back button's text; 返回線上測驗 by default. */
	backLabel?: string;
	onPrint(): void;
	onBack(): void;
}

/** A, B, C… for the options and steps on paper, so the key can name them. */
const letter = (index: number) => String.fromCharCode(65 + index);

const Box = () => <span class="paper-box" aria-hidden="true" />;

/** What the learner sees of a question on paper: its options, steps or seats, each with a box to fill in. */
function PaperAnswerSpace({ question, seed, messages: m }: { question: QuizQuestion; seed: string; messages: QuizMessages }) {
	switch (question.kind) {
		case 'single':
		case 'multiple':
		case 'timing':
			return (
				<ul class="paper-options">
					{shownOptions<(typeof question.options)[number]>(question.options, question.id, seed).map((option, index) => (
						<li key={option.id}>
							<Box /> {letter(index)}. {optionText(question, option.id, m)}
						</li>
					))}
				</ul>
			);
		case 'true-false':
			return (
				<ul class="paper-options paper-inline">
					<li>
						<Box /> {m.true}
					</li>
					<li>
						<Box /> {m.false}
					</li>
				</ul>
			);
		case 'ordering':
			return (
				<ul class="paper-options">
					{shownSteps(question, seed).map((item, index) => (
						<li key={item.id}>
							<Box /> {letter(index)}. {item.label}
						</li>
					))}
				</ul>
			);
		case 'seating':
			return (
				<div class="paper-rostrum">
					<p>{m['seating-rostrum']}</p>
					<ol>
						{question.answer.map((_, seat) => (
							<li key={seat}>
								<span>{formatMessage(m['seat-label'], { seat: seat + 1 })}</span>
								<span class="paper-line" aria-hidden="true" />
							</li>
						))}
					</ol>
				</div>
			);
	}
}

/** The key names options and steps by the letters printed on the test. */
function keyAnswer(question: QuizQuestion, seed: string, m: QuizMessages): string {
	switch (question.kind) {
		case 'single':
		case 'multiple':
		case 'timing': {
			const shown = shownOptions<(typeof question.options)[number]>(question.options, question.id, seed);
			return shown
				.flatMap((option, index) => (option.correct ? [`${letter(index)}. ${optionText(question, option.id, m)}`] : []))
				.join(';');
		}
		case 'true-false':
			return m[question.answer ? 'true' : 'false'];
		case 'ordering': {
			const shownAt = new Map(shownSteps(question, seed).map((item, index) => [item.id, index]));
			return question.answer.map((id) => letter(shownAt.get(id)!)).join(' → ');
		}
		case 'seating':
			return question.answer.map((rank, seat) => formatMessage(m['seat-rank'], { seat: seat + 1, rank })).join('、');
	}
}

/**
 * The quiz as a paper test on A4: every question with boxes and lines to fill in, then,
 * from a new page, the answer key with the explanations (for the supervisor, or for the
 * learner to check afterwards).
 */
export default function PaperQuiz(props: PaperQuizProps) {
	const { title, questions, seed, messages: m, standards, show = 'both', seedLabel, backLabel, onPrint, onBack } = props;
	const test = (
		<>
			<p class="paper-fields">
				{(['paper-name', 'paper-date', 'paper-score'] as const).map((field) => (
					<span key={field} class="paper-field">
						{m[field]}
						<span class="paper-line" aria-hidden="true" />
					</span>
				))}
			</p>
			<p class="paper-instructions">{m['paper-instructions']}</p>
			<p class="paper-instructions">{m['scoring-rules']}</p>
			<ol class="paper-questions">
				{questions.map((question) => (
					<li key={question.id} class="paper-question" data-question-id={question.id}>
						<p class="paper-prompt">
							{formatMessage(m['paper-question-kind'], { kind: m[`kind-${question.kind}`] })}
							{promptText(question, m, standards)}
						</p>
						<PaperAnswerSpace question={question} seed={seed} messages={m} />
					</li>
				))}
			</ol>
		</>
	);
	return (
		<article class="paper-quiz" aria-labelledby="paper-title" data-show={show}>
			<p class="paper-actions print-hidden">
				<button type="button" class="quiz-primary" onClick={onPrint}>
					{m['print-again']}
				</button>
				<button type="button" onClick={onBack}>
					{backLabel ?? m['back-to-quiz']}
				</button>
			</p>
			<h2 id="paper-title" tabIndex={-1}>
				{title}
			</h2>
			{seedLabel && <p class="paper-seed">{seedLabel}</p>}
			{show !== 'key' && test}
			{show !== 'paper' && (
				<section class={show === 'key' ? 'paper-key paper-key-alone' : 'paper-key'} aria-labelledby="paper-key-title">
					<h2 id="paper-key-title">{m['answer-key']}</h2>
					<ol>
						{questions.map((question) => (
							<li key={question.id} data-question-id={question.id}>
								<p>{formatMessage(m['key-answer'], { answer: keyAnswer(question, seed, m) })}</p>
								{question.kind === 'ordering' && (
									<ol class="paper-key-order">
										{question.answer.map((id) => (
											<li key={id}>{question.items.find((item) => item.id === id)?.label ?? id}</li>
										))}
									</ol>
								)}
								{question.explanation.quote && <p>{formatMessage(m['explanation-quote'], { quote: question.explanation.quote })}</p>}
								{question.explanation.note && <p>{formatMessage(m['explanation-note'], { note: question.explanation.note })}</p>}
								<p class="paper-source">{formatMessage(m['source-of'], standards[question.standard])}</p>
							</li>
						))}
					</ol>
				</section>
			)}
		</article>
	);
}
