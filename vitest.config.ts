import { defineConfig } from 'vitest/config';

// Unit tests run twice, in two time zones far apart: date logic must not
// depend on the runtime's zone (ARCHITECTURE.md, "Dates are wall-clock strings").
const unitProject = (name: string, tz: string) => ({
	extends: true as const,
	test: {
		name,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		env: { TZ: tz },
	},
});

export default defineConfig({
	test: {
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
		projects: [
			unitProject('unit-shanghai', 'Asia/Shanghai'),
			unitProject('unit-los-angeles', 'America/Los_Angeles'),
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
