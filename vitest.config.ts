import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
	'stores/meetings',
	'stores/training',
].map((name) => `tests/unit/${name}.test.ts`);

const unitProject = (name: string, tz: string, include: string[]) => ({
	extends: true as const,
	test: {
		name,
		include,
		environment: 'node',
		env: { TZ: tz },
	},
});

export default defineConfig({
	// The site's `~/` imports (tsconfig paths), for islands rendered in component tests.
	resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
	test: {
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
		projects: [
			unitProject('unit-shanghai', 'Asia/Shanghai', ['tests/unit/**/*.test.ts']),
			unitProject('unit-los-angeles', 'America/Los_Angeles', dateTests),
			{
				// Islands rendered into happy-dom: behaviour that needs no real browser.
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.tsx'],
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
					// One browser at a time: on a 2-core machine two workers starve each
					// other and timing-sensitive islands flake; CI time allows it.
					maxWorkers: 1,
				},
			},
		],
	},
});
