/**
 * Reach and baseline exports (CSV/XLSX) with the HXL hashtag row. Staff get every cell, one row per
 * project × place × period; viewers — and anyone asking for the published table — get rows per
 * place × period across projects, with small cells suppressed (organisation threshold). Audited.
 */
import { organizationOf, type Actor } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  assertPublishedLevel,
  publishedPlaceCodes,
} from '../../../core/disclosure/published-level.js';
import { parseAgeBrackets, type AgeBracketSet } from '../../../core/reach/age-brackets.js';
import { disaggregatedTable, type KeyColumn } from '../../../core/reach/disaggregated-table.js';
import type { ReachFilter } from '../../../core/reach/reach-entry.schema.js';
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import type { Db } from '../../db/database.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import { findLocationsByPcodes, type LocationRow } from '../../repos/locations.repo.js';
import { reachConditions, selectReachCells } from '../../repos/reach.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { countryScope, loadProject } from '../projects.service.js';
import { loadBaseline } from './baselines.service.js';

export const MAX_EXPORT_CELLS = 500_000;
const PLACE_COLUMNS: KeyColumn[] = [
  { header: 'country', hxl: '#country+code' },
  { header: 'admin1', hxl: '#adm1+code' },
  { header: 'admin2', hxl: '#adm2+code' },
  { header: 'admin3', hxl: '#adm3+code' },
];

/** Whether the caller gets the published (suppressed) table. */
export const isPublished = (actor: Actor | null, asked: boolean) =>
  asked || (actor?.kind !== 'system' && actor?.role === 'viewer');

/** Admin codes of a place and its parents, country first. */
async function placeCodes(db: Db, organizationId: string, pcodes: string[]) {
  const known = new Map<string, LocationRow>();
  let wanted = pcodes;
  for (let depth = 0; depth < 4 && wanted.length > 0; depth++) {
    const found = await findLocationsByPcodes(db, organizationId, wanted);
    found.forEach((row, code) => known.set(code, row));
    wanted = [...found.values()].flatMap((r) =>
      r.parentPcode && !known.has(r.parentPcode) ? [r.parentPcode] : [],
    );
  }
  return (pcode: string): string[] => {
    const codes = ['', '', '', ''];
    for (
      let row = known.get(pcode);
      row;
      row = row.parentPcode ? known.get(row.parentPcode) : undefined
    ) {
      if (row.level >= 1 && row.level <= 3) codes[row.level] = row.pcode;
      codes[0] = row.country;
    }
    return codes;
  };
}

/** The admin level of a place from its codes (the finest one given). */
const levelOf = (codes: readonly string[]) => codes.findLastIndex((code) => code !== '');

async function finish(
  ctx: Context,
  table: ExportTable,
  format: 'csv' | 'xlsx',
  name: string,
  audit: Record<string, unknown>,
): Promise<ExportFile> {
  await recordAudit(ctx, {
    action: audit.action as string,
    details: { ...audit, format, rows: table.rows.length },
  });
  const stamp = ctx.deps.now().toISOString().slice(0, 10);
  return format === 'csv'
    ? {
        filename: `${name}-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: tableToCsv(table),
      }
    : {
        filename: `${name}-${stamp}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await tableToXlsx(table, name),
      };
}

/** The reach table matching the filters as a file. */
export async function exportReach(
  ctx: Context,
  filter: ReachFilter,
  format: 'csv' | 'xlsx',
  asked: boolean,
): Promise<ExportFile> {
  authorize(ctx.actor, 'reach.export');
  const organizationId = organizationOf(ctx.actor);
  if (filter.projectId) await loadProject(ctx, 'reach.export', filter.projectId);
  const settings = await loadSettings(ctx.db, organizationId);
  const published = isPublished(ctx.actor, asked);
  if (published && filter.locationPcode)
    assertPublishedLevel(
      levelOf(
        (await placeCodes(ctx.db, organizationId, [filter.locationPcode]))(filter.locationPcode),
      ),
      settings.publishedAdminLevel,
      'locationPcode',
    );
  const found = await selectReachCells(
    ctx.db,
    reachConditions(organizationId, filter, countryScope(ctx.actor)),
    MAX_EXPORT_CELLS,
  );
  const codesOf = await placeCodes(ctx.db, organizationId, [
    ...new Set(found.map((f) => f.row.locationPcode)),
  ]);
  // Published rows go no finer than the published level: finer places add up into it.
  const placeOf = (pcode: string) =>
    published ? publishedPlaceCodes(codesOf(pcode), settings.publishedAdminLevel) : codesOf(pcode);
  const rows = new Map<string, string[]>();
  const cells = found.map(({ row, projectCode }) => {
    const period = [row.periodStart, row.periodEnd];
    const values = published
      ? [...placeOf(row.locationPcode), ...period]
      : [projectCode, ...placeOf(row.locationPcode), ...period];
    const rowKey = values.join('|');
    rows.set(rowKey, values);
    return {
      rowKey,
      sex: row.sex,
      ageBracket: row.ageBracket,
      disability: row.disability,
      count: row.count,
    };
  });
  const keyColumns = [
    ...(published ? [] : [{ header: 'project', hxl: '#activity+code' }]),
    ...PLACE_COLUMNS,
    { header: 'period_start', hxl: '#date+start' },
    { header: 'period_end', hxl: '#date+end' },
  ];
  const table = disaggregatedTable({
    keyColumns,
    rows: [...rows].map(([key, values]) => ({ key, values })),
    cells,
    brackets: parseAgeBrackets(settings.ageBrackets),
    measure: 'reached',
    threshold: published ? settings.disclosureThreshold : undefined,
  });
  return finish(ctx, table, format, 'reach', { action: 'reach.export', published, filter });
}

/** One baseline as a file (published for viewers or when asked). */
export async function exportBaseline(
  ctx: Context,
  id: string,
  format: 'csv' | 'xlsx',
  asked: boolean,
): Promise<ExportFile> {
  const { row, counts } = await loadBaseline(ctx, 'baselines.export', id);
  const settings = await loadSettings(ctx.db, row.organizationId);
  const brackets: AgeBracketSet = parseAgeBrackets(settings.ageBrackets);
  const codesOf = await placeCodes(ctx.db, row.organizationId, [row.locationPcode]);
  const published = isPublished(ctx.actor, asked);
  if (published)
    assertPublishedLevel(
      levelOf(codesOf(row.locationPcode)),
      settings.publishedAdminLevel,
      'locationPcode',
    );
  const table = disaggregatedTable({
    keyColumns: [
      ...PLACE_COLUMNS,
      { header: 'reference_date', hxl: '#date+reported' },
      { header: 'source', hxl: '#meta+source' },
    ],
    rows: [{ key: row.id, values: [...codesOf(row.locationPcode), row.referenceDate, row.source] }],
    cells: counts.map((c) => ({
      rowKey: row.id,
      sex: c.sex,
      ageBracket: c.ageBracket,
      disability: c.disability,
      count: c.count,
    })),
    brackets,
    measure: 'population',
    threshold: published ? settings.disclosureThreshold : undefined,
  });
  return finish(ctx, table, format, 'baseline', {
    action: 'baselines.export',
    published,
    baselineId: id,
  });
}
