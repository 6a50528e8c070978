import { useEffect, useRef, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import { formatPoints, setName, type QuizMessages, type StandardNames } from '~/i18n/quizText';
import { isQuizSeed, MIXED_PER_STANDARD, newQuizSeed, quizSetIds, type QuizSetId } from '~/lib/quizSets';
import { attemptPercent, bestAttempts, isPassed, learningRecord } from '~/lib/trainingRecord';
import { localWallClock, wallClockDate } from '~/lib/wallClock';
import type { QuizQuestion } from '~/schemas/quiz';
import type { StandardId } from '~/schemas/standard';
import { $quizHistory, EMPTY_QUIZ_HISTORY } from '~/stores/quizHistory';
import { $training, EMPTY_TRAINING } from '~/stores/training';
import PaperQuiz from '../quiz/PaperQuiz';
import type { TrainingMessages } from './TrainingPath';
import { useHydratedStore } from '../site/useHydratedStore';
import { examQuestions, type ExamSources } from './examPaper';

export interface SupervisedExamProps {
	bank: QuizQuestion[];
	sources: ExamSources;
	standards: StandardNames;
	/** The learning paths, for the certificate: id, name and standards in order. */
	paths: { id: string; name: string; standards: StandardId[] }[];
	quizMessages: QuizMessages;
	messages: TrainingMessages;
}

type Printing = 'paper' | 'key' | 'certificate' | null;

/**
 * The supervisor's page: fix a seed, print the exam paper without its key and the key
 * apart; and the completion certificate (one A4 page) with the trainee's name, path,
 * scores and dates and a line for the 培訓負責人's signature.
 */
export default function SupervisedExam({ bank, sources, standards, paths, quizMessages: q, messages: m }: SupervisedExamProps) {
	const training = useHydratedStore($training, EMPTY_TRAINING);
	const history = useHydratedStore($quizHistory, EMPTY_QUIZ_HISTORY);
	const [set, setSet] = useState<QuizSetId>('mixed');
	const [seed, setSeed] = useState('exam-1');
	const [name, setTraineeName] = useState('');
	const [pathId, setPathId] = useState(paths[0]!.id);
	const [printing, setPrinting] = useState<Printing>(null);
	const [problem, setProblem] = useState<string | null>(null);
	const [today, setToday] = useState('');
	const printNext = useRef(false);
	// A fresh seed and today's date are the browser's: after hydration, so the server render hydrates.
	useEffect(() => {
		setSeed(newQuizSeed());
		setToday(wallClockDate(localWallClock(new Date())));
	}, []);
	useEffect(() => {
		if (printNext.current) {
			printNext.current = false;
			window.print();
		}
	});

	const validSeed = isQuizSeed(seed);
	const exam = validSeed ? examQuestions(bank, set, seed, sources, q, standards) : { questions: [], scenarios: 0 };
	const setTitle = setName(set, q, standards, MIXED_PER_STANDARD);
	const print = (what: Exclude<Printing, null>) => {
		if (what !== 'certificate' && !validSeed) return setProblem(m['exam-seed-invalid']);
		if (what === 'certificate' && name.trim() === '') return setProblem(m['certificate-name-missing']);
		setProblem(null);
		printNext.current = true;
		setPrinting(what);
	};

	if (printing === 'paper' || printing === 'key') {
		return (
			<div class="quiz not-content" data-pagefind-ignore data-paper data-exam={printing}>
				<PaperQuiz
					title={formatMessage(m[printing === 'paper' ? 'exam-paper-title' : 'exam-key-title'], { set: setTitle })}
					questions={exam.questions}
					seed={seed}
					show={printing}
					seedLabel={formatMessage(q['paper-seed'], { seed })}
					backLabel={m['exam-back']}
					messages={q}
					standards={standards}
					onPrint={() => window.print()}
					onBack={() => setPrinting(null)}
				/>
			</div>
		);
	}

	if (printing === 'certificate') {
		const path = paths.find((p) => p.id === pathId) ?? paths[0]!;
		const best = bestAttempts(history.attempts);
		const readOn = new Map(learningRecord(training, history.attempts).reading.map((row) => [row.standard, row.readOn]));
		const rows: { key: string; item: string; read?: string | undefined; set: QuizSetId }[] = [
			...path.standards.map((id) => ({
				key: id,
				item: formatMessage(m['standard-heading'], standards[id]),
				read: readOn.get(id),
				set: id as QuizSetId,
			})),
			{ key: 'mixed', item: m['certificate-mixed'], set: 'mixed' },
		];
		return (
			<div class="quiz not-content" data-pagefind-ignore data-paper data-exam="certificate">
				<article class="paper-quiz exam-certificate" aria-labelledby="paper-title">
					<p class="paper-actions print-hidden">
						<button type="button" class="quiz-primary" onClick={() => window.print()}>
							{q['print-again']}
						</button>
						<button type="button" onClick={() => setPrinting(null)}>
							{m['exam-back']}
						</button>
					</p>
					<h2 id="paper-title" tabIndex={-1}>
						{m['certificate-title']}
					</h2>
					<p data-testid="certificate-body">{formatMessage(m['certificate-body'], { name: name.trim(), path: path.name })}</p>
					<table>
						<thead>
							<tr>
								<th scope="col">{m['certificate-col-item']}</th>
								<th scope="col">{m['certificate-col-read']}</th>
								<th scope="col">{m['certificate-col-score']}</th>
								<th scope="col">{m['certificate-col-date']}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => {
								const attempt = best[row.set];
								return (
									<tr key={row.key} data-set={row.set}>
										<th scope="row">{row.item}</th>
										<td>{row.read ? wallClockDate(row.read) : m.none}</td>
										<td>
											{attempt
												? `${formatMessage(m['score-value'], { percent: attemptPercent(attempt), score: formatPoints(attempt.total), max: attempt.max })} ${m[isPassed(attempt) ? 'certificate-passed' : 'certificate-not-passed']}`
												: m.none}
										</td>
										<td>{attempt ? wallClockDate(attempt.finishedOn) : m.none}</td>
									</tr>
								);
							})}
						</tbody>
					</table>
					<p>{formatMessage(m['certificate-issued'], { date: today })}</p>
					<div class="record-signatures">
						<p class="record-blank">
							<span>{m['certificate-trainer']}</span>
							<span class="paper-line" aria-hidden="true" />
						</p>
						<p class="record-blank">
							<span>{m['sign-date']}</span>
							<span class="paper-line" aria-hidden="true" />
						</p>
					</div>
				</article>
			</div>
		);
	}

	return (
		<div class="supervised-exam not-content" data-pagefind-ignore>
			<section aria-labelledby="exam-heading">
				<h2 id="exam-heading">{m['exam-heading']}</h2>
				<p>{m['exam-intro']}</p>
				<div class="exam-form">
					<label>
						{m['exam-set']}{' '}
						<select name="set" value={set} onChange={(event) => setSet((event.currentTarget as HTMLSelectElement).value as QuizSetId)}>
							{quizSetIds.map((id) => (
								<option key={id} value={id}>
									{setName(id, q, standards, MIXED_PER_STANDARD)}
								</option>
							))}
						</select>
					</label>
					<label>
						{m['exam-seed']}{' '}
						<input
							type="text"
							name="seed"
							value={seed}
							aria-invalid={validSeed ? undefined : 'true'}
							onInput={(event) => setSeed((event.currentTarget as HTMLInputElement).value.trim())}
						/>
					</label>
					<p class="training-links">
						<button type="button" onClick={() => setSeed(newQuizSeed())}>
							{m['exam-new-seed']}
						</button>
					</p>
				</div>
				{validSeed && (
					<p data-testid="exam-count">{formatMessage(m['exam-count'], { count: exam.questions.length, scenarios: exam.scenarios })}</p>
				)}
				<p class="training-links">
					<button type="button" class="quiz-primary" onClick={() => print('paper')}>
						{m['exam-print-paper']}
					</button>
					<button type="button" onClick={() => print('key')}>
						{m['exam-print-key']}
					</button>
				</p>
			</section>
			<section aria-labelledby="certificate-heading">
				<h2 id="certificate-heading">{m['certificate-heading']}</h2>
				<p>{m['certificate-intro']}</p>
				<div class="exam-form">
					<label>
						{m['certificate-name']}{' '}
						<input
							type="text"
							name="trainee"
							value={name}
							onInput={(event) => setTraineeName((event.currentTarget as HTMLInputElement).value)}
						/>
					</label>
					<label>
						{m['certificate-path']}{' '}
						<select name="path" value={pathId} onChange={(event) => setPathId((event.currentTarget as HTMLSelectElement).value)}>
							{paths.map((path) => (
								<option key={path.id} value={path.id}>
									{path.name}
								</option>
							))}
						</select>
					</label>
				</div>
				<p class="training-links">
					<button type="button" class="quiz-primary" onClick={() => print('certificate')}>
						{m['certificate-print']}
					</button>
				</p>
			</section>
			{problem && (
				<p class="huiwu-notice huiwu-notice-error" role="alert">
					{problem}
				</p>
			)}
		</div>
	);
}
