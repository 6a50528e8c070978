/*
 * A download's file name from user text (a meeting name): characters that
 * Windows, macOS or Android refuse in a file name become `_`, runs of spaces
 * collapse, and the name stays short enough for every file system.
 */

// eslint-disable-next-line no-control-regex -- control characters are among what it replaces
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_CHARS = 80;

/** Joins the non-empty parts with `_` and appends `.${extension}`. */
export function downloadFileName(parts: readonly string[], extension: string): string {
	const stem = parts
		.map((part) => part.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim())
		.filter((part) => part !== '')
		.join('_');
	// Windows drops trailing dots and spaces; a name made only of them would vanish.
	const safe = [...stem]
		.slice(0, MAX_CHARS)
		.join('')
		.replace(/[. ]+$/, '')
		.replace(/^\.+/, '');
	return `${safe || 'download'}.${extension}`;
}
