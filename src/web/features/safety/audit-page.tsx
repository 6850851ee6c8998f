import { Anchor, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isActionable } from '../../../core/safety/compare-audits.js';
import type { SafetyAudit } from '../../../core/safety/safety-audit.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ActionForm } from './action-form.js';
import { ActionsTable } from './actions-table.js';
import { AuditPhotos } from './audit-photos.js';
import { ChangeBadge, RiskBadge } from './risk-badge.js';
import { actionsQuery, auditQuery } from './safety.api.js';
import { canAuditSafety } from './safety-labels.js';

/** A date kept left to right inside right-to-left text (first-strong isolate). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The findings as cards on a phone: the question, then answer, risk now, risk then and change. */
function FindingsCards({ audit }: { audit: SafetyAudit }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
      {audit.answers.map((a) => (
        <Paper key={a.itemCode} withBorder p="xs" component="li" data-card={a.itemCode}>
          <Text size="xs" c="dimmed">
            {a.topicName}
          </Text>
          <Text size="sm">{a.question}</Text>
          <Group gap="xs" mt={4}>
            <Text size="sm">{t(`safety.answer.${a.answer}`)}</Text>
            <RiskBadge risk={a.risk} />
            {audit.previous && (
              <Text size="sm">
                {t('safety.audit.columns.before')}: <RiskBadge risk={a.previousRisk} />
              </Text>
            )}
            <ChangeBadge change={a.change} />
          </Group>
          {a.notes && <Text size="sm">{a.notes}</Text>}
        </Paper>
      ))}
    </Stack>
  );
}

/** Each item: question, answer, risk now, and (on a re-audit) the risk then and the change. */
function FindingsTable({ audit }: { audit: SafetyAudit }) {
  const { t } = useTranslation();
  const compared = audit.previous !== null;
  return (
    <TableRegion label={t('safety.audit.caption')} minWidth={compared ? 760 : 560}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('safety.audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('safety.audit.columns.item')}</Table.Th>
            <Table.Th>{t('safety.audit.columns.answer')}</Table.Th>
            <Table.Th>{t('safety.audit.columns.risk')}</Table.Th>
            {compared && <Table.Th>{t('safety.audit.columns.before')}</Table.Th>}
            {compared && <Table.Th>{t('safety.audit.columns.change')}</Table.Th>}
            <Table.Th>{t('safety.audit.columns.notes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.answers.map((a) => (
            <Table.Tr key={a.itemCode} data-item={a.itemCode}>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {a.topicName}
                </Text>
                {a.question}
              </Table.Td>
              <Table.Td>{t(`safety.answer.${a.answer}`)}</Table.Td>
              <Table.Td>
                <RiskBadge risk={a.risk} />
              </Table.Td>
              {compared && (
                <Table.Td>
                  <RiskBadge risk={a.previousRisk} />
                </Table.Td>
              )}
              {compared && (
                <Table.Td>
                  <ChangeBadge change={a.change} />
                </Table.Td>
              )}
              <Table.Td>{a.notes ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function AuditView({ audit }: { audit: SafetyAudit }) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const editable = canAuditSafety(role);
  const actions = useQuery(actionsQuery({ auditId: audit.id, pageSize: 100 }));
  const taken = new Set(actions.data?.items.map((a) => a.itemCode));
  const open = audit.answers.filter((a) => isActionable(a.risk) && !taken.has(a.itemCode));
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('safety.audit.title', { site: audit.siteName, date: isolate(audit.date) })}
        description={t('safety.audit.summary', { ...audit.counts, number: audit.templateNumber })}
      />
      <Group gap="md">
        <Anchor component={Link} to={`/safety/sites/${audit.siteId}`}>
          {t('safety.audit.backToSite', { site: audit.siteName })}
        </Anchor>
        {audit.previous ? (
          <Anchor component={Link} to={`/safety/audits/${audit.previous.id}`}>
            {t('safety.audit.comparedWith', { date: audit.previous.date })}
          </Anchor>
        ) : (
          <Text>{t('safety.audit.first')}</Text>
        )}
      </Group>
      <FindingsCards audit={audit} />
      <Box visibleFrom="sm">
        <FindingsTable audit={audit} />
      </Box>
      <AuditPhotos audit={audit} editable={editable} />
      {actions.data && actions.data.items.length > 0 && (
        <ActionsTable items={actions.data.items} editable={editable} />
      )}
      {editable && open.length > 0 && (
        <ActionForm key={open.length} auditId={audit.id} findings={open} />
      )}
    </Stack>
  );
}

/** One audit in full: findings, the change since the previous audit, photos, actions. */
export function AuditPage() {
  const { id = '' } = useParams();
  const lang = useLanguage();
  const audit = useQuery(auditQuery(id, lang));
  return (
    <QueryView query={audit} isEmpty={() => false} emptyMessage="">
      {(a) => <AuditView audit={a} />}
    </QueryView>
  );
}
