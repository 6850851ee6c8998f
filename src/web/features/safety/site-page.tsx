import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { TableRegion } from '../../components/table-region.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ActionsTable } from './actions-table.js';
import { RiskCountsText } from './risk-badge.js';
import { RiskTrendSection } from './risk-trend.js';
import { actionsQuery, auditsQuery, exportUrl, siteQuery, trendQuery } from './safety.api.js';
import { canAuditSafety } from './safety-labels.js';

function AuditsSection({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const audits = useQuery(auditsQuery({ siteId, page, pageSize: 10, sort: '-date' }));
  return (
    <section aria-labelledby="audits-title">
      <Title order={2} size="h3" id="audits-title" mb="sm">
        {t('safety.audits.title')}
      </Title>
      <QueryView
        query={audits}
        isEmpty={(p) => p.items.length === 0}
        emptyMessage={t('safety.audits.empty')}
      >
        {(result) => (
          <>
            <TableRegion label={t('safety.audits.caption')} minWidth={420}>
              <Table striped verticalSpacing="xs">
                <Table.Caption className="visually-hidden">
                  {t('safety.audits.caption')}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('safety.audits.columns.date')}</Table.Th>
                    <Table.Th>{t('safety.audits.columns.findings')}</Table.Th>
                    <Table.Th>{t('safety.audits.columns.auditor')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.items.map((audit) => (
                    <Table.Tr key={audit.id}>
                      <Table.Td className="nowrap">
                        <Anchor component={Link} to={`/safety/audits/${audit.id}`}>
                          {audit.date}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <RiskCountsText counts={audit.counts} />
                      </Table.Td>
                      <Table.Td>{audit.auditor ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableRegion>
            <PaginationBar
              page={page}
              pageSize={10}
              total={result.total}
              onChange={(c) => 'page' in c && setPage(c.page)}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

function ActionsSection({ siteId, editable }: { siteId: string; editable: boolean }) {
  const { t } = useTranslation();
  const actions = useQuery(actionsQuery({ siteId, pageSize: 100, sort: 'due' }));
  return (
    <section aria-labelledby="actions-title">
      <Title order={2} size="h3" id="actions-title" mb="sm">
        {t('safety.actions.title')}
      </Title>
      <QueryView
        query={actions}
        isEmpty={(p) => p.items.length === 0}
        emptyMessage={t('safety.actions.empty')}
      >
        {(result) => <ActionsTable items={result.items} editable={editable} />}
      </QueryView>
    </section>
  );
}

/** One site: its audits, the trend of its risks, the actions of its findings. */
export function SitePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { role } = useCurrentUser();
  const site = useQuery(siteQuery(id));
  const trend = useQuery(trendQuery(id));
  return (
    <QueryView query={site} isEmpty={() => false} emptyMessage="">
      {(s) => (
        <Stack gap="xl">
          <PageHeader
            title={s.name}
            description={`${t(`safety.siteType.${s.type}`)} · ${s.place.name} (${s.place.pcode})`}
            actions={
              <Group gap="sm">
                <Button component="a" href={exportUrl('csv', s.id)} variant="default" download>
                  {t('safety.export.csv')}
                </Button>
                {canAuditSafety(role) && (
                  <Button component={Link} to={`/safety/sites/${s.id}/audits/new`}>
                    {t(s.lastAuditedOn ? 'safety.audits.reaudit' : 'safety.audits.new')}
                  </Button>
                )}
              </Group>
            }
          />
          {s.project && (
            <Text>
              {t('safety.sites.project', { code: s.project.code, title: s.project.title })}
            </Text>
          )}
          {trend.data && trend.data.points.length > 0 && <RiskTrendSection trend={trend.data} />}
          <AuditsSection siteId={s.id} />
          <ActionsSection siteId={s.id} editable={canAuditSafety(role)} />
        </Stack>
      )}
    </QueryView>
  );
}
