import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import { setName, type QuizMessages, type StandardNames } from '~/i18n/quizText';
import { retryMissed, scoreAnswer, scoreQuiz, type AnswerScore, type QuizResult } from '~/lib/quiz';
import { answerProblem, initialAnswer, type AnswerProblem } from '~/lib/quizAnswers';
import {
	isQuizSeed,
	isQuizSetId,
	MIXED_PER_STANDARD,
	newQuizSeed,
	QUIZ_LENGTH,
	quizQuestions,
	quizSetIds,
	type QuizSetId,
} from '~/lib/quizSets';
import type { QuizAnswer, QuizQuestion } from '~/schemas/quiz';
import { standardIds } from '~/schemas/ids';
import { recordAttempt } from '~/stores/quizHistory';
import PaperQuiz from './PaperQuiz';
import QuizHistoryTable from './QuizHistoryTable';
import QuizQuestionCard from './QuizQuestionCard';
import QuizResultView from './QuizResultView';

export interface QuizProps {
	/** Every question (authored and generated), in the reader's edition. */
	bank: QuizQuestion[];
	standards: StandardNames;
	messages: QuizMessages;
	simplified: boolean;
}

interface Session {
	set: QuizSetId;
	seed: string;
	mode: 'full' | 'retry';
	questions: QuizQuestion[];
	index: number;
	answers: Record<string, QuizAnswer | undefined>;
	/** Scores of the questions already checked. */
	scores: Record<string, AnswerScore>;
	problem: AnswerProblem | null;
	result: QuizResult<QuizQuestion> | null;
}

type FocusTarget = 'quiz-question-prompt' | 'quiz-feedback' | 'quiz-result-heading' | 'paper-title' | 'quiz-session-heading';

function newSession(set: QuizSetId, seed: string, mode: Session['mode'], questions: QuizQuestion[]): Session {
	const answers: Session['answers'] = {};
	for (const question of questions) answers[question.id] = initialAnswer(question);
	return { set, seed, mode, questions, index: 0, answers, scores: {}, problem: null, result: null };
}

/** `?set=…&seed=…` of the current address: which quiz, and which draw of it. */
function readAddress(): { set: string | null; seed: string | null } {
	const params = new URLSearchParams(window.location.search);
	return { set: params.get('set'), seed: params.get('seed') };
}

function writeAddress(set: QuizSetId, seed: string, push: boolean): void {
	const url = new URL(window.location.href);
	url.searchParams.set('set', set);
	url.searchParams.set('seed', seed);
	if (push) window.history.pushState(null, '', url);
	else window.history.replaceState(window.history.state, '', url);
}

/**
 * The self-check quizzes: choose a quiz (or come with `?set=`), answer one question at a
 * time with feedback and the clause after each, see the result, retry the missed ones,
 * print the quiz as a paper test. Finished attempts go to the quiz history store.
 */
