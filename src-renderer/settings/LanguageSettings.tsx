import { Paper, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';
import { useSettings } from './store';

// Each language's name in itself, so anyone can find their own.
const names: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function LanguageSettings() {
  const { t } = useTranslation();
  const { language, setLanguage } = useSettings();
  return (
    <Paper withBorder p="md" maw={420}>
      <Radio.Group label={t('settings.language.label')} description={t('settings.language.hint')} value={language} onChange={(v) => setLanguage(v as Language)}>
        <Stack gap="xs" mt="xs">
          {(Object.keys(names) as Language[]).map((l) => (
            <Radio key={l} value={l} label={names[l]} />
          ))}
        </Stack>
      </Radio.Group>
    </Paper>
  );
}
