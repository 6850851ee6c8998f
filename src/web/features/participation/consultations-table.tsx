import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationSummary } from '../../../core/participation/participation-api.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { placeLabel } from './participation-labels.js';

interface Props {
  items: ConsultationSummary[];
  sort: string;
  onSort: (sort: string) => void;
}

/** One page of consultations; the date and participant headers sort. */
export function ConsultationsTable({ items, sort, onSort }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const direction = (key: string) =>
    sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
  const sortable = (key: 'heldOn' | 'participants') => (
    <SortableHeader
      label={t(`participation.columns.${key}`)}
      direction={direction(key)}
      onSort={() => onSort(sort === `-${key}` ? key : `-${key}`)}
    />
  );
  return (
    <TableRegion label={t('participation.list.caption')} minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('participation.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {sortable('heldOn')}
            <Table.Th scope="col">{t('participation.columns.method')}</Table.Th>
            <Table.Th scope="col">{t('participation.columns.place')}</Table.Th>
            <Table.Th scope="col">{t('participation.columns.project')}</Table.Th>
            {sortable('participants')}
            <Table.Th scope="col">{t('participation.columns.issues')}</Table.Th>
            <Table.Th scope="col">{t('participation.columns.decisions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td className="nowrap">
                <Anchor component={Link} to={`/participation/consultations/${c.id}`}>
                  <time dateTime={c.heldOn}>{c.heldOn}</time>
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`participation.methods.${c.method}`)}</Table.Td>
              <Table.Td>
                {placeLabel(c.place, c.locationPcode, lang)} <bdi>({c.locationPcode})</bdi>
              </Table.Td>
              <Table.Td>{c.project ? <bdi>{c.project.code}</bdi> : t('common.none')}</Table.Td>
              <Table.Td>{c.totalParticipants}</Table.Td>
              <Table.Td>{c.issues}</Table.Td>
              <Table.Td>{c.decisions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
