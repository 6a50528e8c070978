import type { RuleInput } from '~/schemas/rule';

/*
 * The timed rules as the deadline computation takes them: one file per rule in
 * content/rules/ (adding content/rules/<id>.json adds a deadline), sorted by id.
 * Bundled as plain JSON because the deadline calculator and the meetings workspace
 * compute in the browser; the same files are validated against `ruleSchema` by the
 * `rules` collection at every build (src/content.config.ts) and by tests/unit/rules.test.ts.
 */
const ruleFiles = import.meta.glob<RuleInput>('../../content/rules/*.json', { eager: true, import: 'default' });

export const deadlineRules: readonly RuleInput[] = Object.values(ruleFiles).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
