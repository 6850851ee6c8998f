/** Portfolio exports (CSV, XLSX with an HXL row), in the caller's language, audited. */
import { buildFramework } from '../../core/framework/build-framework.js';
import { portfolioTable } from '../../core/projects/portfolio-table.js';
import type { PortfolioQuery } from '../../core/projects/portfolio.schema.js';
import type { LanguageCode } from '../../core/shared/language.js';
import { tableToCsv, tableToXlsx } from '../exports/write-table.js';
import { translate } from '../i18n/translate.js';
import { recordAudit } from './audit.service.js';
import type { Context } from './context.js';
import { getPortfolio } from './portfolio.service.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const COLUMNS = [
  'country',
  'sectorCode',
  'sector',
  'principleCode',
  'principle',
  'score',
  'projects',
] as const;

/** The heatmap as a file. */
export async function exportPortfolio(
  ctx: Context,
  query: PortfolioQuery,
  format: 'csv' | 'xlsx',
  lang: LanguageCode,
): Promise<ExportFile> {
  const portfolio = await getPortfolio(ctx, query, lang);
  const framework = buildFramework(ctx.deps.framework, lang);
  const principleName = new Map(framework.principles.map((p) => [p.code, p.short]));
  const sectorName = new Map(framework.sectors.map((s) => [s.code, s.name]));
  const headers = COLUMNS.map((c) => translate(lang, `export.portfolio.${c}`)) as Parameters<
    typeof portfolioTable
  >[2];
  const table = portfolioTable(
    portfolio,
    { principle: (c) => principleName.get(c) ?? c, sector: (c) => sectorName.get(c) ?? c },
    headers,
  );
  await recordAudit(ctx, {
    action: 'portfolio.export',
    details: { format, rows: table.rows.length, filters: query },
  });
  const stamp = ctx.deps.now().toISOString().slice(0, 10);
  if (format === 'csv')
    return {
      filename: `mainstream-portfolio-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: tableToCsv(table),
    };
  return {
    filename: `mainstream-portfolio-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await tableToXlsx(table, translate(lang, 'export.portfolio.sheet')),
  };
}
