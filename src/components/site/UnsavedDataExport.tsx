import { downloadFileName } from '~/lib/fileName';
import { unsavedSiteData } from '~/stores/siteData';
import { downloadText } from './download';

export interface UnsavedDataExportProps {
	label: string;
	/** Start of the file's name; the date is appended. */
	fileStem: string;
}

/**
 * Saves what this page holds but the browser's storage refused (full or
 * blocked) as a file, in the format of the 資料與隱私 page's export: the one
 * way to keep such changes once the page is closed.
 */
export default function UnsavedDataExport({ label, fileStem }: UnsavedDataExportProps) {
	return (
		<button
			type="button"
			data-export-unsaved
			onClick={() => {
				const exportedAt = new Date().toISOString();
				downloadText(downloadFileName([fileStem, exportedAt.slice(0, 10)], 'json'), JSON.stringify(unsavedSiteData(exportedAt), null, 2));
			}}
		>
			{label}
		</button>
	);
}
