import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { trainingMessages } from '~/i18n/messages/training';
import { MIXED_PER_STANDARD, PASS_PERCENT } from '~/lib/quizSets';
import { clausePath, sitePath } from '~/lib/sitePaths';
import { attemptPercent, learningRecord, type QuizRow } from '~/lib/trainingRecord';
import {
	BACKGROUND_STANDARD,
	DEFAULT_PATH,
	isPathId,
	mixedUnlocked,
	OFFICE_PATHS,
	QUIZ_MINUTES,
	ROLE_PATHS,
	type PathId,
	type TrainingPathOption,
} from '~/lib/trainingPaths';
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
	readingMinutes: number;
	rules: KeyRule[];
}

export type { TrainingPathOption };

export interface TrainingPathProps {
	/** The five standards in the source's order. */
	standards: TrainingStandard[];
	paths: TrainingPathOption[];
	messages: TrainingMessages;
	simplified: boolean;
	/** Rendered after the standards, before the mixed self-check (the table of confused rules). */
	children?: ComponentChildren;
}

/** `?path=` of the address, read after hydration so the server's render (the default path) hydrates. */
function pathFromAddress(): PathId {
	const path = new URLSearchParams(window.location.search).get('path');
	return isPathId(path) ? path : DEFAULT_PATH;
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
export default function TrainingPath({ standards, paths, messages: m, simplified, children }: TrainingPathProps) {
	const training = useHydratedStore($training, EMPTY_TRAINING);
	const history = useHydratedStore($quizHistory, EMPTY_QUIZ_HISTORY);
	const [confirming, setConfirming] = useState(false);
	const [cleared, setCleared] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	// A tick before hydration would change the box but not the store: the boxes wait for the island.
	useEffect(() => setHydrated(true), []);
	const [pathId, setPathId] = useState<PathId>(DEFAULT_PATH);
	useEffect(() => {
		const fromAddress = () => setPathId(pathFromAddress());
		fromAddress();
		window.addEventListener('popstate', fromAddress);
		return () => window.removeEventListener('popstate', fromAddress);
	}, []);
	const path = paths.find((option) => option.id === pathId) ?? paths[0]!;
	const byId = new Map(standards.map((standard) => [standard.id, standard]));
	const ordered = path.standards.flatMap((id) => byId.get(id) ?? []);
	const choosePath = (id: PathId) => {
		const url = new URL(window.location.href);
		url.searchParams.set('path', id);
		window.history.pushState(null, '', url);
		setPathId(id);
	};
	const record = learningRecord(training, history.attempts);
	const quizRow = new Map(record.quizzes.map((row) => [row.set, row]));
	const readOn = new Map(record.reading.map((row) => [row.standard, row.readOn]));
	const quizLink = (set: string) => sitePath(`training/quiz/?set=${set}`, simplified);
	const unlocked = mixedUnlocked(path.standards, (set) => quizRow.get(set)?.passed === true);
	const missing = path.standards.filter((id) => !quizRow.get(id)?.passed).map((id) => byId.get(id)?.part ?? id);
	const pathLink = (id: PathId, kind: string) => (
		<li key={id}>
			<a
				href={`?path=${id}`}
				aria-current={id === path.id ? 'true' : undefined}
				data-path={id}
				data-path-kind={kind}
				onClick={(event) => {
					if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
					event.preventDefault();
					choosePath(id);
				}}
			>
				{m[`path-${id}`]}
			</a>
		</li>
	);

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

			<nav class="training-paths" aria-labelledby="training-paths-heading">
				<h2 id="training-paths-heading">{m['path-heading']}</h2>
				<p>{m['path-by-office']}</p>
				<ul class="quiz-sets">{OFFICE_PATHS.map((option) => pathLink(option.id, 'office'))}</ul>
				<p>{m['path-by-role']}</p>
				<ul class="quiz-sets">{ROLE_PATHS.map((option) => pathLink(option.id, 'role'))}</ul>
			</nav>
			<p class="training-path-current" data-testid="training-path" data-path={path.id}>
				<strong>{formatMessage(m['path-current'], { name: m[`path-${path.id}`], minutes: path.minutes })}</strong>{' '}
				{m[path.kind === 'office' ? 'path-order-note' : 'path-role-note']}
			</p>
			{path.duties.length > 0 && (
				<section class="training-duties" aria-labelledby="training-duties-heading">
					<h2 id="training-duties-heading">{m['role-duties']}</h2>
					<ul>
						{path.duties.map((duty) => (
							<li key={`${duty.flow}/${duty.key}`} data-duty={duty.key}>
								<a href={clausePath(duty.standard, duty.anchor, simplified)}>{byId.get(duty.standard)?.part}</a>:{duty.label}
							</li>
						))}
					</ul>
				</section>
			)}

			<ol class="training-standards">
				{ordered.map((standard) => {
					const on = readOn.get(standard.id);
					const opened = training.opened?.[standard.id]?.done === true;
					const hintId = `training-read-hint-${standard.id}`;
					const row = quizRow.get(standard.id);
					const inputId = `training-read-${standard.id}`;
					const named = { part: standard.part, title: standard.title };
					return (
						<li key={standard.id} class={`training-standard ${on && row?.passed ? 'is-done' : ''}`} data-standard={standard.id}>
							<h2>
								{formatMessage(m['standard-heading'], named)}
								{standard.id === BACKGROUND_STANDARD && <span class="training-background"> ({m['background-label']})</span>}
							</h2>
							<p class="training-minutes">
								{formatMessage(m['standard-minutes'], { reading: standard.readingMinutes, quiz: QUIZ_MINUTES })}
							</p>
							<p class="training-links">
								<a href={sitePath(`standards/${standard.id}/`, simplified)}>{m['read-link']}</a>
							</p>
							<p>
								<label class="training-read" for={inputId}>
									<input
										id={inputId}
										type="checkbox"
										checked={on !== undefined}
										disabled={!hydrated || !opened}
										aria-describedby={opened ? undefined : hintId}
										onChange={(event) => setRead(standard.id, (event.currentTarget as HTMLInputElement).checked)}
									/>
									{formatMessage(m['mark-read'], named)}
								</label>
								{on && <span class="training-read-on">{formatMessage(m['read-on'], { date: wallClockDate(on) })}</span>}
								{!opened && (
									<span id={hintId} class="training-read-on" data-read-hint>
										{m['read-first']}
									</span>
								)}
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

			{children}

			<section
				class="training-standard"
				aria-labelledby="training-final-heading"
				data-standard="mixed"
				data-unlocked={unlocked ? 'true' : 'false'}
			>
				<h2 id="training-final-heading">{m['final-heading']}</h2>
				<p>{formatMessage(m['final-text'], { count: MIXED_PER_STANDARD })}</p>
				{!unlocked && (
					<p class="training-locked">{formatMessage(m['final-locked'], { percent: PASS_PERCENT, missing: missing.join('、') })}</p>
				)}
				<p class="training-links">
					{unlocked ? (
						<a class="training-action" href={quizLink('mixed')}>
							{m['final-link']}
						</a>
					) : (
						<span class="training-action" aria-disabled="true">
							{m['final-link']}
						</span>
					)}
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
