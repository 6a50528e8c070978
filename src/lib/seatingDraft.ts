// The seat preview's form, read: what the reader typed (number of people, seats
// per row, a pasted name list) becomes a layout for src/lib/seating.ts, or
// error codes per field. Nothing typed is changed or dropped here.

import { parseNameList, type ListedPerson, type NameListIssue } from './nameList';
import { rostrumOrder, rostrumRows, SeatingInputError, type Honour, type SeatingErrorCode } from './seating';

export interface SeatingDraft {
	countText: string;
	perRowText: string;
	namesText: string;
	honour: Honour;
}

export interface DraftFieldError {
	field: 'count' | 'per-row';
	code: SeatingErrorCode;
	params: Readonly<Record<string, string | number>>;
}

export interface DraftLayout {
	count: number;
	perRow: number;
	honour: Honour;
}

export interface ResolvedDraft {
	people: ListedPerson[];
	issues: NameListIssue[];
	/** True when a name list is given: the number of people is its length, not the count field. */
	countFromNames: boolean;
	/** Null while a field is invalid. */
	layout: DraftLayout | null;
	errors: DraftFieldError[];
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/**
 * A whole number as typed in a form, full-width digits (７) included; anything
 * else comes back as the trimmed text, for the error message to quote.
 */
export function parseWholeNumber(text: string): number | string {
	const trimmed = text.trim().replace(FULL_WIDTH_DIGIT, (digit) => String(digit.charCodeAt(0) - 0xff10));
	return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function fieldError(field: DraftFieldError['field'], check: () => unknown): DraftFieldError | null {
	try {
		check();
		return null;
	} catch (error) {
		if (error instanceof SeatingInputError) return { field, code: error.code, params: error.params };
		throw error;
	}
}

export function resolveSeatingDraft(draft: SeatingDraft): ResolvedDraft {
	const { people, issues } = parseNameList(draft.namesText);
	const countFromNames = people.length > 0;
	const count = countFromNames ? people.length : parseWholeNumber(draft.countText);
	const perRow = parseWholeNumber(draft.perRowText);
	// The checks of src/lib/seating.ts decide what is valid; their codes carry the message.
	const errors = [
		fieldError('count', () => rostrumOrder(count as number)),
		fieldError('per-row', () => rostrumRows(1, perRow as number)),
	].filter((error): error is DraftFieldError => error !== null);
	const layout = errors.length === 0 ? { count: count as number, perRow: perRow as number, honour: draft.honour } : null;
	return { people, issues, countFromNames, layout, errors };
}
