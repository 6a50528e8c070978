import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { QuizMessages } from '~/i18n/quizText';
import { moveStep } from '~/lib/quizAnswers';
import type { OrderingQuestion } from '~/schemas/quiz';

export interface OrderingInputProps {
	question: OrderingQuestion;
	/** Step ids in the learner's current order. */
	order: readonly string[];
	disabled: boolean;
	labelledBy: string;
	messages: QuizMessages;
	onChange(order: string[]): void;
}

type Direction = -1 | 1;

/**
 * An ordering answer built with 上移/下移 buttons: works with a keyboard, a finger or a
 * mouse alike, no dragging needed. Focus stays on the moved step's button, so pressing
 * the same key again keeps moving it, and each move is announced.
 */
export default function OrderingInput({ question, order, disabled, labelledBy, messages: m, onChange }: OrderingInputProps) {
	const list = useRef<HTMLOListElement>(null);
	const pendingFocus = useRef<{ id: string; direction: Direction } | null>(null);
	const [announcement, setAnnouncement] = useState('');
	const labels = new Map(question.items.map((item) => [item.id, item.label]));

	// Layout effect: the focus moves before the next key press can land on the old button.
	useLayoutEffect(() => {
		const target = pendingFocus.current;
		if (!target || !list.current) return;
		pendingFocus.current = null;
		const button = (direction: Direction) =>
			list.current!.querySelector<HTMLButtonElement>(`button[data-step="${target.id}"][data-direction="${direction}"]`);
		// At the top or bottom the pressed button is disabled: its sibling takes the focus.
		const preferred = button(target.direction);
		(preferred && !preferred.disabled ? preferred : button(target.direction === -1 ? 1 : -1))?.focus();
	}, [order]);

	const move = (index: number, direction: Direction) => {
		const id = order[index]!;
		const next = moveStep(order, index, direction);
		pendingFocus.current = { id, direction };
		setAnnouncement(formatMessage(m['ordering-moved'], { label: labels.get(id) ?? id, position: next.indexOf(id) + 1 }));
		onChange(next);
	};

	return (
		<div class="quiz-ordering" role="group" aria-labelledby={labelledBy}>
			<p class="quiz-hint">{m['ordering-hint']}</p>
			<ol ref={list} class="quiz-ordering-list">
				{order.map((id, index) => {
					const label = labels.get(id) ?? id;
					return (
						<li key={id} class="quiz-ordering-item" data-step-id={id}>
							<span class="quiz-ordering-label">{label}</span>
							<span class="quiz-ordering-buttons">
								<button
									type="button"
									data-step={id}
									data-direction="-1"
									disabled={disabled || index === 0}
									aria-label={formatMessage(m['ordering-move-up-named'], { label })}
									onClick={() => move(index, -1)}
								>
									{m['ordering-move-up']}
								</button>
								<button
									type="button"
									data-step={id}
									data-direction="1"
									disabled={disabled || index === order.length - 1}
									aria-label={formatMessage(m['ordering-move-down-named'], { label })}
									onClick={() => move(index, 1)}
								>
									{m['ordering-move-down']}
								</button>
							</span>
						</li>
					);
				})}
			</ol>
			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
