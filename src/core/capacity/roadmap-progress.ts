/** Progress of the protection roadmap per pillar: share done, and the overdue milestones. */
import { ROADMAP_PILLARS, type MilestoneStatus, type RoadmapPillar } from './capacity-codes.js';
import type { PillarProgress } from './roadmap.schema.js';

export interface MilestoneState {
  pillar: RoadmapPillar;
  status: MilestoneStatus;
  dueDate: string;
}

/** A milestone not done whose due date (YYYY-MM-DD) is before today is overdue. */
export function isOverdue(m: Pick<MilestoneState, 'status' | 'dueDate'>, today: string): boolean {
  return m.status !== 'done' && m.dueDate < today;
}

/** One row per pillar, in the pillars' order, pillars without milestones included. */
export function roadmapProgress(
  milestones: readonly MilestoneState[],
  today: string,
): PillarProgress[] {
  return ROADMAP_PILLARS.map((pillar) => {
    const own = milestones.filter((m) => m.pillar === pillar);
    const done = own.filter((m) => m.status === 'done').length;
    return {
      pillar,
      total: own.length,
      done,
      inProgress: own.filter((m) => m.status === 'in_progress').length,
      overdue: own.filter((m) => isOverdue(m, today)).length,
      percentDone: own.length === 0 ? null : Math.round((1000 * done) / own.length) / 10,
    };
  });
}
