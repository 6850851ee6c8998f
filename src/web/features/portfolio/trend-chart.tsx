import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../../../core/projects/portfolio.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatPercent } from '../../lib/format-score.js';

type Point = Portfolio['trend'][number];

const WIDTH = 600;
const HEIGHT = 190;
const PAD = 30;

/** "Apr 2026" in the interface language, from "2026-04". */
function formatMonth(month: string, lang: string): string {
  const date = new Date(`${month}-01T00:00:00`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    numberingSystem: 'latn',
  }).format(date);
}

/** The SVG coordinates of the months that have a score (0–100 % from bottom to top). */
export function trendPoints(trend: Point[]): { x: number; y: number; point: Point }[] {
  const step = trend.length > 1 ? (WIDTH - 2 * PAD) / (trend.length - 1) : 0;
  return trend.flatMap((point, index) =>
    point.score === null
      ? []
      : [{ x: PAD + index * step, y: HEIGHT - PAD - point.score * (HEIGHT - 2 * PAD), point }],
  );
}

function TrendGrid() {
  const lang = useLanguage();
  return (
    <>
      {[0, 0.5, 1].map((level) => {
        const y = HEIGHT - PAD - level * (HEIGHT - 2 * PAD);
        return (
          <g key={level}>
            <line x1={PAD} x2={WIDTH - PAD} y1={y} y2={y} className="trend-grid" />
            <text x={0} y={y + 4} className="trend-label">
              {formatPercent(level, lang)}
            </text>
          </g>
        );
      })}
    </>
  );
}

function TrendSvg({ trend }: { trend: Point[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const points = trendPoints(trend);
  const ends = points.length > 1 ? [points[0]!, points[points.length - 1]!] : points;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="trend-chart"
      role="img"
      aria-labelledby="trend-title"
    >
      <title id="trend-title">{t('portfolio.trendAlt')}</title>
      <TrendGrid />
      <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} className="trend-line" />
      {points.map((p) => (
        <circle key={p.point.month} cx={p.x} cy={p.y} r={4} className="trend-dot" />
      ))}
      {ends.map((p, index) => (
        <text
          key={p.point.month}
          x={p.x}
          y={HEIGHT - 8}
          className="trend-label"
          textAnchor={index === 0 ? 'start' : 'end'}
        >
          {formatMonth(p.point.month, lang)}
        </text>
      ))}
    </svg>
  );
}

function TrendTable({ trend }: { trend: Point[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Table mt="xs" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('portfolio.month')}</Table.Th>
          <Table.Th scope="col">{t('portfolio.score')}</Table.Th>
          <Table.Th scope="col">{t('portfolio.answers')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trend.map((point) => (
          <Table.Tr key={point.month}>
            <Table.Td>{formatMonth(point.month, lang)}</Table.Td>
            <Table.Td>{formatPercent(point.score, lang) ?? t('portfolio.noScore')}</Table.Td>
            <Table.Td>{point.answers}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The monthly average score as a line, with the same figures in a table as its text alternative. */
export function TrendChart({ trend }: { trend: Point[] }) {
  const { t } = useTranslation();
  return (
    <>
      <TrendSvg trend={trend} />
      <details className="guidance">
        <summary>{t('portfolio.trendData')}</summary>
        <TrendTable trend={trend} />
      </details>
    </>
  );
}
