import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildQuestionBank } from '../../src/lib/quizBank';
import type { QuizFlow, QuizTimingRule } from '../../src/lib/quizGenerators';
import { authoredQuestionSchema, type QuizQuestion } from '../../src/schemas/quiz';

/**
 * The question bank as the site builds it, read straight from content/: the tests know
 * each question's right answer from the data, not from the page they are checking.
 */
export function questionBank(root = process.cwd()): QuizQuestion[] {
	const dir = (name: string) => join(root, 'content', name);
	const files = (name: string, ext: string) =>
		readdirSync(dir(name))
			.filter((file) => file.endsWith(ext))
			.sort()
			.map((file) => readFileSync(join(dir(name), file), 'utf8'));
	const authored = files('quiz', '.yaml').flatMap((text) => (parse(text) as unknown[]).map((q) => authoredQuestionSchema.parse(q)));
	const flows = files('flows', '.yaml').map((text) => parse(text) as QuizFlow);
	const rules = files('rules', '.json').map((text) => JSON.parse(text) as QuizTimingRule);
	return buildQuestionBank({ authored, flows, rules });
}
