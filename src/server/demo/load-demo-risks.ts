/**
 * Demo protection risk analyses on the demo Sudan places, for two dates, so that the matrix,
 * priorities and outcome trends have something to show. Recorded through the services (scored,
 * banded and audited like any other); a place missing from the gazetteer is skipped.
 */
import { organizationOf } from '../../core/policy/actor.js';
import type { ProtectionRisk } from '../../core/risk/protection-risks.js';
import { findLocationsByPcodes } from '../repos/locations.repo.js';
import { findProjectByCode } from '../repos/projects.repo.js';
import type { Context } from '../services/context.js';
import { createRiskAnalysis } from '../services/risk/risk-analyses.service.js';
import { addIntervention, linkProjects } from '../services/risk/risk-links.service.js';

type Ratings = [threat: number, vulnerability: number, capacity: number];
interface DemoRisk {
  pcode: string;
  risk: ProtectionRisk;
  threat: string;
  group: string;
  /** Ratings at the January and the June analysis. */
  january: Ratings;
  june: Ratings;
}

const DEMO_RISKS: DemoRisk[] = [
  {
    pcode: 'SD0201',
    risk: 'gender_based_violence',
    threat: 'Armed men on the roads to firewood and water points outside the camps.',
    group: 'Women and adolescent girls collecting firewood',
    january: [5, 4, 2],
    june: [4, 3, 3],
  },
  {
    pcode: 'SD0201',
    risk: 'attacks_on_civilians',
    threat: 'Shelling of residential areas and markets.',
    group: 'Residents of the eastern neighbourhoods',
    january: [5, 5, 1],
    june: [5, 5, 1],
  },
  {
    pcode: 'SD0203',
    risk: 'family_separation',
    threat: 'Children arriving alone after flight from El Fasher.',
    group: 'Unaccompanied and separated children',
    january: [4, 4, 2],
    june: [3, 4, 3],
  },
  {
    pcode: 'SD0301',
    risk: 'movement_restrictions_forced_displacement',
    threat: 'Checkpoints that stop displaced families reaching services.',
    group: 'Displaced families in the gathering sites',
    january: [4, 3, 2],
    june: [4, 4, 2],
  },
  {
    pcode: 'SD0101',
    risk: 'explosive_ordnance',
    threat: 'Unexploded ordnance in homes and streets of returning neighbourhoods.',
    group: 'Returning families, children playing outside',
    january: [4, 4, 1],
    june: [4, 3, 2],
  },
  {
    pcode: 'SD0501',
    risk: 'trafficking_forced_labour',
    threat: 'Recruiters offering passage and work abroad to young people.',
    group: 'Young men and women in transit',
    january: [3, 3, 3],
    june: [3, 3, 2],
  },
];

const justification = (what: string) => ({
  rating: 0,
  justification: `${what}, from the monthly protection monitoring and key informant interviews.`,
});

function entryOf(item: DemoRisk, date: string, [threat, vulnerability, capacity]: Ratings) {
  return {
    locationPcode: item.pcode,
    date,
    riskCode: item.risk,
    threatDescription: item.threat,
    affectedGroups: [{ description: item.group }],
    threat: { ...justification('Frequency and gravity of incidents'), rating: threat },
    vulnerability: { ...justification('Exposure of the affected group'), rating: vulnerability },
    capacity: { ...justification('Community and service capacities'), rating: capacity },
    sources: [{ title: 'Protection monitoring report (demo)', date }],
  };
}

/** Records the demo analyses on the places that exist; returns how many were recorded. */
export async function loadDemoRisks(ctx: Context): Promise<number> {
  const organizationId = organizationOf(ctx.actor);
  const places = await findLocationsByPcodes(
    ctx.db,
    organizationId,
    DEMO_RISKS.map((r) => r.pcode),
  );
  const health = await findProjectByCode(ctx.db, organizationId, 'SDN-HLT-2026-02');
  let recorded = 0;
  for (const item of DEMO_RISKS.filter((r) => places.has(r.pcode))) {
    await createRiskAnalysis(ctx, entryOf(item, '2026-01-15', item.january));
    const june = await createRiskAnalysis(ctx, entryOf(item, '2026-06-15', item.june));
    recorded += 2;
    if (item.risk !== 'gender_based_violence') continue;
    if (health) await linkProjects(ctx, june.id, { projectIds: [health.id] });
    await addIntervention(ctx, june.id, {
      kind: 'preventive',
      thematicArea: 'gbv',
      title: 'Solar lighting and accompanied firewood collection',
      startDate: '2026-02-01',
      endDate: '2026-05-31',
      ...(health ? { projectId: health.id } : {}),
    });
  }
  return recorded;
}
