import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Never", dimmed: for a date that has not happened (last sign-in, last use, expiry). */
export function NeverText() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed" size="sm">
      {t('common.never')}
    </Text>
  );
}
