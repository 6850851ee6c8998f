import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReachTable } from '../../../core/access/access-report.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { count } from './format.js';
import { valueLabel } from './group-label.js';

interface PlaceTableProps {
  table: ReachTable;
  /** Opens the places under one (the next admin level), or undefined at the last level. */
  onDrill: ((pcode: string) => void) | undefined;
}

/** People reached by place and by one dimension, with totals; "—" marks a withheld count. */
export function PlaceTable({ table, onDrill }: PlaceTableProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <TableRegion label={t('access.placesTitle')} minWidth={120 + 110 * table.columnKeys.length}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('access.columns.place')}</Table.Th>
              {table.columnKeys.map((key) => (
                <Table.Th scope="col" key={key}>
                  {valueLabel(t, table.columns, key)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('access.columns.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, r) => (
              <Table.Tr key={row.pcode}>
                <Table.Th scope="row" fw={500}>
                  {onDrill ? (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => onDrill(row.pcode)}
                    >
                      {row.name}
                    </Anchor>
                  ) : (
                    row.name
                  )}{' '}
                  <Text component="span" size="xs" c="dimmed">
                    {row.pcode}
                  </Text>
                </Table.Th>
                {table.cells[r]!.map((value, c) => (
                  <Table.Td key={table.columnKeys[c]}>{count(value, lang)}</Table.Td>
                ))}
                <Table.Td fw={600}>{count(table.rowTotals[r]!, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('access.columns.total')}</Table.Th>
              {table.columnTotals.map((value, c) => (
                <Table.Td key={table.columnKeys[c]} fw={600}>
                  {count(value, lang)}
                </Table.Td>
              ))}
              <Table.Td fw={700}>{count(table.grandTotal, lang)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </TableRegion>
      {table.disclosureThreshold !== null && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('access.withheldLegend', { threshold: table.disclosureThreshold })}
        </Text>
      )}
    </>
  );
}
