/*
 * The calculator's inputs as a query string (?start=…&end=…&session=…&off=…), so a
 * copied link reproduces the same timeline. The meeting's name is never written
 * into it: a URL ends up in history, server logs and Referer headers, so names
 * stay out of URLs (as in the seat tool). Values are kept as typed: checking
 * them is meetingDeadlines' job, and a bad value must reach the page to be shown.
 */

export interface DeadlineQuery {
	/** `YYYY-MM-DDTHH:mm`, or whatever the link carried: the first (or only) session */
	start: string;
	end: string;
	/** the sessions after the first, in the link's order (`session=<start>~<end>`, repeated) */
	more: { start: string; end: string }[];
	/** the meeting's name, for the calendar file and the copied text; read from old links, never written */
	name: string;
	/** standards switched off, by id, sorted */
	off: string[];
}

export const emptyDeadlineQuery: DeadlineQuery = { start: '', end: '', more: [], name: '', off: [] };

/** At most this many sessions are read from a link (a week, two a day). */
const MAX_LINK_SESSIONS = 14;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `location.search` (with or without `?`); unknown parameters are ignored. */
export function parseDeadlineQuery(search: string): DeadlineQuery {
	const params = new URLSearchParams(search);
	const off = (params.get('off') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => ID.test(id));
	const more = params
		.getAll('session')
		.slice(0, MAX_LINK_SESSIONS - 1)
		.map((value) => {
			const [start = '', end = ''] = value.split('~');
			return { start: start.trim(), end: end.trim() };
		});
	return {
		start: params.get('start')?.trim() ?? '',
		end: params.get('end')?.trim() ?? '',
		more,
		name: params.get('name') ?? '',
		off: [...new Set(off)].sort(),
	};
}

/** The query string for `query`, `''` when nothing is set; empty values are left out. */
export function formatDeadlineQuery(query: DeadlineQuery): string {
	const params = new URLSearchParams();
	if (query.start) params.set('start', query.start);
	if (query.end) params.set('end', query.end);
	for (const session of query.more) params.append('session', `${session.start}~${session.end}`);
	if (query.off.length > 0) params.set('off', [...new Set(query.off)].sort().join(','));
	const text = params.toString();
	// `:` and `,` are legal in a query; leaving them readable keeps shared links legible.
	return text ? `?${text.replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%7E/gi, '~')}` : '';
}
