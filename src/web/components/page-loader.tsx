import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A centred spinner with a text that screen readers announce. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden="true" />
      <Text ms="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    </Center>
  );
}
