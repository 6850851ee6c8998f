import { Anchor, Group, Table, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListReachQuery } from '../../../core/reach/reach-entry.schema.js';
import { EmptyMessage } from '../../components/empty-message.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { TableRegion } from '../../components/table-region.js';
import { ProjectSelect } from './project-select.js';
import { reachExportHref, reachQuery } from './reach.api.js';

/** Reach cells with filters, pagination and export links (CSV and XLSX with HXL tags). */
export function ReachTable() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<ListReachQuery>({
    page: 1,
    pageSize: 25,
    sort: '-periodStart',
  });
  const { data, error } = useQuery(reachQuery(query));
  const filter = {
    projectId: query.projectId,
    locationPcode: query.locationPcode,
    from: query.from,
    to: query.to,
  };
  const set = (patch: Partial<ListReachQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  return (
    <section aria-label={t('reach.table.title')}>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <ProjectSelect
          value={query.projectId ?? null}
          onChange={(id) => set({ projectId: id ?? undefined })}
        />
        <TextInput
          label={t('reach.place')}
          value={query.locationPcode ?? ''}
          onChange={(e) => set({ locationPcode: e.currentTarget.value.toUpperCase() || undefined })}
          w={140}
        />
        <TextInput
          type="date"
          label={t('reach.from')}
          value={query.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('reach.to')}
          value={query.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
        <Anchor href={reachExportHref(filter, 'csv')} download>
          {t('reach.table.exportCsv')}
        </Anchor>
        <Anchor href={reachExportHref(filter, 'xlsx')} download>
          {t('reach.table.exportXlsx')}
        </Anchor>
      </Group>
      {error && <ErrorAlert error={error} />}
      {data && data.total === 0 && <EmptyMessage>{t('reach.table.empty')}</EmptyMessage>}
      {data && data.total > 0 && (
        <>
          <TableRegion label={t('reach.table.title')} minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reach.project')}</Table.Th>
                  <Table.Th>{t('reach.place')}</Table.Th>
                  <Table.Th>{t('reach.period')}</Table.Th>
                  <Table.Th>{t('reach.sex')}</Table.Th>
                  <Table.Th>{t('reach.bracket')}</Table.Th>
                  <Table.Th>{t('reach.disability')}</Table.Th>
                  <Table.Th ta="end">{t('reach.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <bdi>{r.projectCode}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{r.locationPcode}</bdi>
                    </Table.Td>
                    <Table.Td className="nowrap">
                      <bdi>
                        {r.periodStart} – {r.periodEnd}
                      </bdi>
                    </Table.Td>
                    <Table.Td>{t(`reach.sexes.${r.sex}`)}</Table.Td>
                    <Table.Td>
                      <bdi>{r.ageBracket}</bdi>
                    </Table.Td>
                    <Table.Td>{t(`reach.disabilities.${r.disability}`)}</Table.Td>
                    <Table.Td ta="end">{r.count.toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableRegion>
          <PaginationBar
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onChange={(c) => setQuery((q) => ({ ...q, ...c }))}
          />
        </>
      )}
    </section>
  );
}
