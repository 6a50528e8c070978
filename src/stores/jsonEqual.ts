/**
 * Structural equality of JSON values (plain objects, arrays, primitives),
 * blind to object key order: two tabs may serialise the same state with keys
 * in different orders, and comparing strings would make them write back and
 * forth forever.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
	}
	const aRecord = a as Record<string, unknown>;
	const bRecord = b as Record<string, unknown>;
	const aKeys = Object.keys(aRecord).filter((key) => aRecord[key] !== undefined);
	const bKeys = Object.keys(bRecord).filter((key) => bRecord[key] !== undefined);
	return aKeys.length === bKeys.length && aKeys.every((key) => Object.hasOwn(bRecord, key) && jsonEqual(aRecord[key], bRecord[key]));
}
