import { Anchor, Button, Group, Select, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TRAINING_TOPICS } from '../../../core/capacity/capacity-codes.js';
import {
  listTrainingsQuerySchema,
  type TrainingSession,
} from '../../../core/capacity/training.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { trainingsQuery } from './capacity.api.js';
import { canRecordTrainings, canUpdateTrainings } from './capacity-labels.js';

function topicLabel(t: (k: string) => string, s: Pick<TrainingSession, 'topic' | 'topicOther'>) {
  return s.topic === 'other' && s.topicOther ? s.topicOther : t(`capacity.topics.${s.topic}`);
}

function SessionsTable({
  items,
  sort,
  onSort,
  editable,
}: {
  items: TrainingSession[];
  editable: boolean;
  sort: string;
  onSort: (s: string) => void;
}) {
  const { t } = useTranslation();
  const direction = (key: string) =>
    sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
  const sortBy = (key: string) => () => onSort(sort === key ? `-${key}` : key);
  return (
    <TableRegion label={t('capacity.list.caption')} minWidth={680}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('capacity.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader
              label={t('capacity.columns.date')}
              direction={direction('date')}
              onSort={sortBy('date')}
            />
            <SortableHeader
              label={t('capacity.columns.topic')}
              direction={direction('topic')}
              onSort={sortBy('topic')}
            />
            <Table.Th>{t('capacity.columns.place')}</Table.Th>
            <Table.Th>{t('capacity.columns.project')}</Table.Th>
            <Table.Th>{t('capacity.columns.participants')}</Table.Th>
            <Table.Th>{t('capacity.columns.namedStaff')}</Table.Th>
            {editable && (
              <Table.Th>
                <span className="visually-hidden">{t('capacity.edit.column')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td className="nowrap">
                <time dateTime={s.date}>{s.date}</time>
              </Table.Td>
              <Table.Td>{topicLabel(t, s)}</Table.Td>
              <Table.Td>
                {s.place.name} <bdi>({s.place.pcode})</bdi>
              </Table.Td>
              <Table.Td>{s.project ? <bdi>{s.project.code}</bdi> : '—'}</Table.Td>
              <Table.Td>{s.total}</Table.Td>
              <Table.Td>{s.trainees.length}</Table.Td>
              {editable && (
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/trainings/${s.id}/edit`}
                    aria-label={t('capacity.edit.named', { topic: topicLabel(t, s), date: s.date })}
                  >
                    {t('capacity.edit.action')}
                  </Anchor>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

/** Training sessions in the user's countries: topic filter, sortable table, exports. */
export function TrainingsPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listTrainingsQuerySchema);
  const list = useQuery(trainingsQuery(query));
  const topics = TRAINING_TOPICS.map((code) => ({
    value: code,
    label: t(`capacity.topics.${code}`),
  }));
  const filter = query.topic ? `&topic=${query.topic}` : '';
  return (
    <>
      <PageHeader
        title={t('capacity.list.title')}
        description={t('capacity.list.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/trainings/coverage" variant="default">
              {t('capacity.coverage.title')}
            </Button>
            {canRecordTrainings(role) && (
              <Button component={Link} to="/trainings/new">
                {t('capacity.form.title')}
              </Button>
            )}
          </Group>
        }
      />
      <Group mb="md" align="flex-end" gap="sm">
        <Select
          label={t('capacity.columns.topic')}
          data={topics}
          value={query.topic ?? null}
          clearable
          onChange={(v) => update({ topic: v ?? undefined })}
        />
        <Anchor href={`/api/v1/trainings/export?format=csv${filter}`} download>
          {t('capacity.exportCsv')}
        </Anchor>
        <Anchor href={`/api/v1/trainings/export?format=xlsx${filter}`} download>
          {t('capacity.exportXlsx')}
        </Anchor>
      </Group>
      <QueryView
        query={list}
        isEmpty={(p) => p.items.length === 0}
        emptyMessage={t(query.topic ? 'capacity.list.emptyFiltered' : 'capacity.list.empty')}
      >
        {(page) => (
          <>
            <SessionsTable
              items={page.items}
              editable={canUpdateTrainings(role)}
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
    </>
  );
}
