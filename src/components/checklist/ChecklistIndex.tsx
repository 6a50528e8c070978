import { useStore } from '@nanostores/preact';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { ChecklistMessages } from '~/i18n/messages/checklist';
import { isTicked } from '~/lib/flows';
import { $progress } from '~/stores/progress';
import { flowProgress, PRACTICE_RUN } from '~/stores/progressState';

interface IndexFlow {
	id: string;
	title: string;
	href: string;
	keys: string[];
}

export interface ChecklistIndexProps {
	/** Standards in order, each with its flow groups in the source's order (第三篇's ★ headings titled). */
	groups: { title: string; subgroups: { title?: string; flows: IndexFlow[] }[] }[];
	messages: ChecklistMessages;
}

/** Every flow, grouped by standard and the source's own groups, with the practice run's progress. */
export default function ChecklistIndex({ groups, messages }: ChecklistIndexProps) {
	const state = useStore($progress);
	const [mounted, setMounted] = useState(false);
	useEffect(() => setMounted(true), []);
	return (
		<div class="checklist-index">
			{groups.map((group) => (
				<section key={group.title}>
					<h2>{group.title}</h2>
					{group.subgroups.map((subgroup) => (
						<Fragment key={subgroup.title ?? ''}>
							{subgroup.title && <h3 data-flow-group>{subgroup.title}</h3>}
							<ul>
								{subgroup.flows.map((flow) => {
									const ticked = mounted ? flowProgress(state, PRACTICE_RUN, flow.id) : new Set<string>();
									const done = flow.keys.filter((key) => isTicked(ticked, key)).length;
									return (
										<li key={flow.id} data-flow-link={flow.id}>
											<a href={flow.href}>{flow.title}</a>{' '}
											<span class="checklist-progress-text" data-done={done} data-total={flow.keys.length}>
												{formatMessage(messages.progress, { done, total: flow.keys.length })}
											</span>{' '}
											<progress max={flow.keys.length} value={done} aria-label={`${flow.title} ${messages['progress-label']}`} />
										</li>
									);
								})}
							</ul>
						</Fragment>
					))}
				</section>
			))}
		</div>
	);
}
