/** Test data of consultations and committees: a valid record with overrides, and the world to record in. */
import { createAction } from '../../src/server/services/actions.service.js';
import { buildRiskWorld } from '../http/risk-analyses.support.js';
import { systemContext, type TestApp } from './test-app.js';

/** The risk-analysis world (places, sessions per role, projects in two countries) plus an action. */
export async function buildParticipationWorld(t: TestApp) {
  const world = await buildRiskWorld(t);
  const ctx = systemContext(t.deps, world.organizationId);
  const action = await createAction(ctx, world.projects.sdn.id, {
    title: 'Light the path to the latrines',
  });
  const tcdAction = await createAction(ctx, world.projects.tcd.id, {
    title: 'Women staff at distributions',
  });
  return { ...world, action, tcdAction };
}

/** A valid consultation, with overrides. */
export function buildConsultation(overrides: Record<string, unknown> = {}) {
  return {
    heldOn: '2026-02-10',
    locationPcode: 'SD0101',
    method: 'focus_group_discussion',
    facilitator: 'Amal Osman',
    languages: ['ar'],
    topics: ['Safety at water points', 'Distribution timing'],
    participants: [
      { sex: 'female', ageBracket: '18-59', count: 12 },
      { sex: 'female', ageBracket: '60+', count: 3 },
      { sex: 'male', ageBracket: '18-59', count: 8 },
    ],
    groups: [
      { group: 'persons_with_disabilities', count: 4 },
      { group: 'older_persons', count: 3 },
    ],
    issues: [
      { description: 'The path to the latrines is dark at night.', principle: 'safety_dignity' },
    ],
    decisions: [],
    ...overrides,
  };
}

/** A valid committee, with overrides: 4 women of 8, one with a disability, a woman chairs. */
export function buildCommittee(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Block C water committee',
    kind: 'water',
    locationPcode: 'SD0101',
    siteName: 'Block C',
    members: [
      { role: 'chair', sex: 'female', ageBracket: '18-59', count: 1 },
      { role: 'secretary', sex: 'male', ageBracket: '18-59', count: 1 },
      { role: 'member', sex: 'female', ageBracket: '18-59', count: 2, hasDisability: false },
      { role: 'member', sex: 'female', ageBracket: '60+', count: 1, hasDisability: true },
      { role: 'member', sex: 'male', ageBracket: '18-59', count: 3 },
    ],
    targets: { womenShare: 0.5, disabilityShare: 0.1 },
    trainings: [{ topic: 'Protection mainstreaming basics', date: '2026-01-20' }],
    ...overrides,
  };
}
