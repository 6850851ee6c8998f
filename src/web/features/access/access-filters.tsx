import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReachTableQuery } from '../../../core/access/access-report.schema.js';

type Update = (
  changes: Partial<Record<keyof ReachTableQuery, string | number | undefined>>,
) => void;

/** The scope of the analysis: a place (P-code), a period, and how the place table is cut. */
export function AccessFilters({ query, onChange }: { query: ReachTableQuery; onChange: Update }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('access.filters.location')}
        description={t('access.filters.locationHint')}
        defaultValue={query.location ?? ''}
        onBlur={(e) =>
          onChange({ location: e.currentTarget.value.trim().toUpperCase() || undefined })
        }
        w={180}
      />
      <TextInput
        type="date"
        label={t('access.filters.periodFrom')}
        value={query.periodFrom ?? ''}
        onChange={(e) => onChange({ periodFrom: e.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label={t('access.filters.periodTo')}
        value={query.periodTo ?? ''}
        onChange={(e) => onChange({ periodTo: e.currentTarget.value || undefined })}
      />
      <Select
        label={t('access.filters.columns')}
        value={query.columns}
        allowDeselect={false}
        data={(['sex', 'bracket', 'disability'] as const).map((value) => ({
          value,
          label: t(`access.dimensions.${value}`),
        }))}
        onChange={(value) => onChange({ columns: value ?? undefined })}
        w={180}
      />
    </Group>
  );
}
