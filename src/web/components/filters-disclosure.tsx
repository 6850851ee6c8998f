import { Button, Stack } from '@mantine/core';
import { useDisclosure, useId, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface FiltersDisclosureProps {
  /** How many filters are set, shown on the button. */
  active: number;
  children: React.ReactNode;
}

/** On phones, filters fold behind a "Filters" button so the list comes first; elsewhere shown. */
export function FiltersDisclosure({ active, children }: FiltersDisclosureProps) {
  const { t } = useTranslation();
  const id = useId();
  const isPhone = useMediaQuery('(max-width: 35.99em)') ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  if (!isPhone) return children;
  return (
    <>
      <Button
        variant="default"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        fullWidth
      >
        {active > 0 ? t('common.filtersActive', { count: active }) : t('common.filters')}
      </Button>
      {opened && (
        <Stack id={id} gap="sm" w="100%">
          {children}
        </Stack>
      )}
    </>
  );
}

/** The number of set values among some filters. */
export function countActive(values: Record<string, unknown>, keys: readonly string[]): number {
  return keys.filter((key) => values[key] !== undefined && values[key] !== '').length;
}
