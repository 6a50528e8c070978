import { randomId } from '../lib/randomId';
import { type DocumentsState, documentsStateSchema, type MeetingDocuments } from '../schemas/documents';
import { EMPTY_DOCUMENTS, mergeDocuments, migrateDocumentsV1, withMeetingDocuments, withoutMeetingDocuments } from './documentsState';
import { createPersistentStore, type StorageEnvironment, storageKey } from './storageEngine';

export { documentsOf, liveEntries, typedFields } from './documentsState';

/** What a person typed into a meeting's documents (issue #20), see README.md. */
export const DOCUMENTS_KEY = storageKey('documents');

export interface DocumentsStoreOptions {
	environment?: StorageEnvironment | null;
	now?: () => number;
	newId?: (prefix: string) => string;
}

export type CallInput = Omit<MeetingDocuments['calls'][string], 'at' | 'removed'>;
export type ResolutionInput = Omit<MeetingDocuments['resolutions'][string], 'at' | 'removed' | 'number'>;

export function createDocumentsStore(options: DocumentsStoreOptions = {}) {
	const now = options.now ?? Date.now;
	const newId = options.newId ?? randomId;
	const $documents = createPersistentStore<DocumentsState>({
		key: DOCUMENTS_KEY,
		version: 2,
		schema: documentsStateSchema,
		migrations: { 1: migrateDocumentsV1 },
		initial: EMPTY_DOCUMENTS,
		merge: mergeDocuments,
		environment: options.environment,
	});
	const change = (meetingId: string, apply: (documents: MeetingDocuments, at: number) => MeetingDocuments) =>
		$documents.update((state) => withMeetingDocuments(state, meetingId, (documents) => apply(documents, now())));

	return {
		$documents,
		/** Keeps what was typed into one field; '' goes back to the draft's own text. */
		setField(meetingId: string, key: string, value: string) {
			change(meetingId, (documents, at) => ({ ...documents, fields: { ...documents.fields, [key]: { value, at } } }));
		},
		addCall(meetingId: string, call: CallInput): string {
			const id = newId('call');
			change(meetingId, (documents, at) => ({ ...documents, calls: { ...documents.calls, [id]: { ...call, at, removed: false } } }));
			return id;
		},
		updateCall(meetingId: string, id: string, call: Partial<CallInput>) {
			change(meetingId, (documents, at) => {
				const current = documents.calls[id];
				return current ? { ...documents, calls: { ...documents.calls, [id]: { ...current, ...call, at } } } : documents;
			});
		},
		removeCall(meetingId: string, id: string) {
			change(meetingId, (documents, at) => {
				const current = documents.calls[id];
				return current ? { ...documents, calls: { ...documents.calls, [id]: { ...current, removed: true, at } } } : documents;
			});
		},
		/** A new 決議執行通知單, numbered after every notice the meeting ever had (numbers are never reused). */
		addResolution(meetingId: string, resolution: ResolutionInput): string {
			const id = newId('res');
			change(meetingId, (documents, at) => {
				const number = Math.max(0, ...Object.values(documents.resolutions).map((r) => r.number)) + 1;
				return { ...documents, resolutions: { ...documents.resolutions, [id]: { ...resolution, number, at, removed: false } } };
			});
			return id;
		},
		updateResolution(meetingId: string, id: string, resolution: Partial<ResolutionInput>) {
			change(meetingId, (documents, at) => {
				const current = documents.resolutions[id];
				return current ? { ...documents, resolutions: { ...documents.resolutions, [id]: { ...current, ...resolution, at } } } : documents;
			});
		},
		removeResolution(meetingId: string, id: string) {
			change(meetingId, (documents, at) => {
				const current = documents.resolutions[id];
				return current ? { ...documents, resolutions: { ...documents.resolutions, [id]: { ...current, removed: true, at } } } : documents;
			});
		},
		/** Drops a meeting's documents (the meeting is gone for good); every tab drops them. */
		dropMeeting(meetingId: string) {
			$documents.update((state) => withoutMeetingDocuments(state, meetingId, now()));
		},
		/** For the meeting export: the meeting's documents, or undefined when nothing was typed. */
		exportFor(meetingId: string): MeetingDocuments | undefined {
			const documents = $documents.get().meetings[meetingId];
			return documents &&
				Object.keys(documents.fields).length + Object.keys(documents.calls).length + Object.keys(documents.resolutions).length > 0
				? documents
				: undefined;
		},
	};
}

export const documentsStore = createDocumentsStore();
export const $documents = documentsStore.$documents;
