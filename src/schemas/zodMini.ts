import * as z from 'zod/mini';

/**
 * The zod of the schemas that run in the browser: stored data (src/stores) and
 * import files. Zod Mini checks the same way as zod but lets the bundler keep
 * only what a schema uses (about 8 KB gzip instead of 25 KB on every tool page,
 * issue #10's budget). Build-time content schemas keep full zod (./zod.ts); the
 * two interoperate, so a content schema may embed one of these.
 *
 * Configured jitless, as ./zod.ts explains: the site's Content-Security-Policy
 * has no 'unsafe-eval'. The setting is zod's global one; each entry point sets
 * it before its first schema is built.
 */
z.config({ jitless: true });

export { z };
