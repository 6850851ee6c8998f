import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../core/projects/action.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { todayIso } from '../../lib/today.js';
import { ActionRow } from './action-row.js';
import { sortActions } from './sort-actions.js';

interface ActionsTableProps {
  actions: Action[];
  caption: string;
  /** Show the project column (My actions). */
  withProject?: boolean;
  canEdit: boolean;
}

/** Actions, overdue first: title, project, owner, due date, status (editable when allowed). */
export function ActionsTable({
  actions,
  caption,
  withProject = false,
  canEdit,
}: ActionsTableProps) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <TableRegion label={caption} minWidth={withProject ? 720 : 620}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actions.columns.title')}</Table.Th>
            {withProject && <Table.Th>{t('actions.columns.project')}</Table.Th>}
            <Table.Th>{t('actions.columns.owner')}</Table.Th>
            <Table.Th>{t('actions.columns.due')}</Table.Th>
            <Table.Th>{t('actions.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortActions(actions, today).map((action) => (
            <ActionRow
              key={action.id}
              action={action}
              today={today}
              withProject={withProject}
              canEdit={canEdit}
            />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
