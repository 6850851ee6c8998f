import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../core/errors.js';
import { TableRegion } from '../../components/table-region.js';

export interface RowProblem {
  line: number;
  field: string;
  code: string;
  params?: Record<string, string>;
}

/** The bad rows (or bad form fields, as line 0) an import refusal carries, if it is one. */
export function problemsOf(error: unknown): RowProblem[] | undefined {
  if (!AppError.isAppError(error)) return undefined;
  const details = error.details as {
    rows?: RowProblem[];
    fields?: { path: string; code: string }[];
  };
  return details?.rows ?? details?.fields?.map((f) => ({ line: 0, field: f.path, code: f.code }));
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
              <Table.Td>
                {t(`reach.problem.${p.code}`, { ...p.params, defaultValue: p.code })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
