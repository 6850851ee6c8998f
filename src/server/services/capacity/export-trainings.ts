/**
 * Training exports (CSV/XLSX with an HXL row): staff get one row per session; viewers, or anyone
 * asking for the published table, get country × topic rows with small cells suppressed. Audited.
 */
import { publishedTrainingTable, sessionTable } from '../../../core/capacity/training-table.js';
import type { ListTrainingsQuery } from '../../../core/capacity/training.schema.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import { countsOfSessions, selectTrainingSessions } from '../../repos/trainings.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { countryScope } from '../projects.service.js';
import { isPublished } from '../reach/export-reach.js';
import { exportFile } from './export-file.js';

export type TrainingExportFilter = Omit<ListTrainingsQuery, 'page' | 'pageSize' | 'sort'>;

/** The sessions matching the filters as a file. */
export async function exportTrainings(
  ctx: Context,
  filter: TrainingExportFilter,
  format: 'csv' | 'xlsx',
  asked: boolean,
): Promise<ExportFile> {
  authorize(ctx.actor, 'trainings.export');
  const organizationId = organizationOf(ctx.actor);
  const rows = await selectTrainingSessions(ctx.db, organizationId, {
    ...filter,
    countries: countryScope(ctx.actor),
  });
  const [counts, projects, settings] = await Promise.all([
    countsOfSessions(
      ctx.db,
      organizationId,
      rows.map((r) => r.id),
    ),
    findProjectsByIds(ctx.db, organizationId, [
      ...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : []))),
    ]),
    loadSettings(ctx.db, organizationId),
  ]);
  const codeOf = new Map(projects.map((p) => [p.id, p.code]));
  const figures = rows.map((r) => ({
    date: r.heldOn,
    country: r.country,
    locationPcode: r.locationPcode,
    topic: r.topic,
    projectCode: r.projectId ? (codeOf.get(r.projectId) ?? null) : null,
    language: r.language,
    counts: counts.get(r.id) ?? [],
  }));
  const published = isPublished(ctx.actor, asked);
  const table = published
    ? publishedTrainingTable(figures, settings.disclosureThreshold)
    : sessionTable(figures);
  await recordAudit(ctx, {
    action: 'trainings.export',
    targetType: 'training_session',
    details: { format, published, rows: table.rows.length, sessions: rows.length },
  });
  return exportFile(ctx, table, format, published ? 'trainings-published' : 'trainings');
}
