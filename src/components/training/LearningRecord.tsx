import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import { formatPoints } from '~/i18n/quizText';
import { PASS_PERCENT } from '~/lib/quizSets';
import { sitePath } from '~/lib/sitePaths';
import { attemptPercent, learningRecord } from '~/lib/trainingRecord';
import { localWallClock, wallClockDate } from '~/lib/wallClock';
import type { QuizSetId } from '~/schemas/quizHistory';
import type { StandardId } from '~/schemas/standard';
import { $quizHistory, EMPTY_QUIZ_HISTORY } from '~/stores/quizHistory';
import { $training, EMPTY_TRAINING } from '~/stores/training';
import type { TrainingMessages } from './TrainingPath';
import { useHydratedStore } from '../site/useHydratedStore';

export interface LearningRecordProps {
	standards: { id: StandardId; part: string; title: string }[];
	/** Each quiz's name, in the reader's edition. */
	quizNames: Readonly<Record<QuizSetId, string>>;
	messages: TrainingMessages;
	simplified: boolean;
}

/** A blank to fill in by hand: label, then a line. */
function Blank({ label }: { label: string }) {
	return (
		<p class="record-blank">
			<span>{label}</span>
			<span class="paper-line" aria-hidden="true" />
		</p>
	);
}

/**
 * The learning record (學習記錄) on one A4 page: what was read and when, each quiz's best
 * score and its date, and lines for the learner's name, the learner's and the
 * supervisor's signatures and dates.
 */
export default function LearningRecord({ standards, quizNames, messages: m, simplified }: LearningRecordProps) {
	const training = useHydratedStore($training, EMPTY_TRAINING);
	const history = useHydratedStore($quizHistory, EMPTY_QUIZ_HISTORY);
	const [today, setToday] = useState('');
	// The print date is the reader's today, known only in the browser.
	useEffect(() => setToday(wallClockDate(localWallClock(new Date()))), []);
	const record = learningRecord(training, history.attempts);
	const readOn = new Map(record.reading.map((row) => [row.standard, row.readOn]));

	return (
		<div class="learning-record not-content" data-pagefind-ignore>
			<p class="training-links print-hidden">
				<button type="button" class="quiz-primary" onClick={() => window.print()}>
					{m['print-record']}
				</button>
				<a href={sitePath('training/', simplified)}>{m['back-to-path']}</a>
			</p>
			<p class="record-subtitle">{m['record-subtitle']}</p>
			<div class="record-signatures">
				<Blank label={m['learner-name']} />
				<Blank label={m['learner-unit']} />
			</div>

			<h2>{m['record-reading']}</h2>
			<table class="record-reading">
				<thead>
					<tr>
						<th scope="col">{m['col-standard']}</th>
						<th scope="col">{m['col-read-on']}</th>
					</tr>
				</thead>
				<tbody>
					{standards.map((standard) => {
						const on = readOn.get(standard.id);
						return (
							<tr key={standard.id} data-standard={standard.id}>
								<th scope="row">{formatMessage(m['standard-heading'], { part: standard.part, title: standard.title })}</th>
								<td>{on ? wallClockDate(on) : m['not-read']}</td>
							</tr>
						);
					})}
				</tbody>
			</table>

			<h2>{m['record-quizzes']}</h2>
			<table class="record-quizzes">
				<thead>
					<tr>
						<th scope="col">{m['col-quiz']}</th>
						<th scope="col">{m['col-best']}</th>
						<th scope="col">{m['col-best-on']}</th>
						<th scope="col">{m['col-attempts']}</th>
						<th scope="col">{m['col-passed']}</th>
					</tr>
				</thead>
				<tbody>
					{record.quizzes.map((row) => (
						<tr key={row.set} data-set={row.set}>
							<th scope="row">{quizNames[row.set]}</th>
							<td>
								{row.best
									? formatMessage(m['score-value'], {
											percent: attemptPercent(row.best),
											score: formatPoints(row.best.total),
											max: row.best.max,
										})
									: m.none}
							</td>
							<td>{row.best ? wallClockDate(row.best.finishedOn) : m.none}</td>
							<td>{row.attempts}</td>
							<td>{row.passed ? m.yes : m.no}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p class="record-progress">{formatMessage(m['record-progress'], { ...record.progress, percent: PASS_PERCENT })}</p>

			<div class="record-signatures">
				<Blank label={m['learner-signature']} />
				<Blank label={m['sign-date']} />
				<Blank label={m['supervisor-signature']} />
				<Blank label={m['sign-date']} />
			</div>
			<p class="record-meta training-read-on">
				{formatMessage(m['printed-on'], { date: today })} ・ {m['record-source']}
			</p>
		</div>
	);
}
