import { resolveDocument, type ResolvedDocument } from '~/i18n/documentText';
import type { DocumentsMessages } from '~/i18n/messages/documents';
import { draftDocument, type DraftInput } from '~/lib/documents/drafts';
import { wallClockInChina } from '~/lib/stepDue';
import type { DocumentKind, DocumentParticipant } from '~/lib/documents/model';
import { documentParticipants } from '~/lib/documents/participants';
import type { Participant } from '~/schemas/participant';
import type { Meeting } from '~/schemas/meeting';
import type { MeetingDocuments } from '~/schemas/documents';
import { liveEntries, typedFields } from '~/stores/documents';

/** One of 第三篇's three 《會議紀要》分送 lists, from content/flows/minutes-distribution-*.yaml. */
export interface DistributionList {
	id: string;
	title: string;
	recipients: string[];
}

/** Field key of the chosen 分送 list (a list id, or 'typed'). */
export const DISTRIBUTION_CHOICE = 'minutes.distribution-list';

/** What the drafts take from one meeting, its typed documents and the chosen 分送 list. */
export function draftInputFor(
	meeting: Meeting,
	documents: MeetingDocuments,
	distributions: readonly DistributionList[],
	issuedOn: string,
	participants?: readonly DocumentParticipant[],
): DraftInput {
	const edits = typedFields(documents);
	const chosen = distributions.find((list) => list.id === edits[DISTRIBUTION_CHOICE]);
	return {
		meeting,
		issuedOn,
		edits,
		...(participants ? { participants } : {}),
		calls: liveEntries(documents.calls),
		resolutions: liveEntries(documents.resolutions),
		...(chosen ? { distribution: chosen.recipients } : {}),
	};
}

/** Today in China, the documents' 成文日期. */
export const issuedToday = () => wallClockInChina(new Date()).slice(0, 10);

/** A meeting's documents with its people, resolved in the reader's edition (shared by the editor and the printed sheet). */
export function resolvedDocument(
	kind: DocumentKind,
	meeting: Meeting,
	documents: MeetingDocuments,
	people: readonly Participant[],
	distributions: readonly DistributionList[],
	messages: DocumentsMessages,
): ResolvedDocument {
	const input = draftInputFor(meeting, documents, distributions, issuedToday(), documentParticipants(people));
	return resolveDocument(draftDocument(kind, input), messages);
}
