import { Anchor, Badge, Group, Select, Switch, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listReferralsQuerySchema, type Referral } from '../../../core/services/referral.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate } from '../../lib/format-date.js';
import { useListParams } from '../../lib/use-list-params.js';
import { REFERRALS_KEY, referralsQuery, updateReferral } from './services.api.js';

function StatusSelect({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const move = useMutation({
    mutationFn: (status: Referral['status']) =>
      updateReferral(referral.id, { version: referral.version, status }),
    onSettled: () => client.invalidateQueries({ queryKey: REFERRALS_KEY }),
  });
  if (referral.nextStatuses.length === 0)
    return <Badge variant="light">{t(`referrals.status.${referral.status}`)}</Badge>;
  return (
    <Select
      aria-label={t('referrals.list.moveTo', { reference: referral.reference })}
      data={[referral.status, ...referral.nextStatuses].map((s) => ({
        value: s,
        label: t(`referrals.status.${s}`),
      }))}
      value={referral.status}
      onChange={(v) => v && v !== referral.status && move.mutate(v as Referral['status'])}
      allowDeselect={false}
      w={150}
      size="xs"
    />
  );
}

/** Referrals in the user's countries, with the follow-ups due; the overdue ones first to hand. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { query, update } = useListParams(listReferralsQuerySchema);
  const list = useQuery(referralsQuery(query));
  return (
    <>
      <PageHeader title={t('referrals.list.title')} description={t('referrals.list.intro')} />
      <Group mb="md" gap="lg">
        <Switch
          label={t('referrals.list.overdueOnly')}
          checked={query.overdue === 'true'}
          onChange={(e) =>
            update({ overdue: e.currentTarget.checked ? 'true' : undefined, sort: 'followUp' })
          }
        />
        <Anchor href="/api/v1/referrals/report/export?format=csv" size="sm">
          {t('referrals.list.exportCsv')}
        </Anchor>
        <Anchor href="/api/v1/referrals/report/export?format=xlsx" size="sm">
          {t('referrals.list.exportXlsx')}
        </Anchor>
      </Group>
      <QueryView
        query={list}
        isEmpty={(p) => p.items.length === 0}
        emptyMessage={t(
          query.overdue === 'true' ? 'referrals.list.noneOverdue' : 'referrals.list.empty',
        )}
      >
        {(page) => (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('referrals.list.reference')}</Table.Th>
                    <Table.Th>{t('referrals.list.service')}</Table.Th>
                    <Table.Th>{t('referrals.list.followUp')}</Table.Th>
                    <Table.Th>{t('referrals.list.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td dir="ltr">
                        <Anchor component={Link} to={`/referrals/${r.id}`} size="sm">
                          {r.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.service.name}</Text>
                        <Text size="xs" c="dimmed">
                          {t(`directory.types.${r.service.type}`)} ·{' '}
                          {r.consent
                            ? t(`referrals.consent.${r.consent.givenBy}`)
                            : t('referrals.override.short')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm">
                            {r.followUpOn ? formatDate(r.followUpOn, lang) : '—'}
                          </Text>
                          {r.overdue && <Badge color="red.8">{t('referrals.list.overdue')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <StatusSelect referral={r} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
