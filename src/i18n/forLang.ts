import { isSimplified } from './lang';
import { simplifyDeep } from './simplified';

/**
 * Text for one edition: data and dictionaries are written in Traditional and
 * converted here, at build time, for the 简体 pages. Server-side only (Astro
 * frontmatter): importing it into an island would ship the converter.
 */
export function forLang<T>(value: T, lang: string | undefined): T {
	return isSimplified(lang) ? simplifyDeep(value) : value;
}
