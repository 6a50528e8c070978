import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Width and height (mm, rounded) of every page of a PDF. */
export async function pdfPageSizes(pdf: Uint8Array): Promise<{ width: number; height: number }[]> {
	const task = getDocument({ data: new Uint8Array(pdf) });
	const doc = await task.promise;
	const sizes = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const { width, height } = (await doc.getPage(i)).getViewport({ scale: 1 });
		sizes.push({ width: Math.round((width / 72) * 25.4), height: Math.round((height / 72) * 25.4) });
	}
	await task.destroy();
	return sizes;
}
