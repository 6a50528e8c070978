import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { trainingMessages } from '~/i18n/messages/training';
import { MIXED_PER_STANDARD, PASS_PERCENT } from '~/lib/quizSets';
import { clausePath, sitePath } from '~/lib/sitePaths';
import { attemptPercent, learningRecord, type QuizRow } from '~/lib/trainingRecord';
import { wallClockDate } from '~/lib/wallClock';
import type { StandardId } from '~/schemas/standard';
import { $quizHistory, clearHistory, EMPTY_QUIZ_HISTORY } from '~/stores/quizHistory';
import { $training, clearReading, EMPTY_TRAINING, setRead } from '~/stores/training';
import { useHydratedStore } from '../site/useHydratedStore';

export type TrainingMessages = Readonly<Record<keyof typeof trainingMessages, string>>;

/** A timed rule to remember: its label, the source's words and where they stand. */
export interface KeyRule {
	id: string;
	label: string;
	quote: string;
	anchor: string;
}

export interface TrainingStandard {
	id: StandardId;
	part: string;
	title: string;
	rules: KeyRule[];
}

export interface TrainingPathProps {
	/** The five standards in the source's order. */
	standards: TrainingStandard[];
	messages: TrainingMessages;
	simplified: boolean;
}

function QuizStatus({ row, messages: m }: { row: QuizRow | undefined; messages: TrainingMessages }) {
	if (!row?.best) return <span class="training-quiz-status">{m['not-taken']}</span>;
	return (
		<span class="training-quiz-status" data-passed={row.passed ? 'true' : undefined}>
			{formatMessage(m['best-score'], { percent: attemptPercent(row.best), date: wallClockDate(row.best.finishedOn) })}
			{row.passed && ` ・ ${m.passed}`}
		</span>
	);
}

/**
 * The onboarding path: read each standard (已讀 tick), the timed rules to remember, a quiz
 * per standard, then the mixed self-check; overall progress on top. Ticks and scores come
 * from the training and quiz history stores, so they survive a reload.
 */
export default function TrainingPath({ standards, messages: m, simplified }: TrainingPathProps) {
	const training = useHydratedStore($training, EMPTY_TRAINING);
	const history = useHydratedStore($quizHistory, EMPTY_QUIZ_HISTORY);
	const [confirming, setConfirming] = useState(false);
	const [cleared, setCleared] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	// A tick before hydration would change the box but not the store: the boxes wait for the island.
	useEffect(() => setHydrated(true), []);
	const record = learningRecord(training, history.attempts);
	const quizRow = new Map(record.quizzes.map((row) => [row.set, row]));
	const readOn = new Map(record.reading.map((row) => [row.standard, row.readOn]));
	const quizLink = (set: string) => sitePath(`training/quiz/?set=${set}`, simplified);

	return (
		<div class="training-path not-content" data-pagefind-ignore>
			<section class="training-progress" aria-labelledby="training-progress-heading">
				<h2 id="training-progress-heading">{m['progress-heading']}</h2>
				<progress
					max={record.progress.total}
					value={record.progress.done}
					aria-label={m['progress-label']}
					aria-valuetext={formatMessage(m['progress-value'], record.progress)}
				/>
				<p class="training-progress-value" data-testid="training-progress">
					{formatMessage(m['progress-value'], record.progress)}
				</p>
				<p class="training-read-on">{formatMessage(m['progress-rule'], { percent: PASS_PERCENT })}</p>
				<p class="training-links">
					<a class="training-action" href={sitePath('training/record/', simplified)}>
						{m['record-link']}
					</a>
				</p>
			</section>

			<ol class="training-standards">
				{standards.map((standard) => {
					const on = readOn.get(standard.id);
					const row = quizRow.get(standard.id);
					const inputId = `training-read-${standard.id}`;
					const named = { part: standard.part, title: standard.title };
					return (
						<li
							key={standard.id}
							class={`training-standard ${on && row?.passed ? 'is-done' : ''}`}
							data-standard={standard.id}
						>
							<h2>{formatMessage(m['standard-heading'], named)}</h2>
							<p class="training-links">
								<a href={sitePath(`standards/${standard.id}/`, simplified)}>{m['read-link']}</a>
							</p>
							<p>
								<label class="training-read" for={inputId}>
									<input
										id={inputId}
										type="checkbox"
										checked={on !== undefined}
										disabled={!hydrated}
										onChange={(event) => setRead(standard.id, (event.currentTarget as HTMLInputElement).checked)}
									/>
									{formatMessage(m['mark-read'], named)}
								</label>
								{on && <span class="training-read-on">{formatMessage(m['read-on'], { date: wallClockDate(on) })}</span>}
							</p>
							{standard.rules.length > 0 && (
								<>
									<h3>{m['key-rules']}</h3>
									<ul class="training-rules">
										{standard.rules.map((rule) => (
											<li key={rule.id}>
												<a href={clausePath(standard.id, rule.anchor, simplified)}>{rule.label}</a>
												<blockquote>{rule.quote}</blockquote>
											</li>
										))}
									</ul>
								</>
							)}
							<p class="training-links">
								<a class="training-action" href={quizLink(standard.id)}>
									{formatMessage(m['quiz-link'], named)}
								</a>
								<QuizStatus row={row} messages={m} />
							</p>
						</li>
					);
				})}
			</ol>

			<section class="training-standard" aria-labelledby="training-final-heading" data-standard="mixed">
				<h2 id="training-final-heading">{m['final-heading']}</h2>
				<p>{formatMessage(m['final-text'], { count: MIXED_PER_STANDARD })}</p>
				<p class="training-links">
					<a class="training-action" href={quizLink('mixed')}>
						{m['final-link']}
					</a>
					<QuizStatus row={quizRow.get('mixed')} messages={m} />
				</p>
			</section>

			<section class="training-clear print-hidden">
				{!confirming ? (
					<button type="button" onClick={() => (setConfirming(true), setCleared(false))}>
						{m.clear}
					</button>
				) : (
					<div role="group" aria-labelledby="training-clear-question">
						<p id="training-clear-question">{m['clear-confirm']}</p>
						<p class="training-links">
							<button
								type="button"
								class="quiz-primary"
								onClick={() => {
									clearReading();
									clearHistory();
									setConfirming(false);
									setCleared(true);
								}}
							>
								{m['clear-yes']}
							</button>
							<button type="button" onClick={() => setConfirming(false)}>
								{m['clear-cancel']}
							</button>
						</p>
					</div>
				)}
				<p role="status">{cleared ? m.cleared : ''}</p>
			</section>
		</div>
	);
}
