import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz';
import { forLang } from '../../src/i18n/forLang';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { quizSetIds } from '../../src/schemas/quizHistory';
import { forgetAllStores } from '../../src/stores/storageEngine';
import { questionBank } from '../support/quizBank';
import { traditionalIn } from '../support/traditional';
import { standardNamesFromContent } from './support/content';
import { answer, check, currentQuestionId, next, questionCard } from './support/quiz';

// Moved from tests/e2e/simplified.test.ts: every quiz in 简体, each question answered wrong,
// in every state (question, feedback, result). The island gets what Quiz.astro gives it on a
// /zh-cn/ page: the bank, the standards' names and the messages through forLang(…, 'zh-CN').
// The browser still walks one quiz on the built 简体 page (tests/e2e/simplified.test.ts).
const bank = forLang(questionBank(), 'zh-CN');
const byId = new Map(bank.map((question) => [question.id, question]));
const standards = forLang(standardNamesFromContent(), 'zh-CN');
const m = forLang(quizMessages, 'zh-CN');

afterEach(() => {
	cleanup();
	localStorage.clear();
	forgetAllStores();
	history.replaceState(null, '', '/');
});

/** The island's text and labelling attributes, as tests/e2e/support/edition.ts reads a page's. */
function islandText(root: Element): string {
	const labels = [root, ...root.querySelectorAll('*')].flatMap((node) =>
		['aria-label', 'title', 'placeholder', 'alt'].map((name) => node.getAttribute(name) ?? ''),
	);
	return [root.textContent ?? '', ...labels].join('\n');
}

/** Links of the island that leave the 简体 edition (a bare `?set=` stays on the page). */
const linksOut = (root: Element) =>
	[...root.querySelectorAll('a[href]')]
		.map((a) => new URL(a.getAttribute('href')!, location.href).pathname)
		.filter((path) => !path.startsWith('/zh-cn/'));

describe('on a 简体 page, the quiz speaks 简体 in every state', () => {
	it.each(quizSetIds)('the %s quiz, every question answered wrong, with its feedback and result', (set) => {
		history.replaceState(null, '', `/zh-cn/training/quiz/?set=${set}&seed=zhcn`);
		const { container } = render(<Quiz bank={bank} standards={standards} messages={m} simplified={true} />);
		expect(traditionalIn(islandText(container))).toEqual([]);
		let asked = 0;
		while (questionCard()) {
			const id = currentQuestionId();
			answer(byId.get(id)!, m, true);
			expect(check(m)).not.toBe('correct');
			expect(traditionalIn(islandText(container)), id).toEqual([]);
			expect(linksOut(container), id).toEqual([]);
			next(m);
			asked++;
		}
		expect(asked).toBeGreaterThanOrEqual(10);
		expect(container.querySelector('.quiz-result')).not.toBeNull();
		expect(traditionalIn(islandText(container))).toEqual([]);
		expect(linksOut(container)).toEqual([]);
	});
});
