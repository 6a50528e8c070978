import { useStore } from '@nanostores/preact';
import type { storageMessages } from '~/i18n/messages/storage';
import { discardStored, isDiscardable, storageNotices } from '~/stores/storageStatus';

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
	const notices = useStore(storageNotices).filter(
		(notice, index, all) => isDiscardable(notice) || all.findIndex((other) => other.code === notice.code) === index,
	);
	if (notices.length === 0) return null;
	return (
		<div class="storage-notices not-content" role="alert" data-pagefind-ignore>
			{notices.map((notice) => (
				<p class="storage-notice huiwu-notice" data-storage-notice={notice.code} key={notice.key}>
					<span>{messages[notice.code as keyof typeof messages] ?? notice.code}</span>{' '}
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
