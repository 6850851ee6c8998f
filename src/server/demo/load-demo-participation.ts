/**
 * Demo consultations and committees for the demo organisation, recorded through the services:
 * three consultations of the Sudan shelter project in Kassala (one whose decision opened an action
 * of the plan, one linked to a feedback trend) and two committees, one below its women target.
 */
import { organizationOf } from '../../core/policy/actor.js';
import { findProjectByCode } from '../repos/projects.repo.js';
import { createAction } from '../services/actions.service.js';
import type { Context } from '../services/context.js';
import { createCommittee, recordMeeting } from '../services/participation/committees.service.js';
import { createConsultation } from '../services/participation/consultations.service.js';

const PROJECT = 'SDN-SHL-2026-01';
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const cells = (f: number[], m: number[]) =>
  ['0-4', '5-11', '12-17', '18-59', '60+'].flatMap((ageBracket, i) => [
    ...(f[i] ? [{ sex: 'female' as const, ageBracket, count: f[i] }] : []),
    ...(m[i] ? [{ sex: 'male' as const, ageBracket, count: m[i] }] : []),
  ]);

async function loadConsultations(ctx: Context, projectId: string) {
  const action = await createAction(ctx, projectId, {
    title: 'Lockable doors and lighting for the shelter latrines',
    dueDate: daysAgo(-30),
  });
  const base = { locationPcode: 'SD0401', projectId, facilitator: 'Protection team, Kassala' };
  await createConsultation(ctx, {
    ...base,
    heldOn: daysAgo(40),
    method: 'focus_group_discussion',
    languages: ['ar'],
    topics: ['Shelter design', 'Latrines'],
    participants: cells([0, 0, 6, 14, 3], []),
    groups: [
      { group: 'persons_with_disabilities', count: 3 },
      { group: 'older_persons', count: 3 },
    ],
    issues: [
      { description: 'Latrines cannot be locked from inside.', principle: 'safety_dignity' },
    ],
    decisions: [
      {
        description: 'Locks and lights added to the latrine design.',
        link: 'action',
        actionId: action.id,
      },
    ],
  });
  await createConsultation(ctx, {
    ...base,
    heldOn: daysAgo(25),
    method: 'community_meeting',
    languages: ['ar', 'en'],
    topics: ['Distribution timing'],
    participants: cells([0, 0, 0, 22, 4], [0, 0, 0, 18, 2]),
    groups: [
      { group: 'persons_with_disabilities', count: 5 },
      { group: 'minorities', count: 7 },
    ],
    issues: [
      { description: 'Distributions end after dark.', principle: 'safety_dignity' },
      { description: 'Older people cannot queue for hours.', principle: 'meaningful_access' },
    ],
    decisions: [
      {
        description: 'Distributions end by 16:00; a priority line for older people.',
        link: 'project',
        projectId,
      },
      {
        description: 'Complaints about timing answered in the next community update.',
        link: 'feedback_trend',
        feedbackCategory: 'complaint_non_sensitive',
      },
    ],
  });
  await createConsultation(ctx, {
    ...base,
    heldOn: daysAgo(10),
    method: 'key_informant_interview',
    languages: ['ar'],
    topics: ['Access for persons with disabilities'],
    participants: cells([0, 0, 0, 1, 0], [0, 0, 0, 1, 0]),
    groups: [{ group: 'persons_with_disabilities', count: 1 }],
    issues: [
      { description: 'Ramps missing at the distribution point.', principle: 'meaningful_access' },
    ],
  });
}

async function loadCommittees(ctx: Context, projectId: string) {
  const { committee } = await createCommittee(ctx, {
    name: 'Kassala site water committee',
    kind: 'water',
    locationPcode: 'SD0401',
    siteName: 'Block C',
    projectId,
    members: [
      { role: 'chair', sex: 'female', ageBracket: '18-59', count: 1 },
      { role: 'secretary', sex: 'male', ageBracket: '18-59', count: 1 },
      { role: 'member', sex: 'female', ageBracket: '18-59', count: 3, hasDisability: true },
      { role: 'member', sex: 'male', ageBracket: '60+', count: 3 },
    ],
    trainings: [{ topic: 'Safe water point management', date: daysAgo(60) }],
  });
  await recordMeeting(ctx, committee.id, {
    heldOn: daysAgo(14),
    attendance: [
      { sex: 'female', count: 4 },
      { sex: 'male', count: 3 },
    ],
    decisions: ['Ask for lighting at the northern water point.'],
  });
  await createCommittee(ctx, {
    name: 'Kassala distribution committee',
    kind: 'distribution',
    locationPcode: 'SD0402',
    members: [
      { role: 'chair', sex: 'male', ageBracket: '18-59', count: 1 },
      { role: 'member', sex: 'male', ageBracket: '18-59', count: 6 },
      { role: 'member', sex: 'female', ageBracket: '18-59', count: 2 },
    ],
    trainings: [],
  });
}

/** Consultations and committees of the demo's Sudan shelter project. */
export async function loadDemoParticipation(ctx: Context) {
  const project = await findProjectByCode(ctx.db, organizationOf(ctx.actor), PROJECT);
  if (!project) return;
  await loadConsultations(ctx, project.id);
  await loadCommittees(ctx, project.id);
}
