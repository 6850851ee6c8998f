import { Anchor, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListBaselinesQuery } from '../../../core/reach/baseline.schema.js';
import { EmptyMessage } from '../../components/empty-message.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { TableRegion } from '../../components/table-region.js';
import { baselinesQuery } from './reach.api.js';

/** The baselines recorded, newest first, with their export links. */
export function BaselinesList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<ListBaselinesQuery>({
    page: 1,
    pageSize: 25,
    sort: '-referenceDate',
  });
  const { data, error } = useQuery(baselinesQuery(query));
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  if (data.total === 0) return <EmptyMessage>{t('reach.baseline.empty')}</EmptyMessage>;
  return (
    <>
      <TableRegion label={t('reach.baseline.list')} minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reach.place')}</Table.Th>
              <Table.Th>{t('reach.baseline.date')}</Table.Th>
              <Table.Th>{t('reach.baseline.source')}</Table.Th>
              <Table.Th ta="end">{t('reach.baseline.total')}</Table.Th>
              <Table.Th>{t('reach.baseline.export')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <bdi>{b.locationPcode}</bdi>
                </Table.Td>
                <Table.Td className="nowrap">
                  <bdi>{b.referenceDate}</bdi>
                </Table.Td>
                <Table.Td>
                  <bdi>{b.source}</bdi>
                </Table.Td>
                <Table.Td ta="end">{b.total.toLocaleString()}</Table.Td>
                <Table.Td>
                  <Anchor href={`/api/v1/baselines/${b.id}/export?format=xlsx`} download>
                    XLSX
                  </Anchor>
                </Table.Td>
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
  );
}
