import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportHref } from './participation.api.js';

/** Download links for the CSV and XLSX exports (the server decides what each role receives). */
export function ExportLinks({
  kind,
  filters = {},
}: {
  kind: 'consultations' | 'committees';
  filters?: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mt="md">
      <Text size="sm">{t('participation.export.label')}</Text>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Anchor key={format} href={exportHref(kind, format, filters)} download size="sm">
          {t(`participation.export.${format}`)}
        </Anchor>
      ))}
    </Group>
  );
}
