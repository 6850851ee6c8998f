import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskPriority } from '../../../core/risk/risk-analysis-api.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { historyPath } from './risk-format.js';
import { placeName, severityColors, useRiskNames } from './risk-labels.js';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Arrow keys move between the cells' links like a grid (left and right follow the reading direction). */
function moveFocus(event: React.KeyboardEvent<HTMLTableElement>, rtl: boolean) {
  const move = MOVES[event.key];
  const target = event.target as HTMLElement;
  const row = Number(target.dataset.row);
  const col = Number(target.dataset.col);
  if (!move || Number.isNaN(row)) return;
  const [dr, dc] = [move[0], rtl ? -move[1] : move[1]];
  // Cells without an analysis hold no link: skip over them in the direction of the key.
  for (let step = 1; step < 200; step += 1) {
    const next = event.currentTarget.querySelector<HTMLElement>(
      `a[data-row="${row + dr * step}"][data-col="${col + dc * step}"]`,
    );
    if (next) {
      event.preventDefault();
      next.focus();
      return;
    }
  }
}

function Cell({ item, row, col }: { item: RiskPriority | undefined; row: number; col: number }) {
  const { t } = useTranslation();
  if (!item)
    return (
      <Table.Td>
        <Text span size="xs" c="dimmed">
          {t('risk.matrix.notAnalysed')}
        </Text>
      </Table.Td>
    );
  const colors = severityColors(item.risk.severity);
  return (
    <Table.Td bg={colors.bg}>
      <Anchor
        component={Link}
        to={historyPath(item.locationPcode, item.riskCode)}
        c={colors.c}
        fw={700}
        size="sm"
        data-row={row}
        data-col={col}
      >
        {t(`risk.bands.${item.risk.band}`, { defaultValue: item.risk.label })}
      </Anchor>
      <Text span size="xs" display="block" c={colors.c}>
        {item.date}
      </Text>
    </Table.Td>
  );
}

/** The latest band of each place × risk analysed, as a table: colour and words in every cell. */
export function RiskMatrix({ items }: { items: RiskPriority[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { nameOf } = useRiskNames();
  const places = [...new Map(items.map((i) => [i.locationPcode, i])).values()].sort((a, b) =>
    a.locationPcode.localeCompare(b.locationPcode),
  );
  const risks = [...new Set(items.map((i) => i.riskCode))].sort();
  const byKey = new Map(items.map((i) => [`${i.locationPcode}|${i.riskCode}`, i]));
  return (
    <TableRegion label={t('risk.matrix.caption')} minWidth={200 + risks.length * 150}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        onKeyDown={(e) => moveFocus(e, document.dir === 'rtl')}
      >
        <Table.Caption>{t('risk.matrix.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('risk.columns.location')}</Table.Th>
            {risks.map((risk) => (
              <Table.Th key={risk} scope="col">
                {nameOf(risk)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {places.map((place, row) => (
            <Table.Tr key={place.locationPcode}>
              <Table.Th scope="row">
                {placeName(place.place, place.locationPcode, lang)}{' '}
                <bdi>({place.locationPcode})</bdi>
              </Table.Th>
              {risks.map((risk, col) => (
                <Cell
                  key={risk}
                  item={byKey.get(`${place.locationPcode}|${risk}`)}
                  row={row}
                  col={col}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
