import { Badge, Button, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessFindingView, AccessReport } from '../../../core/access/access-report.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { count, percent } from './format.js';
import { groupLabel } from './group-label.js';

const STATUS_COLOUR: Record<AccessFindingView['status'], string> = {
  excluded: 'red',
  gap_below_minimum: 'yellow',
  not_significant: 'gray',
  underpowered: 'gray',
  no_baseline: 'gray',
  no_reach: 'gray',
};

/** Most under-represented first; groups without a ratio last. */
function byRepresentation(a: AccessFindingView, b: AccessFindingView) {
  return (a.representation ?? Infinity) - (b.representation ?? Infinity);
}

/** What is worth reading first: every group of one dimension, and any group not reached fairly. */
function isNotable(f: AccessFindingView): boolean {
  return Object.keys(f.group).length === 1 || f.status !== 'not_significant';
}

/** The groups with their shares, their representation and what the test says of each. */
export function FindingsTable({ report }: { report: AccessReport }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [showAll, setShowAll] = useState(false);
  const sorted = [...report.findings].sort(byRepresentation);
  const rows = showAll ? sorted : sorted.filter(isNotable);
  return (
    <>
      <TableRegion label={t('access.findingsTitle')} minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('access.columns.group')}</Table.Th>
              <Table.Th scope="col">{t('access.columns.reached')}</Table.Th>
              <Table.Th scope="col">{t('access.columns.reachedShare')}</Table.Th>
              <Table.Th scope="col">{t('access.columns.populationShare')}</Table.Th>
              <Table.Th scope="col">{t('access.columns.representation')}</Table.Th>
              <Table.Th scope="col">{t('access.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((f) => (
              <Table.Tr key={f.label}>
                <Table.Th scope="row" fw={500}>
                  {groupLabel(t, f.group)}
                </Table.Th>
                <Table.Td>{count(f.reached, lang)}</Table.Td>
                <Table.Td>{percent(f.reachedShare, lang)}</Table.Td>
                <Table.Td>{percent(f.baselineShare, lang)}</Table.Td>
                <Table.Td>{percent(f.representation, lang)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOUR[f.status]} variant="light">
                    {t(`access.status.${f.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
      {rows.length < sorted.length || showAll ? (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('access.showNotable') : t('access.showAll', { count: sorted.length })}
        </Button>
      ) : null}
    </>
  );
}
