import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CASE_STATUSES,
  CATEGORIES,
  CHANNELS,
  SENSITIVITIES,
  type ListFeedbackQuery,
} from '../../../core/feedback/feedback.schema.js';
import { countActive, FiltersDisclosure } from '../../components/filters-disclosure.js';
import { useEnumOptions } from './feedback-labels.js';

type FilterKey = 'status' | 'channel' | 'category' | 'sensitivity';
export type FeedbackFilterChanges = Partial<Record<FilterKey | 'overdue', string | undefined>>;

const FILTER_KEYS = ['status', 'channel', 'category', 'sensitivity', 'overdue'] as const;
const WIDTH = { base: '100%', xs: 190 };

interface FeedbackFiltersProps {
  query: ListFeedbackQuery;
  onChange: (changes: FeedbackFilterChanges) => void;
}

/** Status, channel, category and sensitivity filters, and "overdue only". */
export function FeedbackFilters({ query, onChange }: FeedbackFiltersProps) {
  const { t } = useTranslation();
  const lists: Record<FilterKey, { value: string; label: string }[]> = {
    status: useEnumOptions('status', CASE_STATUSES),
    channel: useEnumOptions('channel', CHANNELS),
    category: useEnumOptions('category', CATEGORIES),
    sensitivity: useEnumOptions('sensitivity', SENSITIVITIES),
  };
  const filter = (key: FilterKey) => (
    <Select
      key={key}
      label={t(`feedback.filters.${key}`)}
      placeholder={t('feedback.filters.any')}
      data={lists[key]}
      value={query[key] ?? null}
      onChange={(value) => onChange({ [key]: value ?? undefined })}
      clearable
      w={WIDTH}
    />
  );
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <FiltersDisclosure active={countActive(query, FILTER_KEYS)}>
        {filter('status')}
        {filter('channel')}
        {filter('category')}
        {filter('sensitivity')}
        <Switch
          label={t('feedback.filters.overdue')}
          checked={query.overdue === 'true'}
          onChange={(event) =>
            onChange({ overdue: event.currentTarget.checked ? 'true' : undefined })
          }
          mb={8}
        />
      </FiltersDisclosure>
    </Group>
  );
}
