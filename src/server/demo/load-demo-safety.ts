/**
 * Demo site safety audits: three Sudan sites, one audited twice (the re-audit shows what changed),
 * high findings made into actions. Recorded through the services, so audited like any other; a
 * place missing from the gazetteer skips its site.
 */
import { organizationOf } from '../../core/policy/actor.js';
import type { AnswerEntry } from '../../core/safety/safety-audit.schema.js';
import type { RiskLevel, SiteType } from '../../core/safety/safety-site.schema.js';
import { latestSafetyTemplate } from '../content/load-safety-templates.js';
import { findLocationsByPcodes } from '../repos/locations.repo.js';
import { findProjectByCode } from '../repos/projects.repo.js';
import { listDirectory } from '../repos/users.repo.js';
import type { Context } from '../services/context.js';
import { createSafetyAction } from '../services/safety/safety-actions.service.js';
import { createAudit } from '../services/safety/safety-audits.service.js';
import { createSite } from '../services/safety/safety-sites.service.js';

interface DemoSite {
  name: string;
  type: SiteType;
  pcode: string;
  project?: string;
  /** Risks other than low, per audit (days before today). */
  audits: { daysAgo: number; risks: Record<string, RiskLevel | null> }[];
  actions: { audit: number; itemCode: string; title: string; dueInDays: number }[];
}

const DEMO_SITES: DemoSite[] = [
  {
    name: 'Abu Shouk camp',
    type: 'camp',
    pcode: 'SD0201',
    project: 'SDN-SHL-2026-01',
    audits: [
      {
        daysAgo: 120,
        risks: { 'lit-01': 'high', 'lit-02': 'high', 'lat-02': 'medium', 'wat-01': 'medium' },
      },
      {
        daysAgo: 20,
        risks: { 'lit-01': 'medium', 'lit-02': 'high', 'lat-02': 'low', 'rou-01': 'high' },
      },
    ],
    actions: [
      {
        audit: 0,
        itemCode: 'lit-01',
        title: 'Install solar lights on the paths to latrine blocks B and C',
        dueInDays: -60,
      },
      {
        audit: 1,
        itemCode: 'rou-01',
        title: 'Agree firewood patrols with the women’s committee',
        dueInDays: 30,
      },
    ],
  },
  {
    name: 'Tawila gathering site',
    type: 'informal_site',
    pcode: 'SD0203',
    audits: [
      {
        daysAgo: 45,
        risks: { 'lay-01': 'high', 'lat-04': 'high', 'bat-01': 'medium', 'dis-01': null },
      },
    ],
    actions: [
      {
        audit: 0,
        itemCode: 'lat-04',
        title: 'Build 20 more latrines, 3 for women to 1 for men',
        dueInDays: -5,
      },
    ],
  },
  {
    name: 'Port Sudan collective centre',
    type: 'collective_centre',
    pcode: 'SD0501',
    audits: [],
    actions: [],
  },
];

const dayOffset = (ctx: Context, days: number) =>
  new Date(ctx.deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function answers(risks: Record<string, RiskLevel | null>): Promise<AnswerEntry[]> {
  const template = await latestSafetyTemplate();
  return template.items.map((item) => {
    const risk = item.code in risks ? risks[item.code]! : 'low';
    const answer =
      risk === null ? 'not_applicable' : risk === 'low' ? 'yes' : risk === 'high' ? 'no' : 'partly';
    return { itemCode: item.code, answer, risk };
  });
}

/** Loads the demo sites, audits and actions into the demo organisation. */
export async function loadDemoSafety(ctx: Context): Promise<void> {
  const organizationId = organizationOf(ctx.actor);
  const places = await findLocationsByPcodes(
    ctx.db,
    organizationId,
    DEMO_SITES.map((s) => s.pcode),
  );
  const owner = (await listDirectory(ctx.db, organizationId)).find(
    (u) => u.role === 'protection_officer',
  );
  for (const demo of DEMO_SITES) {
    if (!places.has(demo.pcode)) continue;
    const project = demo.project
      ? await findProjectByCode(ctx.db, organizationId, demo.project)
      : undefined;
    const site = await createSite(ctx, {
      name: demo.name,
      type: demo.type,
      locationPcode: demo.pcode,
      ...(project ? { projectId: project.id } : {}),
    });
    const audits = [];
    for (const audit of demo.audits) {
      const entry = {
        date: dayOffset(ctx, -audit.daysAgo),
        atNight: true,
        answers: await answers(audit.risks),
      };
      audits.push((await createAudit(ctx, site.id, entry)).audit);
    }
    for (const action of demo.actions) {
      if (!owner) break;
      await createSafetyAction(ctx, audits[action.audit]!.id, {
        itemCode: action.itemCode,
        title: action.title,
        ownerId: owner.id,
        dueDate: dayOffset(ctx, action.dueInDays),
      });
    }
  }
}
