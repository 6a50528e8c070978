import { formatMessage } from '~/i18n/format';
import type { SeatingMessageCode } from '~/i18n/messages/seating';

/** The seating dictionary as the wrapper hands it over, already in the reader's edition. */
export type SeatingMessages = Readonly<Record<SeatingMessageCode, string>>;

/** A message of the dictionary with its `{param}` placeholders filled. */
export type Translate = (code: SeatingMessageCode, params?: Record<string, string | number>) => string;

export function translator(messages: SeatingMessages): Translate {
	return (code, params) => formatMessage(messages[code], params);
}
