/** Fills `{name}` placeholders of a message with its parameters. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

/** A wall-clock date-time as people read it: `2026-03-05T09:07` → `2026-03-05 09:07`. */
export function wallClockText(wallClock: string): string {
	return wallClock.replace('T', ' ');
}
