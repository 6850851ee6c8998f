/**
 * Demo baseline and reach figures for the shelter project in one demo Sudan locality, through the
 * same services as a form: women over 60 with disabilities are clearly under-reached (3 reached
 * where their share of the population would give about 40), so the exclusion alert has something
 * to show. Skipped when the demo gazetteer is not there.
 */
import type { GroupCountInput } from '../../core/reach/baseline.schema.js';
import { findLocationsByPcodes } from '../repos/locations.repo.js';
import { findProjectByCode } from '../repos/projects.repo.js';
import type { Context } from '../services/context.js';
import { createBaseline } from '../services/reach/baselines.service.js';
import { enterReach } from '../services/reach/reach.service.js';

const PLACE = 'SD0201';
const PROJECT = 'SDN-SHL-2026-01';
type Cell = [GroupCountInput['sex'], string, number, number];

/** Population by sex × bracket: [not disabled, disabled]; under-fives are `unknown` (WG is for 5+). */
const POPULATION: Cell[] = [
  ['female', '0-4', 2100, 0],
  ['female', '5-11', 2600, 150],
  ['female', '12-17', 1900, 120],
  ['female', '18-59', 7200, 650],
  ['female', '60+', 900, 420],
  ['male', '0-4', 2200, 0],
  ['male', '5-11', 2500, 160],
  ['male', '12-17', 1800, 130],
  ['male', '18-59', 6400, 600],
  ['male', '60+', 800, 330],
];

/** About 9% of every group reached, except women 60+ with disabilities. */
const reached = ([sex, bracket, , disabled]: Cell) =>
  sex === 'female' && bracket === '60+' ? Math.min(3, disabled) : Math.round(disabled * 0.09);

function cells(rows: Cell[], pick: (cell: Cell) => [number, number]): GroupCountInput[] {
  return rows.flatMap((cell): GroupCountInput[] => {
    const [sex, ageBracket] = cell;
    const [notDisabled, disabled] = pick(cell);
    return ageBracket === '0-4'
      ? [{ sex, ageBracket, disability: 'unknown' as const, count: notDisabled }]
      : [
          { sex, ageBracket, disability: 'not_disabled' as const, count: notDisabled },
          { sex, ageBracket, disability: 'disabled' as const, count: disabled },
        ];
  });
}

/** Loads the demo baseline and reach figures (the context acts in the demo organisation). */
export async function loadDemoReach(ctx: Context): Promise<void> {
  const organizationId = ctx.actor!.organizationId!;
  const place = (await findLocationsByPcodes(ctx.db, organizationId, [PLACE])).get(PLACE);
  const project = await findProjectByCode(ctx.db, organizationId, PROJECT);
  if (!place || !project) return;
  await createBaseline(ctx, {
    locationPcode: PLACE,
    referenceDate: '2026-01-01',
    source: 'Demo: constructed population estimate',
    counts: cells(POPULATION, ([, , n, d]) => [n, d]),
  });
  await enterReach(ctx, {
    projectId: project.id,
    locationPcode: PLACE,
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    counts: cells(POPULATION, (cell) => [Math.round(cell[2] * 0.09), reached(cell)]),
  });
}
