import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ListRiskAnalysesQuery } from '../../../core/risk/risk-analysis-api.schema.js';
import { countActive, FiltersDisclosure } from '../../components/filters-disclosure.js';
import { settingsQuery } from './risk.api.js';
import { useRiskNames } from './risk-labels.js';

type Key = 'country' | 'location' | 'risk' | 'band' | 'from' | 'to';
const KEYS: readonly Key[] = ['country', 'location', 'risk', 'band', 'from', 'to'];
const WIDTH = { base: '100%', xs: 200 };

interface RiskFiltersProps {
  query: ListRiskAnalysesQuery;
  onChange: (changes: Partial<Record<Key, string | undefined>>) => void;
}

/** Country, place (with everything below it), risk, band and date range. */
export function RiskFilters({ query, onChange }: RiskFiltersProps) {
  const { t } = useTranslation();
  const { items } = useRiskNames();
  const bands = useQuery(settingsQuery()).data?.severityBands ?? [];
  const text = (key: 'country' | 'location', upper = true) => (
    <TextInput
      key={key}
      label={t(`risk.filters.${key}`)}
      defaultValue={query[key] ?? ''}
      onBlur={(e) => onChange({ [key]: e.currentTarget.value.trim().toUpperCase() || undefined })}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      w={WIDTH}
      autoCapitalize={upper ? 'characters' : undefined}
    />
  );
  const date = (key: 'from' | 'to') => (
    <TextInput
      key={key}
      type="date"
      label={t(`risk.filters.${key}`)}
      value={query[key] ?? ''}
      onChange={(e) => onChange({ [key]: e.currentTarget.value || undefined })}
      w={WIDTH}
    />
  );
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <FiltersDisclosure active={countActive(query, KEYS)}>
        {text('country')}
        {text('location')}
        <Select
          label={t('risk.filters.risk')}
          placeholder={t('risk.filters.any')}
          data={items.map((r) => ({ value: r.code, label: r.name }))}
          value={query.risk ?? null}
          onChange={(value) => onChange({ risk: value ?? undefined })}
          clearable
          searchable
          w={{ base: '100%', xs: 320 }}
        />
        <Select
          label={t('risk.filters.band')}
          placeholder={t('risk.filters.any')}
          data={bands.map((b) => ({
            value: b.code,
            label: t(`risk.bands.${b.code}`, { defaultValue: b.label }),
          }))}
          value={query.band ?? null}
          onChange={(value) => onChange({ band: value ?? undefined })}
          clearable
          w={WIDTH}
        />
        {date('from')}
        {date('to')}
      </FiltersDisclosure>
    </Group>
  );
}
