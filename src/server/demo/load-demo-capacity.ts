/**
 * Demo trainings, focal points and roadmap for the demo organisation, recorded through the
 * services: a project staff list with PSEA coverage below target, who to call in Sudan and Chad,
 * and milestones under every pillar (one overdue, due dates around the day of loading).
 */
import { organizationOf } from '../../core/policy/actor.js';
import { findProjectByCode } from '../repos/projects.repo.js';
import { findUserByEmail } from '../repos/users.repo.js';
import { addFocalPoint } from '../services/capacity/focal-points.service.js';
import { addMilestone } from '../services/capacity/roadmap.service.js';
import { setProjectStaff } from '../services/capacity/training-coverage.service.js';
import { recordTraining } from '../services/capacity/trainings.service.js';
import type { Context } from '../services/context.js';
import { listOfficesOfOrganization } from '../services/offices.service.js';

const PROJECT = 'SDN-SHL-2026-01';
const STAFF = ['manager.sudan', 'protection', 'me', 'feedback', 'psea'];
const email = (name: string) => `${name}@demo.mainstream.test`;

const counts = (
  staff: [number, number],
  partner: [number, number],
  committee: [number, number],
) => [
  { participantType: 'staff' as const, sex: 'female' as const, count: staff[0] },
  { participantType: 'staff' as const, sex: 'male' as const, count: staff[1] },
  { participantType: 'partner' as const, sex: 'female' as const, count: partner[0] },
  { participantType: 'partner' as const, sex: 'male' as const, count: partner[1] },
  { participantType: 'committee_member' as const, sex: 'female' as const, count: committee[0] },
  { participantType: 'committee_member' as const, sex: 'male' as const, count: committee[1] },
];

async function userIds(ctx: Context, names: readonly string[]) {
  return Promise.all(names.map(async (n) => (await findUserByEmail(ctx.db, email(n)))!.id));
}

async function loadTrainings(ctx: Context) {
  const project = (await findProjectByCode(ctx.db, organizationOf(ctx.actor), PROJECT))!;
  await setProjectStaff(ctx, project.id, await userIds(ctx, STAFF));
  const sessions = [
    {
      topic: 'psea',
      date: '2026-02-10',
      locationPcode: 'SD0101',
      trainees: ['manager.sudan', 'feedback'],
      participants: counts([8, 6], [4, 3], [5, 2]),
      language: 'ar',
    },
    {
      topic: 'protection_mainstreaming',
      date: '2026-03-05',
      locationPcode: 'SD0102',
      trainees: ['protection', 'me', 'manager.sudan'],
      participants: counts([7, 9], [6, 5], [0, 0]),
      language: 'en',
    },
    {
      topic: 'gbv_risk_mitigation',
      date: '2026-04-12',
      locationPcode: 'SD0103',
      trainees: ['psea'],
      participants: counts([5, 3], [2, 1], [9, 4]),
      language: 'ar',
    },
  ] as const;
  for (const s of sessions)
    await recordTraining(ctx, {
      topic: s.topic,
      date: s.date,
      locationPcode: s.locationPcode,
      projectId: project.id,
      facilitator: 'Protection unit, Port Sudan',
      language: s.language,
      participants: s.participants,
      traineeIds: await userIds(ctx, s.trainees),
    });
}

async function loadFocalPoints(ctx: Context) {
  const offices = new Map((await listOfficesOfOrganization(ctx)).items.map((o) => [o.code, o.id]));
  const points = [
    {
      office: 'SDN-PZU',
      area: 'psea',
      name: 'Hawa Ibrahim',
      role: 'PSEA focal point',
      phone: '+249 100 000 001',
      email: 'psea.sudan@demo.mainstream.test',
    },
    {
      office: 'SDN-PZU',
      area: 'child_protection',
      name: 'Yasir Osman',
      role: 'Child protection officer',
      phone: '+249 100 000 002',
      email: null,
    },
    {
      office: 'SDN-PZU',
      area: 'gbv',
      name: 'Nour Elhadi',
      role: 'GBV specialist',
      phone: null,
      email: 'gbv.sudan@demo.mainstream.test',
    },
    {
      office: 'TCD-NDJ',
      area: 'psea',
      name: 'Achta Mahamat',
      role: 'PSEA focal point',
      phone: '+235 60 00 00 01',
      email: 'psea.chad@demo.mainstream.test',
    },
    {
      office: 'TCD-NDJ',
      area: 'counter_trafficking',
      name: 'Jean-Pierre Ndoubé',
      role: 'Counter-trafficking officer',
      phone: '+235 60 00 00 02',
      email: null,
    },
  ] as const;
  for (const { office, ...point } of points)
    await addFocalPoint(ctx, { ...point, officeId: offices.get(office)! });
}

async function loadRoadmap(ctx: Context) {
  // Due dates around the day the demo is loaded, so that "overdue" keeps meaning something.
  const inDays = (days: number) =>
    new Date(ctx.deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const milestones = [
    {
      pillar: 'leadership',
      title: 'Protection mainstreaming in the country strategy',
      owner: 'Chief of mission',
      dueDate: inDays(-240),
      status: 'done',
      evidence: 'Strategy endorsed by the senior management team',
    },
    {
      pillar: 'leadership',
      title: 'Protection focal point in every sub-office',
      owner: 'Head of programmes',
      dueDate: inDays(120),
      status: 'in_progress',
    },
    {
      pillar: 'accountability',
      title: 'Complaint and feedback mechanism in every site',
      owner: 'AAP officer',
      dueDate: inDays(60),
      status: 'in_progress',
    },
    {
      pillar: 'capacity',
      title: 'All project staff trained on PSEA',
      owner: 'PSEA focal point',
      dueDate: inDays(-30),
      status: 'delayed',
    },
    {
      pillar: 'capacity',
      title: 'Protection mainstreaming training for partners',
      owner: 'Protection officer',
      dueDate: inDays(200),
      status: 'not_started',
    },
    {
      pillar: 'advocacy',
      title: 'Joint advocacy note on safe access to water points',
      owner: 'Protection officer',
      dueDate: inDays(90),
      status: 'not_started',
    },
    {
      pillar: 'partnership',
      title: 'Referral pathway agreed with the protection cluster',
      owner: 'Head of protection',
      dueDate: inDays(-120),
      status: 'done',
      evidence: 'Pathway signed at the cluster meeting',
      evidenceUrl: 'https://globalprotectioncluster.org',
    },
  ] as const;
  for (const m of milestones) await addMilestone(ctx, m);
}

/** Loads the demo's trainings, focal points and roadmap. */
export async function loadDemoCapacity(ctx: Context) {
  await loadTrainings(ctx);
  await loadFocalPoints(ctx);
  await loadRoadmap(ctx);
}
