import { useEffect, useRef, useState } from 'react';
import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { base64Bytes } from '../../app/save-file';

/**
 * The PDF drawn page by page with pdf.js into canvases. Unlike an <iframe> of the PDF, this
 * needs no plugin (Electron has its PDF viewer off) and no frame-src in the CSP, and looks the
 * same in every shell. pdf.js loads only when a preview first opens.
 */
export function PdfPages({ base64, width }: { base64: string; width: number }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const canvases: HTMLCanvasElement[] = [];
    let destroy: (() => void) | undefined;
    (async () => {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      const task = pdfjs.getDocument({ data: base64Bytes(base64), isEvalSupported: false });
      destroy = () => void task.destroy();
      const doc = await task.promise;
      if (cancelled) return;
      setPages(doc.numPages);
      const ratio = window.devicePixelRatio || 1;
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${width}px`;
        canvas.style.display = 'block';
        canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
        canvas.style.background = '#fff';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('workOrders.print.page', { n, count: doc.numPages }));
        canvases.push(canvas);
        box.current?.append(canvas);
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
      }
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      destroy?.();
      canvases.forEach((c) => c.remove());
    };
  }, [base64, width, t]);

  return (
    <Stack gap="md" align="center" data-testid="pdf-pages" data-pages={pages ?? undefined}>
      {pages === null && !failed && <Loader size="sm" />}
      {failed && (
        <Text c="red" size="sm">
          {t('workOrders.print.renderFailed')}
        </Text>
      )}
      {/* pdf.js draws here; React leaves this box alone. */}
      <div ref={box} style={{ display: 'flex', flexDirection: 'column', gap: 16, alignItems: 'center' }} />
    </Stack>
  );
}
