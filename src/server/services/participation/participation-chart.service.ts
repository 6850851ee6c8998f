/**
 * Participation by group for a project or a place (and everything below it): the sum of the
 * consultations' participants by sex × age bracket, with the other groups. Viewers get the
 * published version, small cells suppressed at the organisation's threshold.
 */
import { participationByGroup } from '../../../core/participation/participation-by-group.js';
import type {
  ParticipationByGroupView,
  ParticipationQuery,
} from '../../../core/participation/participation-api.schema.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import { selectConsultations, type ConsultationRow } from '../../repos/consultations.repo.js';
import { decisionCounts } from '../../repos/consultation-counts.repo.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { countryScope, loadProject } from '../projects.service.js';
import { isPublished } from '../reach/export-reach.js';

/** More consultations than any one project or place holds; the chart says so if reached. */
export const MAX_CONSULTATIONS = 10_000;

/** The consultations a chart or export covers, with the filters checked against the actor's scope. */
export async function consultationsFor(
  ctx: Context,
  action: string,
  query: { projectId?: string | undefined; location?: string | undefined },
): Promise<ConsultationRow[]> {
  authorize(ctx.actor, action);
  const organizationId = organizationOf(ctx.actor);
  if (query.projectId) await loadProject(ctx, action, query.projectId);
  return selectConsultations(
    ctx.db,
    organizationId,
    { ...query, countries: countryScope(ctx.actor) },
    MAX_CONSULTATIONS,
  );
}

/** The participation chart of a project or place. */
export async function participationChart(
  ctx: Context,
  query: ParticipationQuery,
): Promise<ParticipationByGroupView> {
  const rows = await consultationsFor(ctx, 'consultations.chart', query);
  const organizationId = organizationOf(ctx.actor);
  const settings = await loadSettings(ctx.db, organizationId);
  const decisions = await decisionCounts(
    ctx.db,
    organizationId,
    rows.map((r) => r.id),
  );
  const records = rows.map((r) => ({
    participants: r.participants,
    groups: r.groups,
    decisions: decisions.get(r.id) ?? 0,
  }));
  const threshold = isPublished(ctx.actor, false) ? settings.disclosureThreshold : undefined;
  return participationByGroup(
    records,
    parseAgeBrackets(settings.ageBrackets).map((b) => b.code),
    threshold,
  );
}
