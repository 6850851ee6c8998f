import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListLocationsQuery } from '../../../core/locations/location.schema.js';
import { SearchInput } from '../../components/search-input.js';
import { levelKey } from './location-labels.js';

const LEVELS = [0, 1, 2, 3];

interface LocationFiltersProps {
  query: ListLocationsQuery;
  /** The level shown (country by default while browsing). */
  level: number | undefined;
  isPhone: boolean;
  onChange: (changes: Partial<Record<'q' | 'level' | 'sort', string | undefined>>) => void;
}

/** Search over names and P-codes, the level (outside a drill-down), the sort on phones. */
export function LocationFilters({ query, level, isPhone, onChange }: LocationFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchInput
        key={query.parent ?? 'all'}
        label={t('locations.search')}
        description={t('locations.searchHint')}
        initialValue={query.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
        style={{ flex: '1 1 16rem' }}
      />
      {!query.parent && (
        <NativeSelect
          label={t('locations.column.level')}
          value={level === undefined ? '' : String(level)}
          onChange={(e) => onChange({ level: e.currentTarget.value || undefined })}
          data={[
            ...(query.q ? [{ value: '', label: t('locations.allLevels') }] : []),
            ...LEVELS.map((l) => ({ value: String(l), label: t(levelKey(l), { level: l }) })),
          ]}
        />
      )}
      {isPhone && (
        <NativeSelect
          label={t('locations.sortBy')}
          value={query.sort}
          onChange={(e) => onChange({ sort: e.currentTarget.value })}
          data={[
            { value: 'pcode', label: t('locations.column.pcode') },
            { value: 'name', label: t('locations.column.name') },
          ]}
        />
      )}
    </Group>
  );
}
