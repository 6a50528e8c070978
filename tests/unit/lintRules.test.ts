import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/projectFiles';

/**
 * The project's boundaries are lint rules (eslint.config.js), and `npm test`
 * runs the linter over the tree. These tests prove each rule fires on the case
 * it exists for, and stays quiet where the code is allowed: a rule whose
 * selector matched nothing would pass the tree silently.
 */
const eslint = new ESLint({ cwd: projectRoot });

// The first run loads the config and its plugins; a lint takes a second or so on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'src/lib/warmUp.ts' }), 60_000);
const lintTimeout = 30_000;

/** The rules that fire on `code`, were it the file at `filePath` (root-relative). */
async function firedRules(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	const messages = result?.messages ?? [];
	// A parse error would make every expectation below about nothing.
	expect(messages.filter((message) => message.fatal)).toEqual([]);
	return messages.map((message) => message.ruleId ?? '');
}

// Each sink, as a component or store could write it.
const htmlSinks: [name: string, code: string, filePath: string][] = [
	['innerHTML', 'export const show = (el: HTMLElement, name: string) => { el.innerHTML = name; };', 'src/components/Bad.ts'],
	['innerHTML (computed)', "export const show = (el: HTMLElement, name: string) => { el['innerHTML'] = name; };", 'src/lib/bad.ts'],
	['outerHTML =', 'export const show = (el: HTMLElement, name: string) => { el.outerHTML = name; };', 'src/components/Bad.ts'],
	[
		'insertAdjacentHTML',
		"export const show = (el: HTMLElement, name: string) => el.insertAdjacentHTML('beforeend', name);",
		'src/components/Bad.ts',
	],
	['document.write', 'export const show = (name: string) => document.write(name);', 'src/scripts/bad.ts'],
	[
		'createContextualFragment',
		'export const show = (range: Range, name: string) => range.createContextualFragment(name);',
		'src/components/Bad.ts',
	],
	['DOMParser', "export const parse = (name: string) => new DOMParser().parseFromString(name, 'text/html');", 'src/lib/bad.ts'],
	[
		'dangerouslySetInnerHTML (JSX)',
		'export const Note = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;',
		'src/components/Bad.tsx',
	],
	[
		'dangerouslySetInnerHTML (h)',
		"import { h } from 'preact';\nexport const Note = ({ text }: { text: string }) => h('p', { dangerouslySetInnerHTML: { __html: text } });",
		'src/components/Bad.ts',
	],
	['set:html', '---\nconst { text } = Astro.props;\n---\n<p set:html={text} />\n', 'src/components/Bad.astro'],
	[
		'innerHTML in an .astro script',
		'<p id="x"></p>\n<script>\n\tdocument.getElementById(\'x\')!.innerHTML = location.hash;\n</script>\n',
		'src/components/Bad.astro',
	],
];

describe('no HTML sinks under src/ (no-restricted-syntax)', { timeout: lintTimeout }, () => {
	it.each(htmlSinks)('%s is refused', async (_name, code, filePath) => {
		expect(await firedRules(code, filePath)).toContain('no-restricted-syntax');
	});

	it('text is fine: textContent, JSX children, set:text', async () => {
		expect(
			await firedRules('export const show = (el: HTMLElement, name: string) => { el.textContent = name; };', 'src/components/Good.ts'),
		).toEqual([]);
		expect(await firedRules('export const Note = ({ text }: { text: string }) => <p>{text}</p>;', 'src/components/Good.tsx')).toEqual([]);
		expect(await firedRules('---\nconst { text } = Astro.props;\n---\n<p set:text={text} />\n', 'src/components/Good.astro')).toEqual([]);
	});
});

describe('browser storage only in src/stores', { timeout: lintTimeout }, () => {
	const direct = "export const read = () => localStorage.getItem('huiwu:v1:x');";
	const viaWindow = "export const clear = () => window.sessionStorage.removeItem('x');";
	const persistent = "import { persistentAtom } from '@nanostores/persistent';\nexport const $x = persistentAtom('x', '');";

	it('is refused elsewhere: localStorage, window.sessionStorage, @nanostores/persistent', async () => {
		expect(await firedRules(direct, 'src/components/Bad.tsx')).toContain('no-restricted-syntax');
		expect(await firedRules(viaWindow, 'src/lib/bad.ts')).toContain('no-restricted-syntax');
		expect(await firedRules(persistent, 'src/components/bad.ts')).toContain('@typescript-eslint/no-restricted-imports');
		expect(await firedRules(`<script>\n\t${direct}\n</script>\n`, 'src/components/Bad.astro')).toContain('no-restricted-syntax');
	});

	it('is allowed in src/stores', async () => {
		expect(await firedRules(direct, 'src/stores/good.ts')).toEqual([]);
		expect(await firedRules(viaWindow, 'src/stores/good.ts')).toEqual([]);
		expect(await firedRules(persistent, 'src/stores/good.ts')).toEqual([]);
	});
});

describe('zod only through src/schemas/zod.ts and zodMini.ts', { timeout: lintTimeout }, () => {
	const fullZod = "import { z } from 'zod';\nexport const name = z.string();";
	const astroZod = "import { z } from 'astro/zod';\nexport const name = z.string();";
	const mini = "import * as z from 'zod/mini';\nexport const name = z.string();";

	it('a value import of zod, astro/zod or zod/mini is refused elsewhere', async () => {
		for (const code of [fullZod, astroZod, mini]) {
			expect(await firedRules(code, 'src/schemas/bad.ts')).toContain('@typescript-eslint/no-restricted-imports');
		}
		expect(await firedRules(fullZod, 'src/stores/bad.ts')).toContain('@typescript-eslint/no-restricted-imports');
	});

	it("'import type' is fine, and so are the two modules that configure zod", async () => {
		expect(await firedRules("import type { z } from 'zod';\nexport type Name = z.infer<z.ZodString>;", 'src/lib/good.ts')).toEqual([]);
		expect(await firedRules(fullZod, 'src/schemas/zod.ts')).toEqual([]);
		expect(await firedRules(mini, 'src/schemas/zodMini.ts')).toEqual([]);
	});
});
