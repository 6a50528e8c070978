import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Unit tests run in Shanghai; the date-related ones run again in Los Angeles,
// a zone far away: date logic must not depend on the runtime's zone
// (ARCHITECTURE.md, "Dates are wall-clock strings"). Logic without dates
// gains nothing from a second run.
const dateTests = [
	'calendar',
	'deadlineQuery',
	'deadlineText',
	'deadlines',
	'dueBadge',
	'fileName',
	'ics',
	'meetingExport',
	'ruleTiming',
	'stepDue',
	'timeline',
	'timezone',
	'trainingRecord',
	'wallClock',
	'workdays',
	'workCalendar',
	'localCalendar',
	'stores/meetings',
	'stores/training',
].map((name) => `tests/unit/${name}.test.ts`);

// Unit and component files share their worker's modules (`isolate: false`): they test pure
// modules, and stores set up per test, so a fresh module graph per file only cost time
// (32 s → 17 s for the three projects; they pass in shuffled order too).
const unitProject = (name: string, tz: string, include: string[]) => ({
	extends: true as const,
	test: {
		name,
		include,
		isolate: false,
		environment: 'node',
		env: { TZ: tz },
	},
});

/**
 * Vitest runs the longest files first when it knows their durations from an earlier run,
 * and the largest first when it does not (a fresh clone, CI). The crawl files are the
 * longest but among the smallest, so a fresh run started them last and ended with one
 * worker crawling while the other had nothing left (40 s of a 274 s run). They go first.
 */
class CrawlFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const crawl = (file: TestSpecification) => /\/tests\/e2e\/crawl\w*\.test\.ts$/.test(file.moduleId);
		return [...sorted.filter(crawl), ...sorted.filter((file) => !crawl(file))];
	}
}

export default defineConfig({
	// The site's `~/` imports (tsconfig paths), for islands rendered in component tests.
	resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
	test: {
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
		sequence: { sequencer: CrawlFirst },
		// Vitest's default is one worker fewer than the cores: one, on these 2-core machines,
		// so the hundred unit files ran one after another (50 s for 13 s of tests). One number
		// for every project: Vitest refuses projects of one run with different ones.
		// HUIWU_E2E_WORKERS tries another (the README records what was measured).
		maxWorkers: Number(process.env.HUIWU_E2E_WORKERS ?? 2),
		projects: [
			unitProject('unit-shanghai', 'Asia/Shanghai', ['tests/unit/**/*.test.ts']),
			unitProject('unit-los-angeles', 'America/Los_Angeles', dateTests),
			{
				// Islands rendered into happy-dom: behaviour that needs no real browser.
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.tsx'],
					isolate: false,
					environment: 'happy-dom',
					environmentOptions: { happyDOM: { url: 'http://localhost/' } },
					env: { TZ: 'Asia/Shanghai' },
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/support/globalSetup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// A cap on waiting for what the page will show, not a timing assertion:
					// on a busy machine a render can take seconds (vitest's default is 1 s).
					expect: { poll: { timeout: 15_000 } },
					// One module graph per worker, as in the unit projects: each file imported
					// playwright-core and the support modules afresh, 8 % of the e2e CPU time
					// (474 → 438 CPU-s, 258 → 238 s). What support modules keep at module level is
					// meant to outlive a file (the worker's connection and its tab pool, whose tabs
					// come back wiped), set again by each file's beforeAll (the crawl's servers)
					// or read-only (the source text).
					isolate: false,
					// Two files at a time (the root's maxWorkers), each with its own contexts in
					// the one shared Chromium: the waits of one (page loads, idle callbacks)
					// overlap the work of the other. The tests wait for elements and hydration
					// marks, never for time, so a busy machine slows them but does not flake them.
				},
			},
		],
	},
});
