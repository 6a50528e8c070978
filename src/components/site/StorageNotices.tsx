import { useStore } from '@nanostores/preact';
import { formatMessage } from '~/i18n/format';
import type { storageMessages } from '~/i18n/messages/storage';
import { STORAGE_NAMESPACE } from '~/stores/storageEngine';
import { discardStored, isDiscardable, type StorageStatus, storageNotices } from '~/stores/storageStatus';
import UnsavedDataExport from './UnsavedDataExport';

export interface StorageNoticesProps {
	messages: Record<keyof typeof storageMessages, string>;
}

/**
 * The storage layer's notices, once per page: storage unavailable or full,
 * or stored data that cannot be read and is kept untouched until the reader
 * chooses to discard it.
 */
export default function StorageNotices({ messages }: StorageNoticesProps) {
	// Storage refused or full concerns every store at once (progress, meetings,
	// the remembered edition…): one notice per such code, not one per store.
	const all = useStore(storageNotices);
	// Full or refused storage: say which data only this page holds, and offer to keep it in a file.
	const unsavedNames = all
		.filter((notice) => notice.unsaved)
		.map((notice) => storeName(notice, messages))
		.join('、');
	const notices = all.filter(
		(notice, index, all) => isDiscardable(notice) || all.findIndex((other) => other.code === notice.code) === index,
	);
	if (notices.length === 0) return null;
	return (
		<div class="storage-notices not-content" role="alert" data-pagefind-ignore>
			{notices.map((notice) => (
				<p class="storage-notice huiwu-notice" data-storage-notice={notice.code} key={notice.key}>
					<span>{messages[notice.code as keyof typeof messages] ?? notice.code}</span>{' '}
					{!isDiscardable(notice) && unsavedNames && (
						<>
							<span data-unsaved-stores>{formatMessage(messages['unsaved-stores'], { stores: unsavedNames })}</span>{' '}
							<UnsavedDataExport label={messages['export-unsaved']} fileStem={messages['unsaved-file']} />
						</>
					)}
					{isDiscardable(notice) && (
						<button type="button" onClick={() => discardStored(notice.key)}>
							{notice.code === 'newer-version' ? messages['discard-newer'] : messages['discard-stored']}
						</button>
					)}
				</p>
			))}
		</div>
	);
}

function storeName(status: StorageStatus, messages: StorageNoticesProps['messages']): string {
	const name = status.key.startsWith(STORAGE_NAMESPACE) ? status.key.slice(STORAGE_NAMESPACE.length) : status.key;
	return messages[`store.${name}` as keyof typeof messages] ?? name;
}
