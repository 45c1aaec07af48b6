import { useEffect, useState } from 'react';
import { Alert, Box, Button, Group, Modal, ScrollArea, SegmentedControl, Skeleton, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../app/notify';
import { useLanguage } from '../../i18n';
import { PdfPages } from './PdfPages';
import { downloadPdf, openPdfForPrinting, printDocument, type PrintedDocument, type PrintLanguage, type PrintRequest } from './print-api';

export type PreviewTarget = PrintRequest & { title: string };

const pageWidth = 760;

/** A document as it will print, in Russian or English; saved as a PDF file or printed from a new tab. */
export function PrintPreviewModal({ target, onClose }: { target: PreviewTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!target} onClose={onClose} title={target ? t('workOrders.print.previewTitle', { name: target.title }) : ''} size={pageWidth + 60} padding="sm">
      {target && <Preview target={target} />}
    </Modal>
  );
}

function Preview({ target }: { target: PreviewTarget }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [lang, setLang] = useState<PrintLanguage>(uiLanguage);
  const [result, setResult] = useState<{ key: string; doc?: PrintedDocument; error?: string } | null>(null);
  const { title: _title, ...request } = target;
  const key = JSON.stringify([request, lang]);
  const doc = result?.key === key ? result.doc : undefined;
  const error = result?.key === key ? result.error : undefined;

  useEffect(() => {
    let current = true;
    printDocument(JSON.parse(key)[0] as PrintRequest, lang).then(
      (d) => current && setResult({ key, doc: d }),
      (e: unknown) => current && setResult({ key, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [key, lang]);

  const print = () => {
    if (doc) void openPdfForPrinting(doc).then((opened) => opened || notifyError(new Error(t('workOrders.print.openFailed'))));
  };
  useHotkeys([['mod+P', print]], []);

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('workOrders.print.language')}
          value={lang}
          onChange={(v) => setLang(v as PrintLanguage)}
          data={[
            { value: 'ru', label: t('workOrders.print.lang.ru') },
            { value: 'en', label: t('workOrders.print.lang.en') },
          ]}
        />
        <Group gap="xs" wrap="nowrap">
          {doc && (
            <Text size="xs" c="dimmed" ff="monospace" lineClamp={1} maw={260}>
              {doc.fileName}
            </Text>
          )}
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} disabled={!doc} onClick={() => doc && downloadPdf(doc)}>
            {t('workOrders.print.save')}
          </Button>
          <Button size="xs" leftSection={<IconPrinter size={14} />} disabled={!doc} onClick={print} data-autofocus>
            {t('workOrders.print.print')}
          </Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah="calc(100vh - 190px)" type="auto" bg="var(--mantine-color-gray-2)" style={{ borderRadius: 4 }}>
        <Box p="md">
          {error ? (
            <Alert color="red" title={t('workOrders.print.failed')}>
              {error}
            </Alert>
          ) : doc ? (
            <PdfPages base64={doc.pdfBase64} width={pageWidth - 40} />
          ) : (
            <Skeleton h={pageWidth * 1.3} w={pageWidth - 40} mx="auto" />
          )}
        </Box>
      </ScrollArea.Autosize>
    </>
  );
}
