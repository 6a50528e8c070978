import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a .zip (a .docx is one), read with node's zlib only: an
 * independent reader for files our pages write with the `docx` package.
 * Reads the central directory, so sizes written after the data are found too.
 */
export function zipEntries(bytes: Uint8Array): Map<string, Buffer> {
	const buffer = Buffer.from(bytes);
	let end = buffer.length - 22;
	while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip file');
	const count = buffer.readUInt16LE(end + 10);
	let offset = buffer.readUInt32LE(end + 16);
	const entries = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
		const method = buffer.readUInt16LE(offset + 10);
		const compressedSize = buffer.readUInt32LE(offset + 20);
		const nameLength = buffer.readUInt16LE(offset + 28);
		const extraLength = buffer.readUInt16LE(offset + 30);
		const commentLength = buffer.readUInt16LE(offset + 32);
		const local = buffer.readUInt32LE(offset + 42);
		const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
		const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
		const data = buffer.subarray(dataStart, dataStart + compressedSize);
		entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** The attribute values of every `<tag …>` in an XML text (e.g. all w:rFonts eastAsia). */
export function attributeValues(xml: string, tag: string, attribute: string): string[] {
	const values: string[] = [];
	for (const element of xml.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
		const match = new RegExp(`\\b${attribute}="([^"]*)"`).exec(element[0]);
		if (match) values.push(match[1]!);
	}
	return values;
}

/** The text of a WordprocessingML part: every w:t, paragraphs on their own lines. */
export function wordText(xml: string): string {
	return xml
		.split(/<\/w:p>/)
		.map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
		.join('\n')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"');
}
