import { useEffect, useRef } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ChecklistMessages } from '~/i18n/messages/checklist';
import { isTicked, itemKey, stepKeys, stepState } from '~/lib/flows';
import type { DueStatus } from '~/lib/stepDue';
import type { FlowItem, FlowStep } from '~/schemas/flow';
import DueBadge, { type DueBadgeMessages } from '../deadlines/DueBadge';

/** A due time shown beside a timed step (a meeting with dates); `due` is already in words. */
export interface StepDueBadge {
	status: DueStatus;
	due: string;
	provisional: boolean;
	/** warnings of its dues, in words */
	warnings?: string[];
}

interface Props {
	step: FlowStep;
	ticked: ReadonlySet<string>;
	disabled: boolean;
	idPrefix: string;
	/** Link to the step's clause; omitted where the list stands in the clause itself. */
	clauseHref?: string;
	messages: ChecklistMessages;
	expanded: boolean;
	onToggleExpanded(): void;
	dueByKey: Readonly<Record<string, StepDueBadge>>;
	dueMessages?: DueBadgeMessages;
	onToggle(keys: readonly string[], value: boolean): void;
}

interface ExtrasProps {
	roles?: string[];
	liaison?: string;
	due?: StepDueBadge;
	dueMessages?: DueBadgeMessages;
	messages: ChecklistMessages;
}

function Extras({ roles, liaison, due, dueMessages, messages }: ExtrasProps) {
	return (
		<>
			{roles?.map((role) => (
				<span class="role-badge" title={messages.role} data-pagefind-ignore key={role}>
					{role}
				</span>
			))}
			{liaison && (
				<span class="role-badge role-liaison" data-pagefind-ignore>
					{messages.liaison} {liaison}
				</span>
			)}
			{due && dueMessages && <DueBadge status={due.status} due={due.due} provisional={due.provisional} warnings={due.warnings} messages={dueMessages} />}
		</>
	);
}

/**
 * The box as printed: browsers print form controls unreliably, so paper gets a
 * character that shows the state (and can be found in the PDF's text).
 */
function PrintBox({ state }: { state: 'ticked' | 'partial' | 'unticked' }) {
	return (
		<span class="print-box" aria-hidden="true" data-pagefind-ignore>
			{state === 'ticked' ? '☑' : state === 'partial' ? '◩' : '☐'}
		</span>
	);
}

/** One step: its checkbox and verbatim label, badges, a clause link and its sub-items. */
export default function ChecklistStep(props: Props) {
	const { step, ticked, disabled, idPrefix, clauseHref, messages, dueByKey, dueMessages, onToggle, expanded } = props;
	const box = useRef<HTMLInputElement>(null);
	const state = stepState(ticked, step);
	const id = `${idPrefix}-${step.id}`;
	// A parent with some children ticked shows as partial (the DOM-only `indeterminate` state).
	useEffect(() => {
		if (box.current) box.current.indeterminate = state === 'partial';
	}, [state]);

	return (
		<li class="checklist-step" data-step={step.id} data-state={state}>
			<span class="checklist-row">
				<input
					ref={box}
					type="checkbox"
					id={id}
					checked={state === 'ticked'}
					disabled={disabled}
					aria-checked={state === 'partial' ? 'mixed' : undefined}
					onChange={(event) => onToggle(stepKeys(step), event.currentTarget.checked)}
				/>
				<PrintBox state={state} />
				<label for={id}>{step.label}</label>
				<Extras roles={step.roles} liaison={step.liaison} due={dueByKey[step.id]} dueMessages={dueMessages} messages={messages} />
				{clauseHref && (
					<a class="clause-link print-hidden" href={clauseHref} data-pagefind-ignore>
						{messages['view-clause']}
					</a>
				)}
				{step.items && (
					<button
						type="button"
						class="items-toggle print-hidden"
						aria-expanded={expanded}
						aria-controls={`${id}-items`}
						disabled={disabled}
						data-pagefind-ignore
						onClick={props.onToggleExpanded}
					>
						{messages['show-items']} ({step.items.filter((item) => isTicked(ticked, itemKey(step.id, item.id))).length}/
						{step.items.length})
					</button>
				)}
			</span>
			{step.items && (
				<ul
					class="checklist-items"
					id={`${id}-items`}
					hidden={!expanded}
					aria-label={formatMessage(messages['items-of'], { label: step.label })}
					data-pagefind-ignore
				>
					{step.items.map((item: FlowItem) => {
						const key = itemKey(step.id, item.id);
						return (
							<li class="checklist-item" data-step={key} key={item.id}>
								<input
									type="checkbox"
									id={`${id}-${item.id}`}
									checked={isTicked(ticked, key)}
									disabled={disabled}
									onChange={(event) => onToggle([key], event.currentTarget.checked)}
								/>
								<PrintBox state={isTicked(ticked, key) ? 'ticked' : 'unticked'} />
								<label for={`${id}-${item.id}`}>{item.label}</label>
								<Extras roles={item.roles} liaison={item.liaison} due={dueByKey[key]} dueMessages={dueMessages} messages={messages} />
							</li>
						);
					})}
				</ul>
			)}
		</li>
	);
}
