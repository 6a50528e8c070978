import { readFileSync } from 'node:fs';

/**
 * The Cache-Control header deploy/nginx.conf gives a path under `base`, read from
 * its `map $uri $huiwu_cache_control` block: hashed files immutable for a year,
 * everything else revalidated. The test server sends the same, so a test's browser
 * keeps what a reader's browser keeps, and the two cannot drift apart.
 */
export function deployCachePolicy(
	base: string,
	config = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8'),
): (path: string) => string {
	const block = /map \$uri \$huiwu_cache_control \{([^}]*)\}/.exec(config)?.[1];
	if (!block) throw new Error('deploy/nginx.conf has no `map $uri $huiwu_cache_control` block');
	const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	let fallback: string | undefined;
	const rules: { pattern: RegExp; value: string }[] = [];
	for (const line of block.split('\n')) {
		const entry = /^\s*(\S+)\s+"([^"]*)";/.exec(line);
		if (!entry) continue;
		const [, key = '', value = ''] = entry;
		if (key === 'default') fallback = value;
		else if (key.startsWith('~')) rules.push({ pattern: new RegExp(key.slice(1).replaceAll('@BASE@', escapedBase)), value });
		else throw new Error(`deploy/nginx.conf: a cache rule the tests cannot read: ${line.trim()}`);
	}
	if (fallback === undefined || rules.length === 0) throw new Error('deploy/nginx.conf: the cache map lost its rules or its default');
	const policy = fallback;
	// nginx tries a map's regular expressions in order; the first that matches wins.
	return (path) => rules.find(({ pattern }) => pattern.test(path))?.value ?? policy;
}
