import { Anchor, Badge, NativeSelect, Table } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTION_STATUSES, type SafetyAction } from '../../../core/safety/safety-action.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { RiskBadge } from './risk-badge.js';
import { SAFETY_KEY, updateSafetyAction } from './safety.api.js';

function StatusSelect({ action, editable }: { action: SafetyAction; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (status: SafetyAction['status']) =>
      updateSafetyAction(action.id, { status, version: action.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SAFETY_KEY }),
  });
  if (!editable) return <>{t(`safety.actionStatus.${action.status}`)}</>;
  return (
    <NativeSelect
      aria-label={t('safety.actions.statusOf', { title: action.title })}
      value={action.status}
      disabled={mutation.isPending}
      data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`safety.actionStatus.${s}`) }))}
      onChange={(event) => mutation.mutate(event.currentTarget.value as SafetyAction['status'])}
    />
  );
}

/** Actions of findings: risk, owner, due date (overdue flagged), status (changeable by auditors). */
export function ActionsTable({
  items,
  editable,
  withSite = false,
}: {
  items: SafetyAction[];
  editable: boolean;
  /** Name the site of each action (lists across sites). */
  withSite?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('safety.actions.caption')} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('safety.actions.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('safety.actions.columns.title')}</Table.Th>
            {withSite && <Table.Th>{t('safety.actions.columns.site')}</Table.Th>}
            <Table.Th>{t('safety.actions.columns.risk')}</Table.Th>
            <Table.Th>{t('safety.actions.columns.owner')}</Table.Th>
            <Table.Th>{t('safety.actions.columns.due')}</Table.Th>
            <Table.Th>{t('safety.actions.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <Anchor component={Link} to={`/safety/audits/${action.auditId}`}>
                  {action.title}
                </Anchor>{' '}
                <bdi>({action.itemCode})</bdi>
              </Table.Td>
              {withSite && (
                <Table.Td>
                  <Anchor component={Link} to={`/safety/sites/${action.siteId}`}>
                    {action.siteName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <RiskBadge risk={action.risk} />
              </Table.Td>
              <Table.Td>{action.ownerName ?? '—'}</Table.Td>
              <Table.Td className="nowrap">
                {action.dueDate}
                {action.overdue && (
                  <Badge color="red.9" ms="xs">
                    {t('safety.actions.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <StatusSelect action={action} editable={editable} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
