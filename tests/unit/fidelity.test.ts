import { describe, expect, it } from 'vitest';
import { firstMissingSentence, normalize, sourceSentences } from '../support/fidelity';
import { sourceDocuments } from '../support/sourceText';

// The e2e fidelity test is only as good as this matcher: prove it catches loss.
describe('reading the source', () => {
	const docs = sourceDocuments();

	it('finds the five documents', () => {
		expect(docs).toHaveLength(5);
		expect(docs.map((d) => d[0]!.slice(0, 3))).toEqual(['第一篇', '第二篇', '第三篇', '第四篇', '第五篇']);
	});

	it('joins sentences broken by wrapping', () => {
		expect(docs[0]!.join('\n')).toContain('提供有力后勤保障');
		expect(docs[0]!.join('\n')).toContain('確保每次接待工作有條不紊');
	});

	it('treats each step of a flow as its own sentence, without the title colon', () => {
		const sentences = sourceSentences(docs[2]!);
		expect(sentences).toContain('1.黨代會流程擬定會議籌備方案');
		expect(sentences).toContain('會議預備通知');
	});
});

describe('matching a page against the source', () => {
	const sentences = sourceSentences(sourceDocuments()[1]!);
	const faithful = sentences.join('\n');

	it('accepts the text itself, with whitespace and extra text around it', () => {
		expect(firstMissingSentence(sentences, `標題 ${faithful} 頁尾`)).toBeNull();
	});

	it('fails when one character of one sentence is dropped', () => {
		const target = sentences[40]!;
		const damaged = faithful.replace(target, target.slice(0, 5) + target.slice(6));
		expect(firstMissingSentence(sentences, damaged)).toBe(target);
	});

	it('fails when one character is changed', () => {
		const damaged = faithful.replace('提前2小時調試', '提前3小時調試');
		expect(firstMissingSentence(sentences, damaged)).toContain('提前2小時調試');
	});

	it('fails when two sentences swap places', () => {
		const [a, b] = [sentences[10]!, sentences[11]!];
		const swapped = faithful.replace(`${a}\n${b}`, `${b}\n${a}`);
		expect(firstMissingSentence(sentences, swapped)).not.toBeNull();
	});

	it('normalises only whitespace and flow separators', () => {
		expect(normalize(' 會議通知——會議室準備\n(冬夏季)')).toBe('會議通知會議室準備(冬夏季)');
	});
});
