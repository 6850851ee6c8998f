import { Anchor, Button, Group, Select, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COMMITTEE_KINDS } from '../../../core/participation/committee.schema.js';
import {
  listCommitteesQuerySchema,
  type CommitteeSummary,
} from '../../../core/participation/participation-api.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { BalanceFlags } from './balance-flag.js';
import { ExportLinks } from './export-links.js';
import { canRecordParticipation, placeLabel } from './participation-labels.js';
import { committeesQuery } from './participation.api.js';

function CommitteesTable({ items }: { items: CommitteeSummary[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <TableRegion label={t('participation.committees.caption')} minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">
          {t('participation.committees.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['name', 'kind', 'place', 'members', 'balance', 'meetings'] as const).map((c) => (
              <Table.Th key={c} scope="col">
                {t(`participation.committees.columns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/participation/committees/${c.id}`}>
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`participation.kinds.${c.kind}`)}</Table.Td>
              <Table.Td>{placeLabel(c.place, c.locationPcode, lang)}</Table.Td>
              <Table.Td>{c.balance.members}</Table.Td>
              <Table.Td>
                <BalanceFlags balance={c.balance} />
              </Table.Td>
              <Table.Td>{c.meetings}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

/** Committees with their balance; filter by kind or those below a target. */
export function CommitteesPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listCommitteesQuerySchema);
  const list = useQuery(committeesQuery(query));
  return (
    <>
      <PageHeader
        title={t('participation.committees.title')}
        description={t('participation.committees.intro')}
        actions={
          canRecordParticipation(role) && (
            <Button component={Link} to="/participation/committees/new">
              {t('participation.committee.new')}
            </Button>
          )
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          label={t('participation.committee.kind')}
          placeholder={t('participation.filters.any')}
          data={COMMITTEE_KINDS.map((k) => ({ value: k, label: t(`participation.kinds.${k}`) }))}
          value={query.kind ?? null}
          onChange={(v) => update({ kind: v ?? undefined })}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('participation.committees.balanceFilter')}
          placeholder={t('participation.filters.any')}
          data={[
            { value: 'true', label: t('participation.committees.unbalanced') },
            { value: 'false', label: t('participation.committees.balanced') },
          ]}
          value={query.unbalanced ?? null}
          onChange={(v) => update({ unbalanced: v ?? undefined })}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      <QueryView
        query={list}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t('participation.committees.empty')}
      >
        {(page) => (
          <>
            <CommitteesTable items={page.items} />
            <PaginationBar
              page={query.page}
              pageSize={query.pageSize}
              total={page.total}
              onChange={update}
            />
          </>
        )}
      </QueryView>
      <ExportLinks kind="committees" />
    </>
  );
}
