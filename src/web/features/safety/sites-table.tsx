import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Site } from '../../../core/safety/safety-site.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { RiskCountsText } from './risk-badge.js';

const SORTABLE = ['name', 'type', 'lastAudited'] as const;

interface SitesTableProps {
  items: Site[];
  sort: string;
  onSort: (sort: string) => void;
}

function Row({ site }: { site: Site }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/safety/sites/${site.id}`}>
          {site.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{t(`safety.siteType.${site.type}`)}</Table.Td>
      <Table.Td className="nowrap">{site.lastAuditedOn ?? '—'}</Table.Td>
      <Table.Td>
        {site.place.name} <bdi>({site.place.pcode})</bdi>
      </Table.Td>
      <Table.Td>
        <RiskCountsText counts={site.lastRisk} />
      </Table.Td>
      <Table.Td>
        {site.openActions}
        {site.overdueActions > 0 && (
          <Badge color="red.9" ms="xs">
            {t('safety.actions.overdueCount', { count: site.overdueActions })}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** One page of sites; headers sort. */
export function SitesTable({ items, sort, onSort }: SitesTableProps) {
  const { t } = useTranslation();
  const direction = (key: string) =>
    sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
  return (
    <TableRegion label={t('safety.sites.caption')} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('safety.sites.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {SORTABLE.map((key) => (
              <SortableHeader
                key={key}
                label={t(`safety.sites.columns.${key}`)}
                direction={direction(key)}
                onSort={() => onSort(sort === key ? `-${key}` : key)}
              />
            ))}
            <Table.Th>{t('safety.sites.columns.place')}</Table.Th>
            <Table.Th>{t('safety.sites.columns.lastRisk')}</Table.Th>
            <Table.Th>{t('safety.sites.columns.openActions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((site) => (
            <Row key={site.id} site={site} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
