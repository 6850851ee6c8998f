/**
 * The feedback dashboard: volumes by channel, category, status, sex, age, disability and
 * satisfaction; response times; share within deadline; closure rate; satisfied share. SEA cases are
 * counted apart and itemised nowhere; for viewers every breakdown goes through small-cell
 * suppression, and every share is computed from published counts or withheld.
 */
import { shareOfPublished } from '../../../core/disclosure/share-of-published.js';
import { suppressBreakdown, type Cell } from '../../../core/disclosure/suppress-breakdown.js';
import {
  SATISFACTION_KEYS,
  SATISFACTION_SCORES,
  SATISFIED_SCORES,
  type DashboardQuery,
  type FeedbackDashboard,
} from '../../../core/feedback/dashboard.schema.js';
import { canSeeCase } from '../../../core/feedback/lane.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  countBy,
  countBySatisfaction,
  responseTimes,
  totals,
  type Dimension,
} from '../../repos/feedback-dashboard.repo.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';

const DIMENSIONS = [
  'channel',
  'category',
  'status',
  'sex',
  'ageBracket',
  'disability',
] as const satisfies Dimension[];

/** Every satisfaction key in order, zero where no case has it. */
const everySatisfactionKey = (rows: Cell[]): Cell[] =>
  SATISFACTION_KEYS.map((key) => ({ key, count: rows.find((r) => r.key === key)?.count ?? 0 }));

/** The dashboard for the caller's organisation over a period (default: the last 90 days). */
export async function getFeedbackDashboard(
  ctx: Context,
  query: DashboardQuery,
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
  const [counts, satisfactionRows, times, sums] = await Promise.all([
    Promise.all(DIMENSIONS.map((d) => countBy(ctx.db, scope, d))),
    countBySatisfaction(ctx.db, scope),
    responseTimes(ctx.db, scope),
    totals(ctx.db, scope),
  ]);
  // The satisfied share is worked out from the published counts, so suppression withholds it too.
  const satisfaction = publish(everySatisfactionKey(satisfactionRows));
  const rate = (part: number, whole: number) =>
    whole === 0 || (suppress && whole < disclosureThreshold) ? null : part / whole;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    suppressed: suppress,
    breakdowns: {
      ...(Object.fromEntries(DIMENSIONS.map((d, i) => [d, publish(counts[i]!)])) as Record<
        (typeof DIMENSIONS)[number],
        ReturnType<typeof publish>
      >),
      satisfaction,
    },
    responseTimes: publish(times),
    rates: {
      closure: rate(sums.closed, sums.cases),
      acknowledgedOnTime: rate(sums.acknowledged_on_time, sums.cases),
      respondedOnTime: rate(sums.responded_on_time, sums.responded),
      satisfied: shareOfPublished(satisfaction, SATISFIED_SCORES, SATISFACTION_SCORES),
    },
    seaCases: sums.sea > 0 && sums.sea < seaDisclosureThreshold ? null : sums.sea,
  };
}
