import { e2eBuild, ensureBuilds, rootBuild } from './builds.ts';
import { cachedStarlightBaseline } from './starlightBaseline.ts';

/**
 * What the tests run against: the /huiwu/ build the browser tests load, the root build whose
 * HTML is scanned, and the Starlight baseline of the byte budgets. Each is made only when
 * stale or missing, all at the same time: one build alone leaves a core mostly idle.
 * `npm test` calls this before vitest, the e2e setup again when vitest runs by itself.
 */
export async function ensureTestInputs(root: string): Promise<void> {
	await Promise.all([ensureBuilds(root, [e2eBuild, rootBuild]), cachedStarlightBaseline(root)]);
}
