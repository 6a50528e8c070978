import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { questionBankLoader } from './loaders/questionBankLoader';
import { calendarYearSchema } from './schemas/calendar';
import { confusionSchema } from './schemas/confusion';
import { flowSchema } from './schemas/flow';
import { authoredQuestionSchema } from './schemas/quiz';
import { ruleSchema } from './schemas/rule';
import { standardIdSchema, standardSchema } from './schemas/standard';

// Every datum in content/ is validated here at build time: a typo in a flow,
// rule, question or holiday file fails the build instead of reaching a reader.
export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// `standard` marks a page as one of the five standards (summary card, print footer).
		schema: docsSchema({ extend: z.object({ standard: z.optional(standardIdSchema) }) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	standards: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/standards' }),
		schema: standardSchema,
	}),
	flows: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/flows' }),
		schema: flowSchema,
	}),
	rules: defineCollection({
		loader: glob({ pattern: '*.json', base: './content/rules' }),
		schema: ruleSchema,
	}),
	confusions: defineCollection({
		loader: file('./content/confusions.yaml'),
		schema: confusionSchema,
	}),
	calendar: defineCollection({
		loader: glob({ pattern: '*.json', base: './content/calendar' }),
		schema: calendarYearSchema,
	}),
	quiz: defineCollection({
		loader: questionBankLoader('./content/quiz'),
		schema: authoredQuestionSchema,
	}),
};
