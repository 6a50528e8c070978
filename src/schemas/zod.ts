import { z } from 'astro/zod';

/**
 * The zod every schema uses. Zod speeds up object parsing by compiling code
 * with `new Function`, probing whether it may when a schema is created. The
 * site's Content-Security-Policy has no 'unsafe-eval', so in the browser that
 * probe is refused and reported as a violation. Configured here, before any
 * schema module builds a schema (it imports this module first), zod parses
 * without compiled code: as correct, and fast enough for what a page stores.
 * A lint rule (eslint.config.js) keeps other modules from importing zod or 'astro/zod' directly.
 */
z.config({ jitless: true });

export { z };
