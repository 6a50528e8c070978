import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz';
import TrainingPath from '../../src/components/training/TrainingPath';
import { formatMessage } from '../../src/i18n/format';
import { quizMessages } from '../../src/i18n/messages/quiz';
import { trainingMessages as m } from '../../src/i18n/messages/training';
import { sitePath } from '../../src/lib/sitePaths';
import { OFFICE_PATHS, ROLE_PATHS } from '../../src/lib/trainingPaths';
import { forgetAllStores } from '../../src/stores/storageEngine';
import { questionBank } from '../support/quizBank';
import { standardNamesFromContent, trainingPathPropsFromContent } from './support/content';
import { answerRest } from './support/quiz';

// Moved from tests/e2e/training.test.ts ("paths by office and by role", one browser page per
// path): choosing a path, its order, time and duties, the locked mixed self-check and a pass
// of the path's first quiz are the islands' own logic. The e2e file keeps one pass over the
// paths on the built page (hydration, the wrapper's data) and following a quiz link there.
const { standards, paths } = trainingPathPropsFromContent();
const bank = questionBank();
const byId = new Map(bank.map((question) => [question.id, question]));

afterEach(() => {
	cleanup();
	localStorage.clear();
	forgetAllStores();
	history.replaceState(null, '', '/');
});

describe('paths by office and by role', () => {
	it.each([...OFFICE_PATHS.map((p) => p.id), ...ROLE_PATHS.map((p) => p.id)])(
		'%s: starts where it should, estimates its time, and takes its first quiz to a pass',
		(pathId) => {
			history.replaceState(null, '', '/training/');
			render(
				<TrainingPath standards={standards} paths={paths} messages={m} simplified={false}>
					<p>confusions</p>
				</TrainingPath>,
			);
			fireEvent.click(screen.getByRole('link', { name: m[`path-${pathId}`] }));
			const current = screen.getByTestId('training-path');
			expect(current.getAttribute('data-path')).toBe(pathId);
			expect(new URL(location.href).searchParams.get('path')).toBe(pathId);
			expect(current.textContent).toMatch(/約 \d+ 分鐘/);
			const order = [...document.querySelectorAll('.training-standards > li')].map((li) => li.getAttribute('data-standard'));
			expect(order).toHaveLength(5);
			expect(order.at(-1)).toBe('county-meetings'); // 第一篇: background, last
			const office = OFFICE_PATHS.find((p) => p.id === pathId);
			if (office) expect(order[0]).toBe(office.standards[0]);
			else expect(within(screen.getByRole('region', { name: m['role-duties'] })).getAllByRole('listitem').length).toBeGreaterThan(0);
			// The mixed self-check stays closed until the path's quizzes are passed.
			const mixed = document.querySelector('[data-standard="mixed"]') as HTMLElement;
			expect(mixed.getAttribute('data-unlocked')).toBe('false');
			expect(within(mixed).queryAllByRole('link')).toHaveLength(0);

			// The path's first quiz, all right: 合格.
			const first = standards.find((standard) => standard.id === order[0])!;
			const link = screen.getByRole('link', { name: formatMessage(m['quiz-link'], { part: first.part, title: first.title }) });
			expect(link.getAttribute('href')).toBe(sitePath(`training/quiz/?set=${first.id}`));
			cleanup();
			history.replaceState(null, '', `/training/quiz/?set=${first.id}`);
			render(<Quiz bank={bank} standards={standardNamesFromContent()} messages={quizMessages} simplified={false} />);
			expect(document.querySelector('.quiz-standard-badge')!.textContent).toContain('依');
			answerRest(byId, quizMessages);
			expect(screen.getByTestId('quiz-score').textContent).toContain('(100%)');
			expect(document.querySelector('.quiz-result-verdict')!.getAttribute('data-verdict')).toBe('pass');
		},
	);
});
