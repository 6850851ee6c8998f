/** Feedback aggregates in SQL: counts by one dimension, response times, deadlines, closure. */
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';

export interface DashboardScope {
  organizationId: string;
  includeSea: boolean;
  from: Date;
  to: Date;
}

const DIMENSIONS = {
  channel: sql`channel`,
  category: sql`coalesce(category, 'uncategorised')`,
  status: sql`status`,
  sensitivity: sql`sensitivity`,
  sex: sql`coalesce(submitter->>'sex', 'not_stated')`,
  ageBracket: sql`coalesce(submitter->>'ageBracket', 'not_stated')`,
  disability: sql`case when submitter->'washingtonGroup' is null then 'not_stated'
    when exists (select 1 from jsonb_each_text(submitter->'washingtonGroup') e where e.value::int >= 3) then 'with_disability'
    else 'without_disability' end`,
} as const;

export type Dimension = keyof typeof DIMENSIONS;

function where(scope: DashboardScope): SQL {
  const sea = scope.includeSea ? sql`` : sql`and sensitivity <> 'sea'`;
  return sql`organization_id = ${scope.organizationId} and received_at >= ${scope.from.toISOString()} and received_at < ${scope.to.toISOString()} ${sea}`;
}

/** Case counts by one dimension. */
export function countBy(db: Db, scope: DashboardScope, dimension: Dimension) {
  return selectRows<{ key: string; count: number }>(
    db,
    sql`select ${DIMENSIONS[dimension]} as key, count(*)::int as count from feedback_cases where ${where(scope)} group by 1 order by 1`,
  );
}

/** Case counts by the satisfaction recorded with the answer (1–5), 'not_known' when none was. */
export function countBySatisfaction(db: Db, scope: DashboardScope) {
  return selectRows<{ key: string; count: number }>(
    db,
    sql`select coalesce(satisfaction::text, 'not_known') as key, count(*)::int as count from feedback_cases where ${where(scope)} group by 1 order by 1`,
  );
}

/** Responded cases by days from receipt to response. */
export function responseTimes(db: Db, scope: DashboardScope) {
  return selectRows<{ key: string; count: number }>(
    db,
    sql`select case when d < 1 then 'under_1_day' when d < 3 then '1_to_3_days' when d < 7 then '3_to_7_days'
        when d < 14 then '7_to_14_days' else '14_days_or_more' end as key, count(*)::int as count
      from (select extract(epoch from responded_at - received_at) / 86400 as d from feedback_cases
        where ${where(scope)} and responded_at is not null) t group by 1`,
  );
}

/** Totals: cases, closed, acknowledged and responded within their deadlines, SEA cases. */
export async function totals(db: Db, scope: DashboardScope) {
  const [row] = await selectRows<{
    cases: number;
    closed: number;
    acknowledged_on_time: number;
    responded: number;
    responded_on_time: number;
  }>(
    db,
    sql`select count(*)::int as cases, count(*) filter (where status = 'closed')::int as closed,
        count(*) filter (where acknowledged_at is not null and acknowledged_at <= acknowledge_due)::int as acknowledged_on_time,
        count(*) filter (where responded_at is not null)::int as responded,
        count(*) filter (where responded_at is not null and responded_at <= respond_due)::int as responded_on_time
      from feedback_cases where ${where(scope)}`,
  );
  const [sea] = await selectRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from feedback_cases where ${where({ ...scope, includeSea: true })} and sensitivity = 'sea'`,
  );
  return { ...row!, sea: sea?.count ?? 0 };
}
