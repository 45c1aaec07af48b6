import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import './settings/store';
import { makeTheme } from './app/theme';
import { App } from './app/App';

function Root() {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => makeTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" limit={4} />
      <App />
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
