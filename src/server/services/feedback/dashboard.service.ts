/**
 * The feedback dashboard: volumes by channel, category, status, sex, age and disability; response
 * times; share within deadline; closure rate. SEA cases are counted apart and itemised nowhere;
 * for viewers every breakdown goes through small-cell suppression.
 */
import { z } from 'zod';
import { suppressBreakdown } from '../../../core/disclosure/suppress-breakdown.js';
import { canSeeCase } from '../../../core/feedback/lane.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  countBy,
  responseTimes,
  totals,
  type Dimension,
} from '../../repos/feedback-dashboard.repo.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';

export const dashboardQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const breakdownSchema = z.object({
  cells: z.array(z.object({ key: z.string(), count: z.number().int().nullable() })),
  total: z.number().int().nullable(),
});

export const dashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  suppressed: z.boolean(),
  breakdowns: z.record(z.string(), breakdownSchema),
  responseTimes: breakdownSchema,
  rates: z.object({
    closure: z.number().nullable(),
    acknowledgedOnTime: z.number().nullable(),
    respondedOnTime: z.number().nullable(),
  }),
  seaCases: z.number().int().nullable(),
});

export type FeedbackDashboard = z.infer<typeof dashboardSchema>;

const DIMENSIONS: Dimension[] = [
  'channel',
  'category',
  'status',
  'sex',
  'ageBracket',
  'disability',
];

/** The dashboard for the caller's organisation over a period (default: the last 90 days). */
export async function getFeedbackDashboard(
  ctx: Context,
  query: z.infer<typeof dashboardQuerySchema>,
): Promise<FeedbackDashboard> {
  authorize(ctx.actor, 'feedback.dashboard');
  const actor = ctx.actor!;
  // `to` is exclusive: the end of the given day, or just after now.
  const to = query.to
    ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000)
    : new Date(ctx.deps.now().getTime() + 1);
  const from = query.from
    ? new Date(`${query.from}T00:00:00Z`)
    : new Date(to.getTime() - 90 * 86_400_000);
  const scope = {
    organizationId: organizationOf(actor),
    includeSea: canSeeCase(actor, 'sea') && actor.kind !== 'system',
    from,
    to,
  };
  const suppress = actor.kind !== 'system' && actor.role === 'viewer';
  const { disclosureThreshold, seaDisclosureThreshold } = await loadSettings(
    ctx.db,
    scope.organizationId,
  );
  const publish = (cells: { key: string; count: number }[]) =>
    suppress
      ? suppressBreakdown(cells, disclosureThreshold)
      : { cells, total: cells.reduce((s, c) => s + c.count, 0) };
  const [counts, times, sums] = await Promise.all([
    Promise.all(DIMENSIONS.map((d) => countBy(ctx.db, scope, d))),
    responseTimes(ctx.db, scope),
    totals(ctx.db, scope),
  ]);
  const rate = (part: number, whole: number) =>
    whole === 0 || (suppress && whole < disclosureThreshold) ? null : part / whole;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    suppressed: suppress,
    breakdowns: Object.fromEntries(DIMENSIONS.map((d, i) => [d, publish(counts[i]!)])),
    responseTimes: publish(times),
    rates: {
      closure: rate(sums.closed, sums.cases),
      acknowledgedOnTime: rate(sums.acknowledged_on_time, sums.cases),
      respondedOnTime: rate(sums.responded_on_time, sums.responded),
    },
    seaCases: sums.sea > 0 && sums.sea < seaDisclosureThreshold ? null : sums.sea,
  };
}
