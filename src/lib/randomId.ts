/**
 * A random id, `<prefix>-` and 16 lowercase base-36 characters, for what a person
 * creates in the browser (meetings, seat plans, quiz attempts). From
 * `crypto.getRandomValues`, which also works on plain-http intranet pages, where
 * `crypto.randomUUID` (secure contexts only) does not exist.
 */
export function randomId(prefix: string): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return `${prefix}-${Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('')}`;
}
