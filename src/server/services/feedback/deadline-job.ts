/** The scheduled job that marks missed deadlines (overdue lists read them; dashboards count them). */
import { and, eq, isNull, lt, notInArray } from 'drizzle-orm';
import { feedbackCases } from '../../db/schema-feedback.js';
import type { Deps } from '../context.js';

/** Marks every deadline that passed unmet; returns how many were marked. Safe to run at any time. */
export async function markDeadlineBreaches(
  deps: Deps,
): Promise<{ acknowledge: number; respond: number }> {
  const db = deps.database.db;
  const now = deps.now();
  const acknowledge = await db
    .update(feedbackCases)
    .set({ acknowledgeBreachedAt: now })
    .where(
      and(
        eq(feedbackCases.status, 'received'),
        lt(feedbackCases.acknowledgeDue, now),
        isNull(feedbackCases.acknowledgeBreachedAt),
      ),
    )
    .returning({ id: feedbackCases.id });
  const respond = await db
    .update(feedbackCases)
    .set({ respondBreachedAt: now })
    .where(
      and(
        notInArray(feedbackCases.status, ['responded', 'closed']),
        lt(feedbackCases.respondDue, now),
        isNull(feedbackCases.respondBreachedAt),
      ),
    )
    .returning({ id: feedbackCases.id });
  if (acknowledge.length + respond.length > 0) {
    deps.log.info('feedback deadlines missed', {
      acknowledge: acknowledge.length,
      respond: respond.length,
    });
  }
  return { acknowledge: acknowledge.length, respond: respond.length };
}
