import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { clauseCitation } from '~/i18n/clauseCitation';
import { formatMessage } from '~/i18n/format';
import type { ChecklistMessages } from '~/i18n/messages/checklist';
import { itemKeys, itemKey, itemState, stepKeys, stepState, type StepState } from '~/lib/flows';
import type { DueStatus } from '~/lib/stepDue';
import type { FlowItem, FlowStep, RoleSource } from '~/schemas/flow';
import type { StandardId } from '~/schemas/standard';
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
	/** The flow's standard: a derived role cites its clause (依第三篇三). */
	standard: StandardId;
	ticked: ReadonlySet<string>;
	disabled: boolean;
	idPrefix: string;
	/** Link to the step's clause; omitted where the list stands in the clause itself. */
	clauseHref?: string | undefined;
	messages: ChecklistMessages;
	expanded: boolean;
	onToggleExpanded(): void;
	dueByKey: Readonly<Record<string, StepDueBadge>>;
	dueMessages?: DueBadgeMessages | undefined;
	onToggle(keys: readonly string[], value: boolean): void;
	/** Shown under the step's row (a meeting's 負責人 and who ticked it). */
	extra?: ComponentChildren;
}

interface ExtrasProps {
	roles?: string[] | undefined;
	roleSource?: RoleSource | undefined;
	standard: StandardId;
	liaison?: string | undefined;
	due?: StepDueBadge | undefined;
	dueMessages?: DueBadgeMessages | undefined;
	messages: ChecklistMessages;
}

function Extras({ roles, roleSource, standard, liaison, due, dueMessages, messages }: ExtrasProps) {
	// A role the source states at this point is a plain badge; one inferred from another clause
	// is outlined and names that clause, so nobody mistakes it for the source's own words.
	const derived = roleSource && roleSource !== 'stated' ? clauseCitation(standard, roleSource.derived) : undefined;
	return (
		<>
			{roles?.map((role) =>
				derived ? (
					<span
						class="role-badge role-derived"
						title={formatMessage(messages['role-derived-title'], { clause: derived })}
						data-role-source="derived"
						data-pagefind-ignore
						key={role}
					>
						{role} <small class="role-derived-from">{formatMessage(messages['role-derived'], { clause: derived })}</small>
					</span>
				) : (
					<span class="role-badge" title={messages.role} data-role-source="stated" data-pagefind-ignore key={role}>
						{role}
					</span>
				),
			)}
			{liaison && (
				<span class="role-badge role-liaison" data-pagefind-ignore>
					{messages.liaison} {liaison}
				</span>
			)}
			{due && dueMessages && (
				<DueBadge status={due.status} due={due.due} provisional={due.provisional} warnings={due.warnings} messages={dueMessages} />
			)}
		</>
	);
}

/**
 * The box as printed: browsers print form controls unreliably, so paper gets a
 * character that shows the state (and can be found in the PDF's text).
 */
function PrintBox({ state }: { state: StepState }) {
	return (
		<span class="print-box" aria-hidden="true" data-pagefind-ignore>
			{state === 'ticked' ? '☑' : state === 'partial' ? '◩' : '☐'}
		</span>
	);
}

/**
 * A step's or item's text, naming its checkbox by `aria-labelledby`. Not a `<label>`:
 * Pagefind leaves `<label>` text out of its index, and this text is the standard's own
 * (第三篇's flow charts exist nowhere else on its page). A tap on it ticks the box, as a label would.
 */
function BoxText({ boxId, text }: { boxId: string; text: string }) {
	return (
		<span id={`${boxId}-text`} class="checklist-label" onClick={() => document.getElementById(boxId)?.click()}>
			{text}
		</span>
	);
}

/**
 * A step's or an item's box with its printed twin and its verbatim text. A parent with
 * some children ticked shows as partial (the DOM-only `indeterminate` state).
 */
function TickBox(props: { id: string; state: StepState; disabled: boolean; text: string; onChange: (checked: boolean) => void }) {
	const { id, state, disabled, text, onChange } = props;
	const box = useRef<HTMLInputElement>(null);
	useEffect(() => {
		if (box.current) box.current.indeterminate = state === 'partial';
	}, [state]);
	return (
		<>
			<input
				ref={box}
				type="checkbox"
				id={id}
				checked={state === 'ticked'}
				disabled={disabled}
				aria-checked={state === 'partial' ? 'mixed' : undefined}
				aria-labelledby={`${id}-text`}
				onChange={(event) => onChange(event.currentTarget.checked)}
			/>
			<PrintBox state={state} />
			<BoxText boxId={id} text={text} />
		</>
	);
}

/** One step: its checkbox and verbatim label, badges, a clause link and its sub-items. */
export default function ChecklistStep(props: Props) {
	const { step, ticked, disabled, idPrefix, clauseHref, messages, dueByKey, dueMessages, onToggle, expanded } = props;
	const state = stepState(ticked, step);
	const id = `${idPrefix}-${step.id}`;

	return (
		<li class="checklist-step" data-step={step.id} data-state={state}>
			<span class="checklist-row">
				<TickBox id={id} state={state} disabled={disabled} text={step.label} onChange={(checked) => onToggle(stepKeys(step), checked)} />
				<Extras
					roles={step.roles}
					roleSource={step.roleSource}
					standard={props.standard}
					liaison={step.liaison}
					due={dueByKey[step.id]}
					dueMessages={dueMessages}
					messages={messages}
				/>
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
						{messages['show-items']} ({step.items.filter((item) => itemState(ticked, step.id, item) === 'ticked').length}/
						{step.items.length})
					</button>
				)}
			</span>
			{props.extra}
			{step.items && (
				<ul
					class="checklist-items"
					id={`${id}-items`}
					hidden={!expanded}
					aria-label={formatMessage(messages['items-of'], { label: step.label })}
					data-pagefind-ignore
				>
					<ItemList {...props} items={step.items} boxId={id} />
				</ul>
			)}
		</li>
	);
}

interface ItemListProps extends Props {
	items: readonly FlowItem[];
	/** Id of the parent's checkbox; an item's is `<parent>-<item id>`. */
	boxId: string;
}

/** The items of a step, nested as the source's clauses are; a parent item ticks all the leaves below it. */
function ItemList(props: ItemListProps) {
	const { items, boxId } = props;
	return (
		<>
			{items.map((item) => (
				<ChecklistItem {...props} item={item} boxId={`${boxId}-${item.id}`} key={item.id} />
			))}
		</>
	);
}

function ChecklistItem(props: Omit<ItemListProps, 'items'> & { item: FlowItem }) {
	const { step, item, ticked, disabled, boxId, messages, dueByKey, dueMessages, onToggle } = props;
	const key = itemKey(step.id, item.id);
	const state = itemState(ticked, step.id, item);
	return (
		<li class="checklist-item" data-step={key} data-state={state}>
			<TickBox
				id={boxId}
				state={state}
				disabled={disabled}
				text={item.label}
				onChange={(checked) => onToggle(itemKeys(step.id, item), checked)}
			/>
			<Extras
				roles={item.roles}
				roleSource={item.roleSource}
				standard={props.standard}
				liaison={item.liaison}
				due={dueByKey[key]}
				dueMessages={dueMessages}
				messages={messages}
			/>
			{item.items && (
				<ul class="checklist-items checklist-subitems" aria-label={formatMessage(messages['items-of'], { label: item.label })}>
					<ItemList {...props} items={item.items} boxId={boxId} />
				</ul>
			)}
		</li>
	);
}
