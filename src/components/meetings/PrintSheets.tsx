import type { MeetingsMessages } from '~/i18n/messages/meetings';
import { itemKey, itemState, stepItems, stepState } from '~/lib/flows';
import { clauseCitation } from '~/i18n/clauseCitation';
import { formatMessage } from '~/i18n/format';
import type { Flow, FlowItem, FlowStep } from '~/schemas/flow';
import type { Meeting } from '~/schemas/meeting';
import type { StepDueBadge } from '../checklist/ChecklistStep';
import { when } from './meetingWhen';

const box = (ticked: boolean) => (ticked ? '☑' : '☐');

export function SheetHeader({ title, meeting, messages }: { title: string; meeting: Meeting | null; messages: MeetingsMessages }) {
	return (
		<header class="sheet-header">
			<h2>{title}</h2>
			<dl>
				<dt>{messages['form-meeting']}</dt>
				<dd class="fill-line">{meeting?.name ?? ''}</dd>
				<dt>{messages['form-date']}</dt>
				<dd class="fill-line">{when(meeting)}</dd>
				<dt>{messages['form-place']}</dt>
				<dd class="fill-line">{meeting?.place ?? ''}</dd>
			</dl>
		</header>
	);
}

/** The roles of a step and its items, once each; a derived role names its clause, as on screen. */
function stepRoles(flow: Flow, step: FlowStep, messages: MeetingsMessages): string[] {
	const shown = [step, ...stepItems(step)].flatMap((entry) =>
		(entry.roles ?? []).map((role) =>
			entry.roleSource && entry.roleSource !== 'stated'
				? formatMessage(messages['form-role-derived'], { role, clause: clauseCitation(flow.standard, entry.roleSource.derived) })
				: role,
		),
	);
	return shown.filter((role, i) => shown.indexOf(role) === i);
}

/** A step's items on paper, nested as in the source. */
function SheetItems({ step, items, ticked }: { step: FlowStep; items: readonly FlowItem[]; ticked: ReadonlySet<string> }) {
	return (
		<ul class="sheet-items">
			{items.map((item) => (
				<li key={item.id}>
					{box(itemState(ticked, step.id, item) === 'ticked')} {item.label}
					{item.items && <SheetItems step={step} items={item.items} ticked={ticked} />}
				</li>
			))}
		</ul>
	);
}

interface FormProps {
	flow: Flow;
	/** null: the blank flow, to fill in by hand. */
	meeting: Meeting | null;
	ticked: ReadonlySet<string>;
	dueByKey: Readonly<Record<string, StepDueBadge>>;
	messages: MeetingsMessages;
	title: string;
}

/**
 * A meeting's checklist as a paper form: each step with its box (ticked ones
 * printed ticked), role, 負責人 and 完成時間/簽名 columns. A step and its
 * sub-items share one table row, so a page break never separates them.
 */
export function ChecklistForm({ flow, meeting, ticked, dueByKey, messages, title }: FormProps) {
	const hasDue = Object.keys(dueByKey).length > 0;
	return (
		<section class="print-sheet" data-sheet={meeting ? 'form' : 'blank'}>
			<SheetHeader title={title} meeting={meeting} messages={messages} />
			<table class="sheet-table">
				<thead>
					<tr>
						<th scope="col">{messages['form-item']}</th>
						<th scope="col">{messages['form-role']}</th>
						{hasDue && <th scope="col">{messages['form-due']}</th>}
						<th scope="col">{messages['form-owner']}</th>
						<th scope="col">{messages['form-done']}</th>
					</tr>
				</thead>
				{flow.sections.map((section) => (
					<tbody key={section.id}>
						{section.title && (
							<tr class="sheet-section">
								<th colSpan={hasDue ? 5 : 4} scope="rowgroup">
									{section.title}
								</th>
							</tr>
						)}
						{section.steps.map((step) => (
							<tr key={step.id} data-form-step={step.id}>
								<td>
									<span class="sheet-step">
										{box(stepState(ticked, step) === 'ticked')} {step.label}
									</span>
									{step.items && <SheetItems step={step} items={step.items} ticked={ticked} />}
								</td>
								<td>{stepRoles(flow, step, messages).join('、')}</td>
								{hasDue && (
									<td>
										{[step.id, ...stepItems(step).map((item) => itemKey(step.id, item.id))]
											.map((key) => dueByKey[key])
											.filter((due) => due !== undefined)
											.map((due, index) => (
												<p class="sheet-due" key={index}>
													{due.due}
													{due.warnings?.map((warning) => (
														<small class="sheet-due-warning" data-due-warning key={warning}>
															※{warning}
														</small>
													))}
												</p>
											))}
									</td>
								)}
								<td>{meeting?.owners?.[`${flow.id}/${step.id}`] ?? ''}</td>
								<td />
							</tr>
						))}
					</tbody>
				))}
			</table>
		</section>
	);
}

/** A sign-in sheet: numbered rows for the expected count (30 when not given). */
export function SignInSheet({ meeting, messages }: { meeting: Meeting; messages: MeetingsMessages }) {
	const rows = meeting.expected > 0 ? meeting.expected : 30;
	return (
		<section class="print-sheet" data-sheet="sign-in">
			<SheetHeader title={`${meeting.name} ${messages['sign-in-title']}`} meeting={meeting} messages={messages} />
			<table class="sheet-table sign-in-table">
				<thead>
					<tr>
						<th scope="col">{messages['sign-in-no']}</th>
						<th scope="col">{messages['sign-in-name']}</th>
						<th scope="col">{messages['sign-in-unit']}</th>
						<th scope="col">{messages['sign-in-signature']}</th>
						<th scope="col">{messages['sign-in-note']}</th>
					</tr>
				</thead>
				<tbody>
					{Array.from({ length: rows }, (_, i) => (
						<tr key={i} data-sign-in-row={i + 1}>
							<td>{i + 1}</td>
							<td />
							<td />
							<td />
							<td />
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}
