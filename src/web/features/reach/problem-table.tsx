import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/table-region.js';

export interface RowProblem {
  line: number;
  field: string;
  code: string;
}

/** Bad rows of an import, by line, field and reason. */
export function ProblemTable({ problems }: { problems: RowProblem[] }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('reach.import.problems')} minWidth={420}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reach.import.line')}</Table.Th>
            <Table.Th>{t('reach.import.field')}</Table.Th>
            <Table.Th>{t('reach.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.line}-${p.field}-${i}`}>
              <Table.Td>{p.line || '—'}</Table.Td>
              <Table.Td>
                <bdi>{p.field}</bdi>
              </Table.Td>
              <Table.Td>{t(`reach.problem.${p.code}`, { defaultValue: p.code })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
