import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page and line by line, for checking printed documents. Pieces
 * that touch (a word broken at a hyphen, a word and its space) are joined as they are;
 * pieces with a gap between them (table cells) get a space.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let text = '';
    let lastEnd: number | null = null;
    let lastY: number | null = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const x = item.transform[4];
      const y = item.transform[5];
      if (lastEnd !== null && item.str && !(Math.abs(x - lastEnd) < 1 && y === lastY)) text += ' ';
      text += item.str;
      if (item.hasEOL) {
        text += '\n';
        lastEnd = null;
      } else if (item.str) {
        lastEnd = x + item.width;
        lastY = y;
      }
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages.join('\n\f').replace(/[ \t]+/g, ' ');
}
