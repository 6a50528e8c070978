import { formatMessage } from '~/i18n/format';
import type { QuizMessages } from '~/i18n/quizText';
import { withSeatRank } from '~/lib/quizAnswers';
import type { SeatingQuestion } from '~/schemas/quiz';

export interface SeatingInputProps {
	question: SeatingQuestion;
	/** The rank in each seat, left to right from the audience; null = empty. */
	seats: readonly (number | null)[];
	disabled: boolean;
	labelledBy: string;
	/** Prefix of the select ids, unique on the page. */
	idPrefix: string;
	messages: QuizMessages;
	onChange(seats: (number | null)[]): void;
}

/** The rostrum as a row of seats, each with a plain select of the ranks 1..n. */
export default function SeatingInput({ question, seats, disabled, labelledBy, idPrefix, messages: m, onChange }: SeatingInputProps) {
	const ranks = Array.from({ length: question.count }, (_, index) => index + 1);
	return (
		<div class="quiz-seating" role="group" aria-labelledby={labelledBy}>
			<p class="quiz-hint">{m['seating-rostrum']}</p>
			<ol class="quiz-rostrum">
				{ranks.map((seatNumber, seat) => {
					const id = `${idPrefix}-seat-${seatNumber}`;
					return (
						<li key={seatNumber} class="quiz-seat">
							<label for={id}>{formatMessage(m['seat-label'], { seat: seatNumber })}</label>
							<select
								id={id}
								data-seat={seatNumber}
								value={seats[seat] == null ? '' : String(seats[seat])}
								disabled={disabled}
								onChange={(event) => {
									const value = (event.currentTarget as HTMLSelectElement).value;
									onChange(withSeatRank(seats as (number | null)[], question.count, seat, value === '' ? null : Number(value)));
								}}
							>
								<option value="">{m['seating-empty']}</option>
								{ranks.map((rank) => (
									<option key={rank} value={String(rank)}>
										{formatMessage(m['leader-rank'], { rank })}
									</option>
								))}
							</select>
						</li>
					);
				})}
			</ol>
		</div>
	);
}
