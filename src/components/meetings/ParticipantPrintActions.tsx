import type { ParticipantsMessages } from '~/i18n/messages/participants';
import { participantSheets, type ParticipantSheet } from './participantSheetKinds';

interface Props {
	messages: ParticipantsMessages;
	onPrint(sheet: ParticipantSheet): void;
}

/** One button per sheet printed from the list. */
export default function ParticipantPrintActions({ messages, onPrint }: Props) {
	return (
		<section class="participant-print" data-participant-print>
			<h3>{messages['print-title']}</h3>
			<p class="hint">{messages['print-hint']}</p>
			<p class="participant-print-actions">
				{participantSheets.map((sheet) => (
					<button type="button" key={sheet} data-print-sheet={sheet} onClick={() => onPrint(sheet)}>
						{messages[`print.${sheet}`]}
					</button>
				))}
			</p>
		</section>
	);
}
