/**
 * Saves text as a file through a Blob URL: same-origin, nothing is sent.
 * (Browser-only helper shared by islands that export files.)
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name part from user text: keeps CJK and letters, drops what file systems refuse. */
export function fileNamePart(text: string): string {
	return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'meeting';
}
