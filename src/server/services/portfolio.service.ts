/**
 * The portfolio view: scores by principle × sector × country, projects per phase, projects blocked at
 * endorsement, the most often unmet items, and the monthly trend. Viewers get aggregates only: no
 * project is named, and cells resting on fewer projects than the disclosure threshold are suppressed.
 */
import type { Portfolio, PortfolioQuery } from '../../core/projects/portfolio.schema.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import type { LanguageCode } from '../../core/shared/language.js';
import { listChecklistItems } from '../repos/checklists.repo.js';
import {
  blockedProjects,
  heatmap,
  monthlyTrend,
  projectsByPhase,
  topUnmetItems,
} from '../repos/portfolio.repo.js';
import { currentVersion } from './checklist-versions.service.js';
import type { Context } from './context.js';
import { loadSettings } from './organization-settings.service.js';
import { countryScope } from './projects.service.js';

/** The portfolio aggregates for the caller's scope and the filters. */
export async function getPortfolio(
  ctx: Context,
  query: PortfolioQuery,
  lang: LanguageCode,
): Promise<Portfolio> {
  authorize(ctx.actor, 'portfolio.read');
  const organizationId = organizationOf(ctx.actor);
  const countries = countryScope(ctx.actor);
  const aggregatesOnly = ctx.actor?.kind !== 'system' && ctx.actor?.role === 'viewer';
  const since = new Date(ctx.deps.now().getTime() - 365 * 86_400_000);
  const [cells, phases, blocked, unmet, trend, texts] = await Promise.all([
    heatmap(ctx.db, organizationId, query, countries),
    projectsByPhase(ctx.db, organizationId, query, countries),
    blockedProjects(ctx.db, organizationId, query, countries),
    topUnmetItems(ctx.db, organizationId, query, countries),
    monthlyTrend(ctx.db, organizationId, query, countries, since),
    itemTexts(ctx, organizationId, lang),
  ]);
  const { disclosureThreshold } = await loadSettings(ctx.db, organizationId);
  const small = (n: number) => aggregatesOnly && n < disclosureThreshold;
  return {
    totals: {
      projects: phases.reduce((sum, p) => sum + p.projects, 0),
      byPhase: Object.fromEntries(phases.map((p) => [p.phase, p.projects])),
    },
    heatmap: cells.map((c) => toCell(c, small(c.projects))),
    blocked: aggregatesOnly
      ? []
      : blocked.map((b) => ({
          projectId: b.project_id,
          code: b.code,
          title: b.title,
          openItems: b.open_items,
        })),
    blockedCount: blocked.length,
    topUnmet: unmet
      .filter((u) => !small(u.projects))
      .map((u) => ({
        itemId: u.item_id,
        principle: u.principle,
        phase: u.phase,
        text: texts.get(u.item_id) ?? u.item_id,
        projects: u.projects,
      })),
    trend: trend.map((t) => ({ month: t.month, score: t.score, answers: t.answers })),
  };
}

/** The heatmap alone (the cheapest view for dashboards that need only the matrix). */
export async function getHeatmap(
  ctx: Context,
  query: PortfolioQuery,
): Promise<Pick<Portfolio, 'heatmap'>> {
  authorize(ctx.actor, 'portfolio.read');
  const organizationId = organizationOf(ctx.actor);
  const cells = await heatmap(ctx.db, organizationId, query, countryScope(ctx.actor));
  const aggregatesOnly = ctx.actor?.kind !== 'system' && ctx.actor?.role === 'viewer';
  const { disclosureThreshold } = await loadSettings(ctx.db, organizationId);
  return {
    heatmap: cells.map((c) => toCell(c, aggregatesOnly && c.projects < disclosureThreshold)),
  };
}

function toCell(
  c: { principle: string; sector: string; country: string; score: number; projects: number },
  suppressed: boolean,
) {
  return {
    principle: c.principle,
    sector: c.sector,
    country: c.country,
    score: suppressed ? null : c.score,
    projects: suppressed ? null : c.projects,
    suppressed,
  };
}

async function itemTexts(ctx: Context, organizationId: string, lang: LanguageCode) {
  const version = await currentVersion(ctx.db, organizationId);
  const items = await listChecklistItems(ctx.db, version.id);
  return new Map(items.map((i) => [i.itemId, (i.texts[lang] ?? i.texts.en)?.text ?? i.itemId]));
}
