import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ChecklistMessages } from '~/i18n/messages/checklist';
import { flowKeys, flowTotals, orphanedKeys } from '~/lib/flows';
import type { Flow } from '~/schemas/flow';
import { $progress, discardOrphans, resetFlow, setSteps, undoReset } from '~/stores/progress';
import { flowProgress, PRACTICE_RUN, type ResetToken } from '~/stores/progressState';
import { ConfirmNotice } from '../site/ConfirmNotice';
import ChecklistStep, { type StepDueBadge } from './ChecklistStep';
import type { DueBadgeMessages } from '../deadlines/DueBadge';

export interface ChecklistProps {
	flow: Flow;
	messages: ChecklistMessages;
	/** URL of the flow's standard page; clause links append `#anchor`. */
	standardHref: string;
	/** Whose ticks: the practice run 練習, or a meeting's run. */
	runId?: string;
	/** `inline`: the list inside a standard's text (第三篇); `full`: a checklist of its own. */
	variant?: 'inline' | 'full';
	/** Due times of timed steps, by step key (a meeting with dates). */
	dueByKey?: Readonly<Record<string, StepDueBadge>>;
	dueMessages?: DueBadgeMessages;
	/** Heading level for section titles. */
	headingLevel?: 3 | 4 | undefined;
	/** Told of each tick and untick after it is stored (a meeting records who made it). */
	onToggle?: ((keys: readonly string[], done: boolean) => void) | undefined;
	/** Shown under a step's row (a meeting's 負責人 and who ticked it). */
	stepExtra?: ((stepId: string) => ComponentChildren) | undefined;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * A flow as a checklist whose ticks persist (src/stores/progress), keyed by
 * step ids so rewording a step keeps its tick. The server render is the plain
 * list (readable before hydration and in print); ticks appear once mounted.
 */
export default function Checklist({
	flow,
	messages,
	standardHref,
	runId = PRACTICE_RUN,
	variant = 'full',
	dueByKey = {},
	dueMessages,
	headingLevel = 3,
	onToggle,
	stepExtra,
}: ChecklistProps) {
	const state = useStore($progress);
	const [mounted, setMounted] = useState(false);
	const [resetStage, setResetStage] = useState<'idle' | 'confirm' | ResetToken>('idle');
	const stepsWithItems = flow.sections.flatMap((section) => section.steps.filter((step) => step.items).map((step) => step.id));
	const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(variant === 'full' ? stepsWithItems : []));
	useEffect(() => setMounted(true), []);

	// Until mounted, render exactly what the server rendered (no ticks): hydration must match.
	const ticked = mounted ? flowProgress(state, runId, flow.id) : EMPTY;
	const { done, total } = flowTotals(flow, ticked);
	const orphans = mounted ? orphanedKeys(flow, ticked) : [];
	const idPrefix = `cl-${runId}-${flow.id}`;
	const Heading = `h${headingLevel}` as 'h3' | 'h4';

	const toggle = (keys: readonly string[], value: boolean) => {
		setSteps(runId, flow.id, keys, value);
		onToggle?.(keys, value);
	};
	const setAllExpanded = (value: boolean) => setExpanded(new Set(value ? stepsWithItems : []));
	const toggleExpanded = (stepId: string) =>
		setExpanded((open) => {
			const next = new Set(open);
			if (!next.delete(stepId)) next.add(stepId);
			return next;
		});

	return (
		<div class={`checklist checklist-${variant} not-content`} data-flow={flow.id} data-run={runId} data-hydrated={mounted ? '' : undefined}>
			<div class="checklist-bar" data-pagefind-ignore>
				<span class="checklist-progress-text" data-done={done} data-total={total}>
					{formatMessage(messages.progress, { done, total })}
				</span>
				<progress max={total} value={done} aria-label={messages['progress-label']} />
				<span class="checklist-actions print-hidden">
					{stepsWithItems.length > 0 && (
						<>
							<button type="button" disabled={!mounted} onClick={() => setAllExpanded(true)}>
								{messages['expand-all']}
							</button>
							<button type="button" disabled={!mounted} onClick={() => setAllExpanded(false)}>
								{messages['collapse-all']}
							</button>
						</>
					)}
					{resetStage === 'idle' && (
						<button type="button" disabled={!mounted || done === 0} onClick={() => setResetStage('confirm')}>
							{messages.reset}
						</button>
					)}
				</span>
			</div>
			{resetStage === 'confirm' && (
				<ConfirmNotice
					class="checklist-confirm"
					question={messages['reset-confirm']}
					yes={messages['reset-yes']}
					no={messages['reset-no']}
					onYes={() => setResetStage(resetFlow(runId, flow.id) ?? 'idle')}
					onNo={() => setResetStage('idle')}
				/>
			)}
			{typeof resetStage === 'object' && (
				<p class="checklist-undo huiwu-notice print-hidden" role="status" data-pagefind-ignore>
					{messages['reset-done']}{' '}
					<button
						type="button"
						onClick={() => {
							undoReset(resetStage);
							setResetStage('idle');
						}}
					>
						{messages.undo}
					</button>
				</p>
			)}
			{orphans.length > 0 && (
				<p class="checklist-orphans huiwu-notice" role="status" data-pagefind-ignore>
					{formatMessage(messages['orphaned-progress'], { count: orphans.length })}{' '}
					<button type="button" onClick={() => discardOrphans([{ id: flow.id, keys: flowKeys(flow) }], { runId })}>
						{messages['discard-orphans']}
					</button>
				</p>
			)}
			{flow.sections.map((section) => (
				<section class="checklist-section" key={section.id}>
					{section.title && (
						<Heading class="checklist-section-title" data-pagefind-ignore>
							{section.title}
						</Heading>
					)}
					<ol class="checklist-steps">
						{section.steps.map((step) => (
							<ChecklistStep
								key={step.id}
								step={step}
								standard={flow.standard}
								ticked={ticked}
								disabled={!mounted}
								idPrefix={idPrefix}
								clauseHref={variant === 'full' ? `${standardHref}#${step.anchor}` : undefined}
								messages={messages}
								expanded={expanded.has(step.id)}
								onToggleExpanded={() => toggleExpanded(step.id)}
								dueByKey={dueByKey}
								dueMessages={dueMessages}
								onToggle={toggle}
								extra={mounted ? stepExtra?.(step.id) : undefined}
							/>
						))}
					</ol>
				</section>
			))}
		</div>
	);
}
