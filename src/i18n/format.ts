/** Fills `{name}` placeholders of a message with its parameters. */
export function formatMessage(template: string, params: Readonly<Record<string, string | number | undefined>> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
}

/** A wall-clock date-time as people read it: `2026-03-05T09:07` → `2026-03-05 09:07`. */
export function wallClockText(wallClock: string): string {
	return wallClock.replace('T', ' ');
}
