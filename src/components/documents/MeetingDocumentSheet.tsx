import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { DocumentsMessages } from '~/i18n/messages/documents';
import type { DocumentKind } from '~/lib/documents/model';
import type { Meeting } from '~/schemas/meeting';
import { $documents, documentsOf } from '~/stores/documents';
import { $participants, participantsOf } from '~/stores/participants';
import DocumentSheet from './DocumentSheet';
import { type DistributionList, resolvedDocument } from './draftInput';

/** GB/T 9704-2012: A4, text block 156 × 225 mm from 37 mm top and 28 mm left. */
const OFFICIAL_PAGE = '@page { size: A4; margin: 37mm 26mm 35mm 28mm; }';

/** The printed A4 sheet of one of the meeting's documents, with what was typed into it. */
export default function MeetingDocumentSheet(props: {
	kind: DocumentKind;
	meeting: Meeting;
	messages: DocumentsMessages;
	distributions: DistributionList[];
}) {
	// While a document is the sheet to print, the page takes the official margins
	// (a constructed stylesheet: CSSOM, which the site's CSP allows, unlike a <style>).
	useEffect(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(OFFICIAL_PAGE);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		return () => {
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
		};
	}, []);
	const documents = documentsOf(useStore($documents), props.meeting.id);
	const people = participantsOf(useStore($participants), props.meeting.id);
	const resolved = resolvedDocument(props.kind, props.meeting, documents, people, props.distributions, props.messages);
	return <DocumentSheet document={resolved} blank={props.messages.blank} print />;
}
