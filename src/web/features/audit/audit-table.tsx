import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/audit/audit.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { AuditRow } from './audit-row.js';

const COLUMNS = ['at', 'actor', 'action', 'target', 'origin'] as const;

/** Audit entries: when, who, what, on what, from where. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('audit.caption')} minWidth={820}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column}>{t(`audit.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
