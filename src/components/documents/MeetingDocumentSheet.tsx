import { useStore } from '@nanostores/preact';
import type { DocumentsMessages } from '~/i18n/messages/documents';
import type { DocumentKind } from '~/lib/documents/model';
import type { Meeting } from '~/schemas/meeting';
import { $documents, documentsOf } from '~/stores/documents';
import DocumentSheet from './DocumentSheet';
import { type DistributionList, resolvedDocument } from './draftInput';

/** The printed A4 sheet of one of the meeting's documents, with what was typed into it. */
export default function MeetingDocumentSheet(props: { kind: DocumentKind; meeting: Meeting; messages: DocumentsMessages; distributions: DistributionList[] }) {
	const documents = documentsOf(useStore($documents), props.meeting.id);
	const document = resolvedDocument(props.kind, props.meeting, documents, props.distributions, props.messages);
	return <DocumentSheet document={document} blank={props.messages.blank} print />;
}
