import { Anchor, Button, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Committee } from '../../../core/participation/participation-api.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useCurrentUser } from '../auth/use-me.js';
import { BalanceFlags } from './balance-flag.js';
import { MeetingForm } from './meeting-form.js';
import { canRecordParticipation, placeLabel } from './participation-labels.js';
import { committeeQuery, meetingsQuery } from './participation.api.js';

function Members({ c }: { c: Committee }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('participation.committee.members')} minWidth={520}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>{t('participation.committee.members')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['role', 'sex', 'ageBracket', 'hasDisability', 'isMinority', 'count'] as const).map(
              (k) => (
                <Table.Th key={k} scope="col">
                  {t(`participation.committee.${k}`)}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.members.map((m, i) => (
            <Table.Tr key={i}>
              <Table.Td>{t(`participation.roles.${m.role}`)}</Table.Td>
              <Table.Td>{t(`participation.sexes.${m.sex}`)}</Table.Td>
              <Table.Td>
                <bdi>{m.ageBracket}</bdi>
              </Table.Td>
              <Table.Td>{m.hasDisability ? '✓' : ''}</Table.Td>
              <Table.Td>{m.isMinority ? '✓' : ''}</Table.Td>
              <Table.Td>{m.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function Meetings({ id, canRecord }: { id: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const meetings = useQuery(meetingsQuery(id));
  return (
    <section aria-labelledby="meetings-heading">
      <Title id="meetings-heading" order={2} fz="h3" mb="xs">
        {t('participation.meetings.title')}
      </Title>
      <QueryView
        query={meetings}
        isEmpty={(m) => m.items.length === 0}
        emptyMessage={t('participation.meetings.empty')}
      >
        {(m) => (
          <Stack gap="xs">
            {m.items.map((meeting) => (
              <Paper key={meeting.id} withBorder p="sm">
                <Text fw={600}>{meeting.heldOn}</Text>
                <Text size="sm">
                  {meeting.attendance
                    .filter((a) => a.count > 0)
                    .map((a) => `${t(`participation.sexes.${a.sex}`)}: ${a.count}`)
                    .join(' · ')}
                </Text>
                <List size="sm">
                  {meeting.decisions.map((d, i) => (
                    <List.Item key={i}>{d}</List.Item>
                  ))}
                </List>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryView>
      {canRecord && (
        <Paper withBorder p="md" mt="md">
          <Title order={3} fz="h4" mb="xs">
            {t('participation.meetings.record')}
          </Title>
          <MeetingForm committeeId={id} />
        </Paper>
      )}
    </section>
  );
}

/** One committee: its balance against the targets, members by group, training, meetings. */
export function CommitteePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { role } = useCurrentUser();
  const { id = '' } = useParams();
  const committee = useQuery(committeeQuery(id));
  const canRecord = canRecordParticipation(role);
  return (
    <QueryView query={committee} isEmpty={() => false} emptyMessage="">
      {(c) => (
        <Stack gap="lg">
          <PageHeader
            title={c.name}
            description={`${t(`participation.kinds.${c.kind}`)} · ${placeLabel(c.place, c.locationPcode, lang)}${c.siteName ? ` · ${c.siteName}` : ''}`}
            actions={
              canRecord && (
                <Button component={Link} to={`/participation/committees/${c.id}/edit`}>
                  {t('common.edit')}
                </Button>
              )
            }
          />
          <BalanceFlags balance={c.balance} targets={c.targets} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Text>
              {t('participation.committees.columns.members')}: {c.balance.members}
            </Text>
            <Text>
              {t('participation.form.project')}:{' '}
              {c.project ? (
                <Anchor component={Link} to={`/projects/${c.project.id}`}>
                  <bdi>{c.project.code}</bdi>
                </Anchor>
              ) : (
                t('common.none')
              )}
            </Text>
          </SimpleGrid>
          <Members c={c} />
          <section aria-labelledby="trainings-heading">
            <Title id="trainings-heading" order={2} fz="h3" mb="xs">
              {t('participation.committee.trainings')}
            </Title>
            {c.trainings.length === 0 ? (
              <Text c="dimmed">{t('participation.committee.noTrainings')}</Text>
            ) : (
              <List>
                {c.trainings.map((tr, i) => (
                  <List.Item key={i}>
                    {tr.date} — {tr.topic}
                  </List.Item>
                ))}
              </List>
            )}
          </section>
          <Meetings id={c.id} canRecord={canRecord} />
        </Stack>
      )}
    </QueryView>
  );
}
