import { z } from './zod';
import { clauseAnchorSchema, stableIdSchema } from './ids';
import { standardIdSchema } from './standard';

/** A term a newcomer misreads (content/glossary.yaml), with the clause where it stands. */
export const glossaryEntrySchema = z.strictObject({
	id: stableIdSchema,
	term: z.string().min(1),
	standard: standardIdSchema,
	anchor: clauseAnchorSchema,
	/** What the word means there, in plain words (Traditional). */
	meaning: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
