import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskAnalysisSummary } from '../../../core/risk/risk-analysis-api.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatScore, historyPath } from './risk-format.js';
import { BandBadge } from './band-badge.js';
import { placeName, useRiskNames } from './risk-labels.js';

type SortKey = 'date' | 'location' | 'risk' | 'score';
const COLUMNS: readonly SortKey[] = ['date', 'location', 'risk', 'score'];

interface RiskTableProps {
  items: RiskAnalysisSummary[];
  sort: string;
  onSort: (sort: string) => void;
}

function Row({ item }: { item: RiskAnalysisSummary }) {
  const lang = useLanguage();
  const { nameOf } = useRiskNames();
  return (
    <Table.Tr>
      <Table.Td className="nowrap">
        <time dateTime={item.date}>{item.date}</time>
      </Table.Td>
      <Table.Td>
        {placeName(item.place, item.locationPcode, lang)} <bdi>({item.locationPcode})</bdi>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={historyPath(item.locationPcode, item.riskCode)}>
          {nameOf(item.riskCode)}
        </Anchor>
      </Table.Td>
      <Table.Td className="nowrap">{formatScore(item.risk.score, lang)}</Table.Td>
      <Table.Td>
        <BandBadge {...item.risk} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One page of analyses; headers sort (aria-sort tells screen readers the order). */
export function RiskTable({ items, sort, onSort }: RiskTableProps) {
  const { t } = useTranslation();
  const direction = (key: SortKey) =>
    sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
  return (
    <TableRegion label={t('risk.list.caption')} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('risk.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((key) => (
              <SortableHeader
                key={key}
                label={t(`risk.columns.${key}`)}
                direction={direction(key)}
                onSort={() => onSort(sort === key ? `-${key}` : key)}
              />
            ))}
            <Table.Th>{t('risk.columns.band')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Row key={item.id} item={item} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
