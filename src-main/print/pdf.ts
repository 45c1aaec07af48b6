import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { appRoot } from '../paths';

// Printing never needs the internet: fonts ship in assets/fonts (Roboto, with Cyrillic), and
// pdfmake may read nothing else — no URLs, no other local files.
const fontsDir = () => path.join(appRoot(), 'assets', 'fonts');
let configured = false;

function configure() {
  if (configured) return;
  const dir = fontsDir();
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(dir, 'Roboto-Regular.ttf'),
      bold: path.join(dir, 'Roboto-Medium.ttf'),
      italics: path.join(dir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(dir));
  configured = true;
}

/** Renders a pdfmake document to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf({ pageSize: 'A4', defaultStyle: { font: 'Roboto', fontSize: 9 }, ...doc }).getBuffer();
}
