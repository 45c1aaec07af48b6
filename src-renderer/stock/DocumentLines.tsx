import type { KeyboardEvent } from 'react';
import { ActionIcon, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatMoney } from '../format';
import { Article, NumTd, NumTh } from './cells';
import type { DocFormValues } from './document-form';
import type { LineFigures } from './document-figures';
import type { EditableKind } from './stock-route';
import { formatQty, formatSignedQty } from './stock-numbers';

type Props = {
  kind: EditableKind;
  form: UseFormReturnType<DocFormValues>;
  figures: LineFigures[];
  readOnly: boolean;
  /** Posted documents show what the ledger valued; drafts what would be available. */
  posted: boolean;
  /** Enter in a number box: back to the item box for the next scan. */
  onEnter: () => void;
  /** A count of many lines: show only those that differ from the books. */
  onlyDifferences?: boolean;
};

const numberBox = { input: { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums', height: 26, minHeight: 26 } };

export function DocumentLines({ kind, form, figures, readOnly, posted, onEnter, onlyDifferences }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines = form.values.lines;
  const money = (kopecks: number | null) => (kopecks === null ? '—' : formatMoney(kopecks, language));
  const enterGoesBack = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onEnter();
    }
  };
  const box = (path: string, label: string) =>
    readOnly ? null : (
      <TextInput size="xs" w={96} ml="auto" inputMode="decimal" aria-label={label} data-path={path} styles={numberBox} autoComplete="off" onKeyDown={enterGoesBack} {...form.getInputProps(path)} />
    );

  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table fz="sm" verticalSpacing={4} horizontalSpacing={8} aria-label={t('stock.doc.lines')} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>{t('stock.doc.col.n')}</Table.Th>
            <Table.Th w={140}>{t('stock.doc.col.article')}</Table.Th>
            <Table.Th>{t('stock.doc.col.item')}</Table.Th>
            <Table.Th w={56}>{t('stock.doc.col.unit')}</Table.Th>
            {kind === 'count' ? (
              <>
                <NumTh w={100}>{t('stock.doc.col.book')}</NumTh>
                <NumTh w={110}>{t('stock.doc.col.counted')}</NumTh>
                <NumTh w={110}>{t('stock.doc.col.difference')}</NumTh>
                <NumTh w={150}>{t('stock.doc.col.diffValue')}</NumTh>
              </>
            ) : (
              <>
                {kind !== 'receipt' && !posted && <NumTh w={100}>{t('stock.doc.col.available')}</NumTh>}
                <NumTh w={110}>{t('stock.doc.col.qty')}</NumTh>
                {kind === 'receipt' && <NumTh w={120}>{t('stock.doc.col.price')}</NumTh>}
                {(kind === 'receipt' || posted) && <NumTh w={130}>{kind === 'receipt' ? t('stock.doc.col.sum') : t('stock.doc.totalAtCost')}</NumTh>}
              </>
            )}
            {!readOnly && <Table.Th w={36} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => {
            const f = figures[i];
            if (onlyDifferences && f.diffX1000 === 0) return null;
            const unit = t(`stock.unit.${line.unit}`);
            const shown = (x1000: number | null) => (x1000 === null ? '—' : formatQty(x1000, language));
            return (
              <Table.Tr key={line.key}>
                <Table.Td c="dimmed">{i + 1}</Table.Td>
                <Table.Td>
                  <Article value={line.article} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {line.name}
                  </Text>
                </Table.Td>
                <Table.Td c="dimmed">{unit}</Table.Td>
                {kind === 'count' ? (
                  <>
                    <NumTd dimmed>{shown(f.bookX1000)}</NumTd>
                    <Table.Td ta="right">{box(`lines.${i}.counted`, t('stock.doc.countedOf', { name: line.name })) ?? shown(f.countedX1000)}</Table.Td>
                    <NumTd strong={!!f.diffX1000} c={f.diffX1000 ? (f.diffX1000 > 0 ? 'teal.7' : 'red.7') : 'dimmed'}>
                      {f.diffX1000 === null ? '—' : f.diffX1000 === 0 ? '0' : formatSignedQty(f.diffX1000, language)}
                    </NumTd>
                    <NumTd c={f.valueMinor ? (f.valueMinor > 0 ? 'teal.7' : 'red.7') : 'dimmed'}>{f.valueMinor ? money(f.valueMinor) : '—'}</NumTd>
                  </>
                ) : (
                  <>
                    {kind !== 'receipt' && !posted && (
                      <NumTd dimmed c={f.short ? 'red' : undefined}>
                        {shown(f.availableX1000)}
                      </NumTd>
                    )}
                    <Table.Td ta="right">{box(`lines.${i}.qty`, t('stock.doc.qtyOf', { name: line.name })) ?? shown(f.qtyX1000)}</Table.Td>
                    {kind === 'receipt' && <Table.Td ta="right">{box(`lines.${i}.price`, t('stock.doc.priceOf', { name: line.name })) ?? money(f.priceMinor)}</Table.Td>}
                    {(kind === 'receipt' || posted) && <NumTd>{money(f.valueMinor)}</NumTd>}
                  </>
                )}
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('stock.doc.removeLine', { n: i + 1 })} onClick={() => form.removeListItem('lines', i)}>
                      <IconX size={14} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
