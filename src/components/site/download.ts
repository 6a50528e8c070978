/**
 * Saves text as a file through a Blob URL: same-origin, nothing is sent.
 * (Browser-only helper shared by islands that export files.)
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Saves bytes made in the page (e.g. a .docx) as a file. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers start reading the Blob only after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
