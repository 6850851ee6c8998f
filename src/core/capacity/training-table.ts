/**
 * The training export tables (decision 029). Staff get one row per session; the published table
 * (viewers) has one row per country × topic with small cells suppressed so that no count below the
 * threshold can be read or worked out from the total.
 */
import { suppressBreakdown } from '../disclosure/suppress-breakdown.js';
import { SEXES } from '../feedback/feedback.schema.js';
import type { ExportTable } from '../projects/portfolio-table.js';
import { PARTICIPANT_TYPES } from './capacity-codes.js';

export interface SessionFigures {
  date: string;
  country: string;
  locationPcode: string;
  topic: string;
  projectCode: string | null;
  language: string;
  counts: readonly { participantType: string; sex: string; count: number }[];
}

const CELLS = PARTICIPANT_TYPES.flatMap((type) => SEXES.map((sex) => `${type}_${sex}`));

function cellsOf(counts: SessionFigures['counts']) {
  const byKey = new Map(counts.map((c) => [`${c.participantType}_${c.sex}`, c.count]));
  return CELLS.map((key) => ({ key, count: byKey.get(key) ?? 0 }));
}

/** One row per session, every count. */
export function sessionTable(sessions: readonly SessionFigures[]): ExportTable {
  return {
    headers: [
      'date',
      'country',
      'location_pcode',
      'topic',
      'project',
      'language',
      ...CELLS,
      'total',
    ],
    hxl: [
      '#date',
      '#country+code',
      '#loc+code',
      '#activity+type',
      '#activity+code',
      '#meta+lang',
      ...CELLS.map(() => ''),
      '',
    ],
    rows: sessions.map((s) => {
      const cells = cellsOf(s.counts);
      const total = cells.reduce((sum, c) => sum + c.count, 0);
      return [
        s.date,
        s.country,
        s.locationPcode,
        s.topic,
        s.projectCode ?? '',
        s.language,
        ...cells.map((c) => c.count),
        total,
      ];
    }),
  };
}

/** One row per country × topic, sessions summed, small cells suppressed (null = withheld). */
export function publishedTrainingTable(
  sessions: readonly SessionFigures[],
  threshold: number,
): ExportTable {
  const groups = new Map<
    string,
    { country: string; topic: string; sessions: number; sums: Map<string, number> }
  >();
  for (const s of sessions) {
    const key = `${s.country}|${s.topic}`;
    const group = groups.get(key) ?? {
      country: s.country,
      topic: s.topic,
      sessions: 0,
      sums: new Map(),
    };
    group.sessions += 1;
    for (const c of cellsOf(s.counts))
      group.sums.set(c.key, (group.sums.get(c.key) ?? 0) + c.count);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) =>
    `${a.country}${a.topic}`.localeCompare(`${b.country}${b.topic}`),
  );
  return {
    headers: ['country', 'topic', 'sessions', ...CELLS, 'total'],
    hxl: ['#country+code', '#activity+type', '', ...CELLS.map(() => ''), ''],
    rows: sorted.map((g) => {
      const published = suppressBreakdown(
        CELLS.map((key) => ({ key, count: g.sums.get(key) ?? 0 })),
        threshold,
      );
      return [
        g.country,
        g.topic,
        g.sessions,
        ...published.cells.map((c) => c.count),
        published.total,
      ];
    }),
  };
}
