/**
 * Portfolio aggregates in SQL (one statement each), over the projects matching the filters and the
 * caller's country scope. Scores: met 1, partly 0.5, not met 0, not applicable excluded.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';
import { projectConditions } from './projects.repo.js';

export interface PortfolioFilters {
  country?: string;
  sector?: string;
  phase?: string;
  partner?: string;
}

const POINTS = sql`case a.status when 'met' then 1.0 when 'partly' then 0.5 else 0.0 end`;

function projectWhere(
  organizationId: string,
  filters: PortfolioFilters,
  countries: readonly string[] | null,
): SQL {
  return and(...projectConditions(organizationId, filters, countries))!;
}

/** Mean project score per principle × sector × country, with the number of projects. */
export function heatmap(
  db: Db,
  organizationId: string,
  filters: PortfolioFilters,
  countries: readonly string[] | null,
) {
  return selectRows<{
    principle: string;
    sector: string;
    country: string;
    score: number;
    projects: number;
  }>(
    db,
    sql`with per_project as (
      select a.project_id, a.principle,
        sum(${POINTS}) filter (where a.status <> 'not_applicable') as points,
        count(*) filter (where a.status <> 'not_applicable') as counted
      from project_answers a
      join projects on projects.id = a.project_id
      where a.organization_id = ${organizationId} and ${projectWhere(organizationId, filters, countries)}
      group by a.project_id, a.principle
    )
    select pp.principle, s.sector, projects.country,
      avg(pp.points / pp.counted)::float8 as score, count(distinct projects.id)::int as projects
    from per_project pp
    join projects on projects.id = pp.project_id
    cross join lateral unnest(projects.sectors) as s(sector)
    where pp.counted > 0 ${filters.sector ? sql`and s.sector = ${filters.sector}` : sql``}
    group by pp.principle, s.sector, projects.country
    order by projects.country, s.sector, pp.principle`,
  );
}

/** Number of projects per phase. */
export function projectsByPhase(
  db: Db,
  organizationId: string,
  filters: PortfolioFilters,
  countries: readonly string[] | null,
) {
  return selectRows<{ phase: string; projects: number }>(
    db,
    sql`select projects.phase, count(*)::int as projects from projects
      where ${projectWhere(organizationId, filters, countries)} group by projects.phase`,
  );
}

/** Projects in endorsement with mandatory design/endorsement items neither met nor waived. */
export function blockedProjects(
  db: Db,
  organizationId: string,
  filters: PortfolioFilters,
  countries: readonly string[] | null,
) {
  return selectRows<{ project_id: string; code: string; title: string; open_items: number }>(
    db,
    sql`select projects.id as project_id, projects.code, projects.title, count(*)::int as open_items
      from projects
      join checklist_items i on i.version_id = projects.checklist_version_id
      left join project_answers a on a.project_id = projects.id and a.item_id = i.item_id
      left join project_waivers w on w.project_id = projects.id and w.item_id = i.item_id
      where ${projectWhere(organizationId, filters, countries)} and projects.phase = 'endorsement'
        and i.mandatory and i.phase in ('design', 'endorsement')
        and (i.sector is null or i.sector = any(projects.sectors))
        and (not i.custom or i.added_at <= projects.created_at)
        and coalesce(a.status, '') <> 'met' and w.id is null
      group by projects.id, projects.code, projects.title
      order by open_items desc, projects.code limit 50`,
  );
}

/** Items most often answered not met or partly, by number of projects. */
export function topUnmetItems(
  db: Db,
  organizationId: string,
  filters: PortfolioFilters,
  countries: readonly string[] | null,
) {
  return selectRows<{ item_id: string; principle: string; phase: string; projects: number }>(
    db,
    sql`select a.item_id, a.principle, a.phase, count(*)::int as projects
      from project_answers a join projects on projects.id = a.project_id
      where a.organization_id = ${organizationId} and ${projectWhere(organizationId, filters, countries)}
        and a.status in ('not_met', 'partly')
      group by a.item_id, a.principle, a.phase
      order by projects desc, a.item_id limit 10`,
  );
}

/** Per month of the last year: the score of the answers recorded that month. */
export function monthlyTrend(
  db: Db,
  organizationId: string,
  filters: PortfolioFilters,
  countries: readonly string[] | null,
  since: Date,
) {
  return selectRows<{ month: string; score: number | null; answers: number }>(
    db,
    sql`select to_char(date_trunc('month', h.changed_at), 'YYYY-MM') as month,
        (avg(case h.after->>'status' when 'met' then 1.0 when 'partly' then 0.5 when 'not_met' then 0.0 end))::float8 as score,
        count(*)::int as answers
      from project_answer_history h join projects on projects.id = h.project_id
      where h.organization_id = ${organizationId} and ${projectWhere(organizationId, filters, countries)}
        and h.changed_at >= ${since.toISOString()}
      group by 1 order by 1`,
  );
}
