/**
 * The meaningful-access analysis of a scope (a project, a place and what lies below it, a period,
 * or the whole portfolio): people reached against the population baselines of the places reached,
 * group by group, with exclusion alerts (decision 018). Viewers get counts under disclosure
 * control (publish-findings.ts).
 */
import type { AccessQuery, AccessReport } from '../../../core/access/access-report.schema.js';
import { analyseMeaningfulAccess } from '../../../core/access/analyse-meaningful-access.js';
import type { GroupCell } from '../../../core/access/access-groups.js';
import { publishFindings } from '../../../core/access/publish-findings.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  baselineCells,
  placesWithoutBaseline,
  reachedCells,
  type AccessScope,
  type CellRow,
} from '../../repos/access.repo.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { publishedLevelFor, resolveAccessScope } from './access-scope.js';
import { dimensionOrders, publishedScopeMargins } from './linked-reach-table.js';

/** The analysis of the scope the query names, within the caller's scope. */
export async function analyseAccess(ctx: Context, query: AccessQuery): Promise<AccessReport> {
  authorize(ctx.actor, 'access.read');
  const organizationId = organizationOf(ctx.actor);
  const settings = await loadSettings(ctx.db, organizationId);
  const publishedLevel = publishedLevelFor(ctx, settings);
  const scope = await resolveAccessScope(ctx, organizationId, query, publishedLevel);
  const threshold = settings.disclosureThreshold;
  const [reachedRows, baselineRows, missing, margins] = await Promise.all([
    reachedCells(ctx.db, scope),
    baselineCells(ctx.db, scope),
    placesWithoutBaseline(ctx.db, scope),
    // What the reach tables by place publish of the same people: the findings must agree with it.
    publishedLevel === undefined
      ? []
      : publishedScopeMargins(ctx.db, scope, {
          orders: dimensionOrders(settings),
          threshold,
          publishedLevel,
        }),
  ]);
  const reached = reachedRows.map(toGroupCell);
  const analysis = analyseMeaningfulAccess(reached, baselineRows.map(toGroupCell), {
    ...settings.meaningfulAccess,
  });
  const reachedTotal = reached.reduce((sum, c) => sum + c.count, 0);
  const baselineTotal = baselineRows.reduce((sum, c) => sum + c.count, 0);
  const base = {
    baselineTotal,
    placesWithoutBaseline: missing,
    test: settings.meaningfulAccess,
  };
  if (publishedLevel === undefined) {
    const findings = analysis.findings.map((f) => ({ ...f, suppressed: false }));
    return {
      ...base,
      reachedTotal,
      findings,
      alerts: findings.filter((f) => f.status === 'excluded').sort(byAlertOrder(analysis.alerts)),
      disclosureThreshold: null,
    };
  }
  const published = publishFindings(analysis.findings, reached, threshold, margins);
  return {
    ...base,
    reachedTotal: published.reachedTotal,
    findings: published.findings,
    alerts: published.findings
      .filter((f) => f.status === 'excluded')
      .sort(byAlertOrder(analysis.alerts)),
    disclosureThreshold: threshold,
  };
}

function toGroupCell(row: CellRow): GroupCell {
  return {
    sex: row.sex as GroupCell['sex'],
    bracket: row.bracket,
    disability: row.disability as GroupCell['disability'],
    count: Number(row.count),
  };
}

/** Alerts in the order the analysis ranked them (most certain first). */
function byAlertOrder(alerts: readonly { label: string }[]) {
  const rank = new Map(alerts.map((a, i) => [a.label, i]));
  return (a: { label: string }, b: { label: string }) =>
    (rank.get(a.label) ?? 0) - (rank.get(b.label) ?? 0);
}

export type { AccessScope };
