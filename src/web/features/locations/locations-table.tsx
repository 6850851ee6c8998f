import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocationItem } from '../../../core/locations/location.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { levelKey, placeName } from './location-labels.js';

interface LocationListProps {
  items: LocationItem[];
  sort: 'pcode' | 'name';
  onSort: (sort: 'pcode' | 'name') => void;
  onOpen: (pcode: string) => void;
}

function OpenButton({ item, onOpen }: { item: LocationItem; onOpen: (pcode: string) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (item.childrenCount === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('locations.noChildren')}
      </Text>
    );
  return (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => onOpen(item.pcode)}
      aria-label={t('locations.openAria', {
        name: placeName(item, lang),
        count: item.childrenCount,
      })}
    >
      {t('locations.children', { count: item.childrenCount })}
    </Button>
  );
}

/** The places of one level or search, as a table with sortable P-code and name columns. */
export function LocationsTable({ items, sort, onSort, onOpen }: LocationListProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <TableRegion label={t('locations.tableLabel')} minWidth={560}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader
              label={t('locations.column.pcode')}
              direction={sort === 'pcode' ? 'ascending' : null}
              onSort={() => onSort('pcode')}
            />
            <SortableHeader
              label={t('locations.column.name')}
              direction={sort === 'name' ? 'ascending' : null}
              onSort={() => onSort('name')}
            />
            <Table.Th>{t('locations.column.level')}</Table.Th>
            <Table.Th>{t('locations.column.children')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.pcode}>
              <Table.Td className="nowrap">
                <bdi>{item.pcode}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{placeName(item, lang)}</bdi>
                <RetiredBadge item={item} />
              </Table.Td>
              <Table.Td>{t(levelKey(item.level), { level: item.level })}</Table.Td>
              <Table.Td>
                <OpenButton item={item} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

/** A place a newer gazetteer no longer has: kept for the records dated before. */
function RetiredBadge({ item }: { item: LocationItem }) {
  const { t } = useTranslation();
  if (!item.retiredOn) return null;
  return (
    <Badge variant="light" color="gray" ms="xs">
      {t('locations.retired', { date: item.retiredOn })}
    </Badge>
  );
}

/** The same places as cards, for phones. */
export function LocationCards({ items, onOpen }: Omit<LocationListProps, 'sort' | 'onSort'>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Stack gap="xs" component="ul" className="plain-list" aria-label={t('locations.tableLabel')}>
      {items.map((item) => (
        <Card withBorder padding="sm" component="li" key={item.pcode}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>
                <bdi>{placeName(item, lang)}</bdi>
                <RetiredBadge item={item} />
              </Text>
              <Text size="sm" c="dimmed">
                <bdi>{item.pcode}</bdi> · {t(levelKey(item.level), { level: item.level })}
              </Text>
            </Stack>
            <OpenButton item={item} onOpen={onOpen} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