export default function Quiz({ bank, standards, messages: m, simplified }: QuizProps) {
	const [session, setSession] = useState<Session | null>(null);
	const [unknownSet, setUnknownSet] = useState<string | null>(null);
	const [paper, setPaper] = useState(false);
	const focusNext = useRef<FocusTarget | null>(null);
	const printNext = useRef(false);

	const start = (set: QuizSetId, seed: string, focus: boolean) => {
		setSession(newSession(set, seed, 'full', quizQuestions(bank, set, seed)));
		setUnknownSet(null);
		setPaper(false);
		focusNext.current = focus ? 'quiz-session-heading' : null;
	};

	// The address is read after hydration, so the server's render (the list of quizzes) is what hydrates.
	useEffect(() => {
		const fromAddress = () => {
			const { set, seed } = readAddress();
			if (set === null) {
				setSession(null);
				setUnknownSet(null);
				return;
			}
			if (!isQuizSetId(set)) {
				setSession(null);
				setUnknownSet(set);
				return;
			}
			const drawn = isQuizSeed(seed) ? seed : newQuizSeed();
			if (drawn !== seed) writeAddress(set, drawn, false);
			start(set, drawn, false);
		};
		fromAddress();
		window.addEventListener('popstate', fromAddress);
		return () => window.removeEventListener('popstate', fromAddress);
		// Once, on hydration: the address is read here and on popstate, not on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	useLayoutEffect(() => {
		if (focusNext.current) {
			document.getElementById(focusNext.current)?.focus();
			focusNext.current = null;
		}
	});

	// After paint, so the paper test is on screen when the print dialog takes its picture.
	useEffect(() => {
		if (printNext.current) {
			printNext.current = false;
			window.print();
		}
	});

	const choose = (set: QuizSetId) => {
		const seed = newQuizSeed();
		writeAddress(set, seed, true);
		start(set, seed, true);
	};

	const update = (change: (current: Session) => Session) => setSession((current) => (current ? change(current) : current));

	const check = () => {
		if (!session) return;
		const question = session.questions[session.index]!;
		const answer = session.answers[question.id];
		const problem = answerProblem(question, answer);
		if (!problem) focusNext.current = 'quiz-feedback';
		setSession({
			...session,
			problem,
			scores: problem ? session.scores : { ...session.scores, [question.id]: scoreAnswer(question, answer) },
		});
	};

	const next = () => {
		if (!session) return;
		if (session.index < session.questions.length - 1) {
			focusNext.current = 'quiz-question-prompt';
			update((current) => ({ ...current, index: current.index + 1, problem: null }));
			return;
		}
		const result = scoreQuiz(session.questions, session.answers);
		recordAttempt({
			set: session.set,
			mode: session.mode,
			seed: session.seed,
			total: result.total,
			max: result.max,
			missed: result.missed,
		});
		focusNext.current = 'quiz-result-heading';
		update((current) => ({ ...current, result }));
	};

	const retry = () => {
		if (!session?.result) return;
		focusNext.current = 'quiz-question-prompt';
		setSession(newSession(session.set, session.seed, 'retry', retryMissed(session.result)));
	};

	const redraw = () => {
		if (!session) return;
		const seed = newQuizSeed();
		writeAddress(session.set, seed, false);
		start(session.set, seed, true);
	};

	const openPaper = () => {
		focusNext.current = 'paper-title';
		printNext.current = true;
		setPaper(true);
	};

	const closePaper = () => {
		focusNext.current = 'quiz-session-heading';
		setPaper(false);
	};

	const name = (set: QuizSetId) => setName(set, m, standards, MIXED_PER_STANDARD);

	if (session && paper) {
		return (
			<div class="quiz not-content" data-pagefind-ignore data-paper>
				<PaperQuiz
					title={formatMessage(m[session.mode === 'retry' ? 'paper-retry-title' : 'paper-title'], { set: name(session.set) })}
					questions={session.questions}
					seed={session.seed}
					messages={m}
					standards={standards}
					onPrint={() => window.print()}
					onBack={closePaper}
				/>
			</div>
		);
	}

	const question = session && !session.result ? session.questions[session.index] : undefined;

	// While a quiz runs it comes first (on a phone the list of quizzes would push it off
	// screen); the list follows, to switch quizzes.
	const chooser = (
		<>
			<nav class="quiz-sets" aria-labelledby="quiz-sets-heading">
				<h2 id="quiz-sets-heading">{m['choose-set']}</h2>
				<ul>
					{quizSetIds.map((set) => (
						<li key={set}>
							<a
								href={`?set=${set}`}
								aria-current={session?.set === set ? 'true' : undefined}
								onClick={(event) => {
									if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
									event.preventDefault();
									choose(set);
								}}
							>
								<span class="quiz-set-name">{name(set)}</span>
								<span class="quiz-set-length">
									{formatMessage(m['set-length'], { count: set === 'mixed' ? MIXED_PER_STANDARD * standardIds.length : QUIZ_LENGTH })}
								</span>
							</a>
						</li>
					))}
				</ul>
			</nav>
			{!session && <p class="quiz-choose-hint">{m['choose-hint']}</p>}
		</>
	);

	return (
		<div class="quiz not-content" data-pagefind-ignore>
			{unknownSet !== null && (
				<p class="quiz-problem" role="alert">
					{formatMessage(m['unknown-set'], { set: unknownSet })}
				</p>
			)}
			{!session && chooser}
			{session && (
				<section class="quiz-session" aria-labelledby="quiz-session-heading">
					<h2 id="quiz-session-heading" tabIndex={-1}>
						{session.mode === 'retry' ? formatMessage(m['retry-title'], { set: name(session.set) }) : name(session.set)}
					</h2>
					<p class="quiz-actions">
						<button type="button" onClick={openPaper}>
							{m['print-paper']}
						</button>
						<button type="button" onClick={redraw}>
							{m['new-quiz']}
						</button>
					</p>
					{session.questions.length === 0 && <p>{m['no-questions']}</p>}
					{question && (
						<QuizQuestionCard
							key={`${session.mode}-${session.seed}-${question.id}`}
							question={question}
							index={session.index}
							total={session.questions.length}
							answer={session.answers[question.id]}
							score={session.scores[question.id]}
							problem={session.problem}
							isLast={session.index === session.questions.length - 1}
							seed={session.seed}
							messages={m}
							standards={standards}
							simplified={simplified}
							onAnswer={(answer) =>
								update((current) => ({ ...current, problem: null, answers: { ...current.answers, [question.id]: answer } }))
							}
							onCheck={check}
							onNext={next}
						/>
					)}
					{session.result && (
						<QuizResultView
							result={session.result}
							messages={m}
							standards={standards}
							simplified={simplified}
							onRetry={retry}
							onNewQuiz={redraw}
						/>
					)}
				</section>
			)}
			<p class="quiz-scoring-rules">{m['scoring-rules']}</p>
			{session && chooser}
			<QuizHistoryTable messages={m} standards={standards} />
		</div>
	);
}
