import type { QuizMessages } from '~/i18n/quizText';
import { optionText } from '~/i18n/quizText';
import { toggleChoice } from '~/lib/quizAnswers';
import { shownOptions } from '~/lib/quizSets';
import type { MultipleQuestion, QuizAnswer, SingleQuestion, TimingQuestion, TrueFalseQuestion } from '~/schemas/quiz';

export interface ChoiceInputProps {
	question: SingleQuestion | MultipleQuestion | TimingQuestion | TrueFalseQuestion;
	answer: QuizAnswer | undefined;
	/** After checking: inputs are locked and the right options are marked. */
	checked: boolean;
	seed: string;
	labelledBy: string;
	messages: QuizMessages;
	onChange(answer: QuizAnswer): void;
}

interface Choice {
	/** The input's value: the option id, or `true`/`false`. */
	value: string;
	text: string;
	correct: boolean;
}

function choices(question: ChoiceInputProps['question'], seed: string, m: QuizMessages): Choice[] {
	if (question.kind === 'true-false') {
		return [true, false].map((value) => ({ value: String(value), text: m[value ? 'true' : 'false'], correct: question.answer === value }));
	}
	return shownOptions<(typeof question.options)[number]>(question.options, question.id, seed).map((option) => ({
		value: option.id,
		text: optionText(question, option.id, m),
		correct: option.correct === true,
	}));
}

function isChosen(answer: QuizAnswer | undefined, value: string): boolean {
	if (Array.isArray(answer)) return (answer as unknown[]).includes(value);
	return answer !== undefined && String(answer) === value;
}

/** Radio buttons (single, timing, true-false) or checkboxes (multiple), native and labelled. */
export default function ChoiceInput({ question, answer, checked, seed, labelledBy, messages: m, onChange }: ChoiceInputProps) {
	const multiple = question.kind === 'multiple';
	const name = `quiz-${question.id}`;
	return (
		<fieldset class="quiz-options" aria-labelledby={labelledBy}>
			{multiple && <p class="quiz-hint">{m['multiple-hint']}</p>}
			{choices(question, seed, m).map((choice) => {
				const chosen = isChosen(answer, choice.value);
				const state = checked ? (choice.correct ? 'is-right' : chosen ? 'is-wrong' : '') : '';
				return (
					<label key={choice.value} class={`quiz-option ${state}`}>
						<input
							type={multiple ? 'checkbox' : 'radio'}
							name={name}
							value={choice.value}
							checked={chosen}
							disabled={checked}
							onChange={(event) => {
								const on = (event.currentTarget as HTMLInputElement).checked;
								if (multiple) onChange(toggleChoice(answer, choice.value, on));
								else if (question.kind === 'true-false') onChange(choice.value === 'true');
								else onChange(choice.value);
							}}
						/>
						<span class="quiz-option-text">{choice.text}</span>
						{checked && choice.correct && <span class="quiz-badge is-right">{m['right-option']}</span>}
						{checked && chosen && !choice.correct && <span class="quiz-badge is-wrong">{m['your-choice']}</span>}
					</label>
				);
			})}
		</fieldset>
	);
}
