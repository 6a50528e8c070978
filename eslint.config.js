// @ts-check
/**
 * ESLint: typescript-eslint, eslint-plugin-astro, the hooks rules (Preact's
 * hooks follow React's rules), and the project's own boundaries as rules:
 * no HTML sinks, storage only in src/stores, no full zod in browser code.
 * tests/unit/lintRules.test.ts proves each boundary rule fires on a bad snippet.
 * Formatting is Prettier's job (.prettierrc), not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * User text (meeting names and notes, seat names, imported files, quiz answers)
 * is rendered as text, never parsed as HTML. A sink that is truly needed gets an
 * `eslint-disable-next-line no-restricted-syntax -- <why>` on its line, and stays reviewed.
 */
const htmlSinks = [
	['innerHTML', 'parses a string as HTML'],
	['insertAdjacentHTML', 'parses a string as HTML'],
	['createContextualFragment', 'parses a string as HTML'],
].map(([name, why]) => ({
	selector: `MemberExpression:matches([property.name='${name}'], [property.value='${name}'])`,
	message: `${name} ${why}: render user text as text (textContent, JSX children).`,
}));
htmlSinks.push(
	{
		selector: "AssignmentExpression > MemberExpression.left:matches([property.name='outerHTML'], [property.value='outerHTML'])",
		message: 'Assigning outerHTML parses a string as HTML: render user text as text.',
	},
	{
		selector: "MemberExpression[object.name='document']:matches([property.name='write'], [property.name='writeln'])",
		message: 'document.write parses a string as HTML: render user text as text.',
	},
	{
		selector: "Identifier[name='DOMParser']",
		message: 'DOMParser parses a string as HTML: render user text as text.',
	},
	{
		selector: ":matches(JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML'])",
		message: 'dangerouslySetInnerHTML parses a string as HTML: render user text as JSX children.',
	},
	{
		selector: "JSXAttribute[name.namespace.name='set'][name.name.name='html']",
		message: 'set:html inserts a string as HTML: use set:text or plain {expressions}.',
	},
);

/** ARCHITECTURE.md: src/stores is the only code that touches browser storage (versioned, schema-checked). */
const storageAccess = [
	{
		selector: 'Identifier[name=/^(localStorage|sessionStorage|indexedDB)$/]',
		message: 'Browser storage is touched only in src/stores (versioned envelope, schema check): use a store.',
	},
];
const persistentImport = {
	name: '@nanostores/persistent',
	message: 'Browser storage is touched only in src/stores: use a store.',
};

/**
 * zod must be configured `jitless` before a schema is built (the CSP forbids eval),
 * which src/schemas/zod.ts and zodMini.ts do; everything else imports from them.
 * (That browser code never reaches full zod through other modules is a transitive
 * property lint cannot see: tests/unit/zodImports.test.ts checks it.)
 */
const zodMessage = 'Import zod through src/schemas/zod.ts (build time) or src/schemas/zodMini.ts (browser), which configure it jitless.';
const zodImports = {
	paths: [
		{ name: 'zod', message: zodMessage, allowTypeImports: true },
		{ name: 'astro/zod', message: zodMessage, allowTypeImports: true },
	],
	patterns: [{ group: ['zod/*'], message: zodMessage, allowTypeImports: true }],
};
const zodModules = ['src/schemas/zod.ts', 'src/schemas/zodMini.ts', 'src/content.config.ts'];

// Files in src/ as ESLint sees them, the scripts inside .astro files included (`x.astro/1_1.ts`).
const source = ['src/**/*.{ts,tsx,js,mjs,astro}', 'src/**/*.astro/*.{ts,js}'];
const stores = ['src/stores/**/*.{ts,tsx}', 'src/stores/**/*.astro/*.{ts,js}'];

export default tseslint.config(
	{
		ignores: ['dist/', 'dist-*/', '.astro/', '.cache/', 'reports/', 'bench/tmp/', 'test-results/', 'src/content/docs/zh-cn/', 'public/'],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		files: ['**/*.tsx'],
		plugins: { 'react-hooks': reactHooks },
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	{
		languageOptions: { globals: { ...globals.node } },
	},
	{
		files: ['src/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		rules: {
			// Chinese text pads with the ideographic space (U+3000) on purpose: in comments and strings it is content.
			'no-irregular-whitespace': [
				'error',
				{ skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true, skipJSXText: true },
			],
			// `_`-prefixed names are deliberately unused (destructuring a field away, a required parameter).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		files: source,
		rules: {
			'no-restricted-syntax': ['error', ...htmlSinks, ...storageAccess],
			'@typescript-eslint/no-restricted-imports': ['error', { ...zodImports, paths: [...zodImports.paths, persistentImport] }],
		},
	},
	{
		files: stores,
		rules: {
			'no-restricted-syntax': ['error', ...htmlSinks],
			'@typescript-eslint/no-restricted-imports': ['error', zodImports],
		},
	},
	{
		// Storage-safe copies of Starlight's theme components (issue #16): they keep Starlight's
		// own key `starlight-theme` and read it only inside try; their inline script runs before
		// any module, so it cannot use a store.
		files: [
			'src/components/site/overrides/Theme{Provider,Select}.astro',
			'src/components/site/overrides/Theme{Provider,Select}.astro/*.{ts,js}',
		],
		rules: {
			'no-restricted-syntax': ['error', ...htmlSinks],
		},
	},
	{
		files: zodModules,
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', { paths: [persistentImport] }],
		},
	},
);
