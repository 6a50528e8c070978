import { useEffect, useState } from 'preact/hooks';
import { formatMessage } from '~/i18n/format';
import type { PrivacyMessages } from '~/i18n/messages/privacy';
import { eraseSiteData, exportSiteData, storedSiteData, type StoredItem } from '~/stores/siteData';
import { ConfirmNotice } from './ConfirmNotice';
import { downloadText } from './download';

export interface SiteDataControlsProps {
	messages: PrivacyMessages;
}

type Listing = StoredItem[] | 'unavailable' | null;
type EraseStage = 'idle' | 'confirm' | { erased: number };

/** Today in the reader's calendar, for the file name (`2026-05-01`). */
function localDate(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * 資料與隱私: what the site keeps in this browser, a button that downloads
 * all of it as JSON, and one that erases all of it (after a confirmation).
 * Storage is only touched through src/stores/siteData.ts.
 */
export default function SiteDataControls({ messages }: SiteDataControlsProps) {
	const [listing, setListing] = useState<Listing>(null);
	const [stage, setStage] = useState<EraseStage>('idle');
	const refresh = () => {
		const result = storedSiteData();
		setListing(result.ok ? result.value : 'unavailable');
	};
	useEffect(() => {
		refresh();
		// Another tab may tick or erase meanwhile; the list follows.
		window.addEventListener('storage', refresh);
		return () => window.removeEventListener('storage', refresh);
	}, []);

	const ready = listing !== null && listing !== 'unavailable';

	const download = () => {
		const result = exportSiteData(new Date().toISOString());
		if (!result.ok) return setListing('unavailable');
		downloadText(formatMessage(messages['export-file'], { date: localDate() }), JSON.stringify(result.value, null, 2));
	};

	const erase = () => {
		const result = eraseSiteData();
		if (!result.ok) return setListing('unavailable');
		setStage({ erased: result.value.length });
		refresh();
	};

	return (
		<div class="site-data not-content" data-site-data data-hydrated={listing === null ? undefined : ''} data-pagefind-ignore>
			<p class="site-data-title">{messages['stored-title']}</p>
			{listing === null && <p>{messages['stored-loading']}</p>}
			{listing === 'unavailable' && (
				<p class="site-data-unavailable huiwu-notice" role="alert">
					{messages.unavailable}
				</p>
			)}
			{ready && listing.length === 0 && <p data-site-data-empty>{messages['stored-none']}</p>}
			{ready && listing.length > 0 && (
				<ul class="site-data-list">
					{listing.map((item) => (
						<li key={item.key} data-key={item.key}>
							<code>{item.key}</code>{' '}
							<span class="site-data-size">{formatMessage(messages['stored-size'], { size: (item.bytes / 1024).toFixed(1) })}</span>
						</li>
					))}
				</ul>
			)}
			<p>
				<button type="button" disabled={!ready} onClick={download}>
					{messages.export}
				</button>{' '}
				<span class="site-data-hint">{messages['export-hint']}</span>
			</p>
			<p>
				<button type="button" disabled={!ready || stage === 'confirm'} onClick={() => setStage('confirm')}>
					{messages.erase}
				</button>{' '}
				<span class="site-data-hint">{messages['erase-hint']}</span>
			</p>
			{stage === 'confirm' && (
				<ConfirmNotice
					class="site-data-confirm"
					question={messages['erase-confirm']}
					yes={messages['erase-yes']}
					no={messages['erase-no']}
					onYes={erase}
					onNo={() => setStage('idle')}
				/>
			)}
			{typeof stage === 'object' && (
				<p class="site-data-erased huiwu-notice" role="status">
					{formatMessage(messages.erased, { count: stage.erased })}
				</p>
			)}
		</div>
	);
}
