import type { ComponentChildren } from 'preact';

interface Props {
	/** The island's own class (tests and print rules select by it). */
	class: string;
	question: ComponentChildren;
	yes: string;
	no: string;
	onYes: () => void;
	onNo: () => void;
}

/**
 * The question before something that drops data (reset a checklist, erase
 * everything): read out at once (role alert), answered with a yes and a no.
 */
export function ConfirmNotice({ class: className, question, yes, no, onYes, onNo }: Props) {
	return (
		<p class={`${className} huiwu-notice print-hidden`} role="alert" data-pagefind-ignore>
			{question}{' '}
			<button type="button" onClick={onYes}>
				{yes}
			</button>{' '}
			<button type="button" onClick={onNo}>
				{no}
			</button>
		</p>
	);
}
