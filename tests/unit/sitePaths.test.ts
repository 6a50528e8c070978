import { afterEach, describe, expect, it, vi } from 'vitest';
import { editionPath, sitePath } from '../../src/lib/sitePaths';

afterEach(() => vi.unstubAllEnvs());

describe('editionPath: the same page in the other edition', () => {
	it.each([
		['/', true, '/zh-cn/'],
		['/zh-cn/', false, '/'],
		['/standards/office-standard/', true, '/zh-cn/standards/office-standard/'],
		['/zh-cn/checklists/party-congress/', false, '/checklists/party-congress/'],
		['/zh-cn/tools/meeting/', true, '/zh-cn/tools/meeting/'],
		['/tools/deadlines/', false, '/tools/deadlines/'],
		['/zh-cn', false, '/'],
	] as const)('%s (simplified: %s) → %s', (path, simplified, expected) => {
		expect(editionPath(path, simplified)).toBe(expected);
	});

	it('keeps the base path of a site served under a sub-path', () => {
		vi.stubEnv('BASE_URL', '/huiwu/');
		expect(editionPath('/huiwu/standards/office-standard/', true)).toBe('/huiwu/zh-cn/standards/office-standard/');
		expect(editionPath('/huiwu/zh-cn/', false)).toBe('/huiwu/');
		expect(sitePath('', true)).toBe('/huiwu/zh-cn/');
	});

	it('does not take a page whose name starts with zh-cn for the 简体 prefix', () => {
		expect(editionPath('/zh-cnx/', true)).toBe('/zh-cn/zh-cnx/');
	});
});
