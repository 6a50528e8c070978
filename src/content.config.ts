import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { standardIdSchema, standardSchema } from './schemas/standard';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// `standard` marks a page as one of the five standards (summary card, print footer).
		schema: docsSchema({ extend: z.object({ standard: standardIdSchema.optional() }) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	standards: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/standards' }),
		schema: standardSchema,
	}),
};
