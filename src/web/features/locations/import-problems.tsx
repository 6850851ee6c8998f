import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GazetteerProblemItem } from '../../../core/locations/location.schema.js';
import { TableRegion } from '../../components/table-region.js';

interface ImportProblemsProps {
  message: string;
  problems: GazetteerProblemItem[];
  total: number;
}

/** Why a gazetteer was refused: every problem by line and column, as the server reported it. */
export function ImportProblems({ message, problems, total }: ImportProblemsProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('locations.import.refused')} role="alert">
      <Text size="sm" mb="sm">
        {message}
      </Text>
      {total > problems.length && (
        <Text size="sm" mb="sm">
          {t('locations.import.moreProblems', { shown: problems.length, total })}
        </Text>
      )}
      <TableRegion label={t('locations.import.problemsLabel')} minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('locations.import.line')}</Table.Th>
              <Table.Th>{t('locations.import.column')}</Table.Th>
              <Table.Th>{t('locations.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={`${p.line}-${p.column}-${p.code}-${i}`}>
                <Table.Td className="nowrap">
                  {p.lines && p.lines > 1
                    ? t('locations.import.lineAndMore', { line: p.line, count: p.lines - 1 })
                    : p.line}
                </Table.Td>
                <Table.Td>
                  <bdi>{p.column}</bdi>
                </Table.Td>
                <Table.Td>
                  {p.message}
                  {p.value && (
                    <Text span c="dimmed">
                      {' '}
                      (<bdi>{p.value}</bdi>)
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
    </Alert>
  );
}
