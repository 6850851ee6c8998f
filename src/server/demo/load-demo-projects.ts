/** Demo projects: registered, partly answered and one sent to endorsement, through the services. */
import type { AnswerStatus } from '../../core/checklists/answer.js';
import { organizationOf } from '../../core/policy/actor.js';
import { findUserByEmail, officesOfUsers } from '../repos/users.repo.js';
import { answerItem, getChecklist } from '../services/checklist.service.js';
import type { Context } from '../services/context.js';
import { createProject, transitionProject } from '../services/projects.service.js';
import { DEMO_PROJECTS, type DemoProject } from './demo-data.js';

const PATTERN: AnswerStatus[] = ['met', 'met', 'partly', 'met', 'not_met', 'met', 'partly', 'met'];

/** Registers the demo projects acting as their project managers. */
export async function loadDemoProjects(base: Context): Promise<void> {
  for (const demo of DEMO_PROJECTS) {
    const ctx = await actAs(base, demo.by);
    const project = await createProject(ctx, {
      code: demo.code,
      title: demo.title,
      country: demo.country,
      sectors: demo.sectors,
      targetGroups: demo.targetGroups,
      partners: demo.partners,
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      budget: { currency: 'USD', accessibility: 15000, feedbackMechanism: 9000 },
    });
    await answerDesign(ctx, project.id, demo);
    if (demo.phase === 'endorsement') await transitionProject(ctx, project.id, 'endorsement');
  }
}

async function answerDesign(ctx: Context, projectId: string, demo: DemoProject) {
  if (demo.answers === 'none') return;
  const { items } = await getChecklist(ctx, projectId, 'design', 'en');
  const chosen =
    demo.answers === 'design_done' ? items : items.slice(0, Math.ceil(items.length / 2));
  for (const [index, item] of chosen.entries()) {
    const status =
      item.mandatory && index % 5 !== 0 ? 'met' : (PATTERN[index % PATTERN.length] ?? 'met');
    await answerItem(ctx, projectId, item.id, {
      status,
      note: status === 'met' ? 'See the project proposal annex.' : undefined,
    });
  }
}

async function actAs(base: Context, email: string): Promise<Context> {
  const user = (await findUserByEmail(base.db, email))!;
  const offices = (await officesOfUsers(base.db, [user.id])).get(user.id) ?? [];
  return {
    ...base,
    actor: {
      kind: 'user',
      id: user.id,
      label: user.email,
      organizationId: organizationOf(base.actor),
      role: 'project_manager',
      officeIds: offices.length ? offices.map((o) => o.id) : null,
      countries: offices.length ? [...new Set(offices.map((o) => o.country))] : null,
      sessionId: null,
    },
  };
}
