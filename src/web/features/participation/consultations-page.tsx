import { Button, Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONSULTATION_METHODS } from '../../../core/participation/consultation.schema.js';
import {
  listConsultationsQuerySchema,
  type ListConsultationsQuery,
} from '../../../core/participation/participation-api.schema.js';
import { countActive, FiltersDisclosure } from '../../components/filters-disclosure.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ConsultationsTable } from './consultations-table.js';
import { ExportLinks } from './export-links.js';
import { canRecordParticipation } from './participation-labels.js';
import { consultationsQuery } from './participation.api.js';
import { useProjectOptions } from './use-participation-options.js';

type Key = 'projectId' | 'location' | 'method' | 'from' | 'to';
const KEYS: readonly Key[] = ['projectId', 'location', 'method', 'from', 'to'];
const WIDTH = { base: '100%', xs: 200 };

function Filters({
  query,
  onChange,
}: {
  query: ListConsultationsQuery;
  onChange: (c: Partial<Record<Key, string | undefined>>) => void;
}) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  const date = (key: 'from' | 'to') => (
    <TextInput
      type="date"
      label={t(`participation.filters.${key}`)}
      value={query[key] ?? ''}
      onChange={(e) => onChange({ [key]: e.currentTarget.value || undefined })}
      w={WIDTH}
    />
  );
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <FiltersDisclosure active={countActive(query, KEYS)}>
        <Select
          label={t('participation.filters.project')}
          placeholder={t('participation.filters.any')}
          data={projects}
          value={query.projectId ?? null}
          onChange={(v) => onChange({ projectId: v ?? undefined })}
          clearable
          searchable
          w={{ base: '100%', xs: 300 }}
        />
        <TextInput
          label={t('participation.filters.location')}
          defaultValue={query.location ?? ''}
          onBlur={(e) =>
            onChange({ location: e.currentTarget.value.trim().toUpperCase() || undefined })
          }
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          w={WIDTH}
        />
        <Select
          label={t('participation.filters.method')}
          placeholder={t('participation.filters.any')}
          data={CONSULTATION_METHODS.map((m) => ({
            value: m,
            label: t(`participation.methods.${m}`),
          }))}
          value={query.method ?? null}
          onChange={(v) => onChange({ method: v ?? undefined })}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        {date('from')}
        {date('to')}
      </FiltersDisclosure>
    </Group>
  );
}

/** Consultations in the user's countries: filters, sortable table, pagination, exports. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listConsultationsQuerySchema);
  const list = useQuery(consultationsQuery(query));
  const filtered = KEYS.some((k) => query[k]);
  return (
    <>
      <PageHeader
        title={t('participation.list.title')}
        description={t('participation.list.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/participation/chart" variant="default">
              {t('participation.chart.title')}
            </Button>
            <Button component={Link} to="/participation/committees" variant="default">
              {t('participation.committees.title')}
            </Button>
            {canRecordParticipation(role) && (
              <Button component={Link} to="/participation/consultations/new">
                {t('participation.form.title')}
              </Button>
            )}
          </Group>
        }
      />
      <Filters query={query} onChange={update} />
      <QueryView
        query={list}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t(filtered ? 'participation.list.emptyFiltered' : 'participation.list.empty')}
      >
        {(page) => (
          <>
            <ConsultationsTable
              items={page.items}
              sort={query.sort}
              onSort={(sort) => update({ sort })}
            />
            <PaginationBar
              page={query.page}
              pageSize={query.pageSize}
              total={page.total}
              onChange={update}
            />
          </>
        )}
      </QueryView>
      <ExportLinks
        kind="consultations"
        filters={{ projectId: query.projectId, location: query.location }}
      />
    </>
  );
}
