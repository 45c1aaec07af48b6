import { Box, Tabs, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowsExchange, IconCategory, IconClipboardCheck, IconPackage, IconPackageImport, IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ItemsPage } from './ItemsPage';
import { ItemCard } from './ItemCard';
import { ToOrderPage } from './ToOrderPage';
import { GroupsPage } from './GroupsPage';
import { DocumentsPage } from './DocumentsPage';
import { DocumentScreen, NewDocumentScreen } from './DocumentForm';
import { openStock } from './navigate';
import { editableKinds, isEditableKind, type EditableKind, type StockView } from './stock-route';

type Tab = 'items' | 'to-order' | 'groups' | EditableKind;

const kindIcons: Record<EditableKind, typeof IconPackage> = {
  receipt: IconPackageImport,
  transfer: IconArrowsExchange,
  write_off: IconTrashX,
  count: IconClipboardCheck,
};

function tabOf(view: StockView): Tab | null {
  switch (view.screen) {
    case 'items':
    case 'item':
      return 'items';
    case 'to-order':
    case 'groups':
      return view.screen;
    case 'docs':
    case 'new':
      return view.kind;
    case 'doc':
      return isEditableKind(view.kind) ? view.kind : null;
  }
}

function openTab(tab: string | null) {
  if (tab === 'items' || tab === 'to-order' || tab === 'groups') openStock({ screen: tab });
  else if (tab && isEditableKind(tab as EditableKind)) openStock({ screen: 'docs', kind: tab as EditableKind });
}

function Screen({ view }: { view: StockView }) {
  switch (view.screen) {
    case 'items':
      return <ItemsPage />;
    case 'item':
      return <ItemCard key={view.id} id={view.id} />;
    case 'to-order':
      return <ToOrderPage />;
    case 'groups':
      return <GroupsPage />;
    case 'docs':
      return <DocumentsPage key={view.kind} kind={view.kind} />;
    case 'new':
      return <NewDocumentScreen key={view.kind} kind={view.kind} />;
    case 'doc':
      return <DocumentScreen key={view.id} kind={view.kind} id={view.id} />;
  }
}

/** "Parts & stock": the catalogue with balances, what to order, and the stock documents. */
export function StockPage({ view }: { view: StockView }) {
  const { t } = useTranslation();
  // Cards and documents have their own heading; lists sit under the area's tabs.
  const list = view.screen === 'items' || view.screen === 'to-order' || view.screen === 'groups' || view.screen === 'docs';
  if (!list) return <Screen view={view} />;
  return (
    <Box maw={1400}>
      <Title order={2} mb="xs">
        {t('stock.title')}
      </Title>
      <Tabs value={tabOf(view)} onChange={openTab} keepMounted={false} activateTabWithKeyboard={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="items" leftSection={<IconPackage size={16} />}>
            {t('stock.tabs.items')}
          </Tabs.Tab>
          <Tabs.Tab value="to-order" leftSection={<IconAlertTriangle size={16} />}>
            {t('stock.tabs.toOrder')}
          </Tabs.Tab>
          {editableKinds.map((kind) => {
            const Icon = kindIcons[kind];
            return (
              <Tabs.Tab key={kind} value={kind} leftSection={<Icon size={16} />}>
                {t(`stock.tabs.${kind}`)}
              </Tabs.Tab>
            );
          })}
          <Tabs.Tab value="groups" leftSection={<IconCategory size={16} />}>
            {t('stock.tabs.groups')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Screen view={view} />
    </Box>
  );
}
