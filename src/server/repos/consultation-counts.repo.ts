/** Counts over consultation decisions, for charts and exports. */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { consultationDecisions } from '../db/schema-participation.js';

/** The number of decisions of each of these consultations (absent: none). */
export async function decisionCounts(
  db: Db,
  organizationId: string,
  consultationIds: readonly string[],
): Promise<Map<string, number>> {
  if (consultationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: consultationDecisions.consultationId, value: count() })
    .from(consultationDecisions)
    .where(
      and(
        eq(consultationDecisions.organizationId, organizationId),
        inArray(consultationDecisions.consultationId, [...consultationIds]),
      ),
    )
    .groupBy(consultationDecisions.consultationId);
  return new Map(rows.map((r) => [r.id, r.value]));
}
