/** Fills `{name}` placeholders of a message with its parameters. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}
