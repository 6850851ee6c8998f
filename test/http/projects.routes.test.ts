import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { call, createTestApp, signIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganization>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganization(t.deps);
  const [sdn, tcd] = org.offices;
  const make = async (key: string, role: Role, officeIds: string[] = []) => {
    cookies[key] = await signIn(
      t,
      (await buildUser(t.deps, org.organization.id, { role, officeIds })).email,
    );
  };
  await make('pm', 'project_manager');
  await make('pmSdn', 'project_manager', [sdn!.id]);
  await make('pmTcd', 'project_manager', [tcd!.id]);
  await make('po', 'protection_officer');
  await make('viewer', 'viewer');
  await make('operator', 'feedback_operator');
  const other = await buildOrganization(t.deps);
  cookies.otherPm = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'project_manager' })).email,
  );
});
afterAll(() => t.close());

let seq = 0;
const newProject = (overrides: Record<string, unknown> = {}) => ({
  code: `SDN-SH-${++seq}`,
  title: 'Emergency shelter for displaced families in Port Sudan',
  country: 'SDN',
  sectors: ['shelter_nfi'],
  targetGroups: ['idps', 'host_community'],
  partners: ['Sudanese Red Crescent'],
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  budget: { currency: 'USD', accessibility: 12000, feedbackMechanism: 8000 },
  ...overrides,
});

async function createProject(cookie = cookies.pm!, overrides = {}) {
  const r = await call(t, 'POST', '/api/v1/projects', { cookie, body: newProject(overrides) });
  expect(r.status).toBe(201);
  return r.json();
}

async function checklist(id: string, phase = 'design', lang = 'en') {
  return (
    await call(t, 'GET', `/api/v1/projects/${id}/checklist?phase=${phase}&lang=${lang}`, {
      cookie: cookies.pm,
    })
  ).json();
}

async function answer(
  id: string,
  itemId: string,
  body: Record<string, unknown>,
  cookie = cookies.pm,
) {
  return call(t, 'PUT', `/api/v1/projects/${id}/answers/${itemId}`, { cookie, body });
}

describe('projects', () => {
  it('registers a project in design pinned to the current checklist version', async () => {
    const project = await createProject();
    expect(project).toMatchObject({
      phase: 'design',
      country: 'SDN',
      sectors: ['shelter_nfi'],
      checklistVersion: '2026.1',
      version: 1,
    });
    const got = await call(t, 'GET', `/api/v1/projects/${project.id}`, { cookie: cookies.po });
    expect(got.status).toBe(200);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sectors: ['shelter_nfi', 'space_travel'] }, 'sectors.1'],
      [{ country: 'XXX' }, 'country'],
      [{ sectors: [] }, 'sectors'],
      [{ endDate: '2025-01-01' }, 'endDate'],
      [{ phase: 'implementation' }, 'phase'],
      [{ officeId: '0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44' }, 'officeId'],
    ];
    for (const [overrides, path] of cases) {
      const r = await call(t, 'POST', '/api/v1/projects', {
        cookie: cookies.pm,
        body: newProject({ code: 'BAD-1', ...overrides }),
      });
      expect(r.status, path).toBe(400);
      expect((await r.json()).error.details.fields.map((f: { path: string }) => f.path)).toContain(
        path,
      );
    }
    const list = await (
      await call(t, 'GET', '/api/v1/projects?q=BAD-1', { cookie: cookies.pm })
    ).json();
    expect(list.total).toBe(0);
  });

  it('answers 409 for a code in use, 401 signed out, 403 for a viewer or an operator', async () => {
    const p = await createProject();
    expect(
      (
        await call(t, 'POST', '/api/v1/projects', {
          cookie: cookies.pm,
          body: newProject({ code: p.code }),
        })
      ).status,
    ).toBe(409);
    expect((await call(t, 'POST', '/api/v1/projects', { body: newProject() })).status).toBe(401);
    expect(
      (await call(t, 'POST', '/api/v1/projects', { cookie: cookies.viewer, body: newProject() }))
        .status,
    ).toBe(403);
    expect(
      (await call(t, 'POST', '/api/v1/projects', { cookie: cookies.operator, body: newProject() }))
        .status,
    ).toBe(403);
    expect((await call(t, 'GET', '/api/v1/projects', { cookie: cookies.viewer })).status).toBe(403);
  });

  it('keeps projects within country scope and organisation: 404 outside', async () => {
    const sdn = await createProject(cookies.pm, { country: 'SDN' });
    const tcd = await createProject(cookies.pm, { country: 'TCD' });
    const seen = await (
      await call(t, 'GET', '/api/v1/projects?pageSize=200', { cookie: cookies.pmSdn })
    ).json();
    const ids = seen.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(sdn.id);
    expect(ids).not.toContain(tcd.id);
    expect(
      (await call(t, 'GET', `/api/v1/projects/${tcd.id}`, { cookie: cookies.pmSdn })).status,
    ).toBe(404);
    expect(
      (await call(t, 'GET', `/api/v1/projects/${sdn.id}`, { cookie: cookies.otherPm })).status,
    ).toBe(404);
    expect(
      (
        await call(t, 'POST', '/api/v1/projects', {
          cookie: cookies.pmSdn,
          body: newProject({ country: 'TCD' }),
        })
      ).status,
    ).toBe(404);
  });

  it('edits with a version and refuses a stale one with the current project', async () => {
    const p = await createProject();
    const ok = await call(t, 'PATCH', `/api/v1/projects/${p.id}`, {
      cookie: cookies.pm,
      body: { title: 'Shelter and NFI response, Port Sudan', version: 1 },
    });
    expect(ok.status).toBe(200);
    const stale = await call(t, 'PATCH', `/api/v1/projects/${p.id}`, {
      cookie: cookies.po,
      body: { title: 'Other title here', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current.title).toBe(
      'Shelter and NFI response, Port Sudan',
    );
  });
});

describe('checklist answers', () => {
  it('serves the design checklist in French with general and sector items, unanswered', async () => {
    const p = await createProject();
    const view = await checklist(p.id, 'design', 'fr');
    expect(view.items.length).toBeGreaterThanOrEqual(16);
    expect(view.items.every((i: { phase: string }) => i.phase === 'design')).toBe(true);
    expect(view.items.some((i: { sector: string | null }) => i.sector === 'shelter_nfi')).toBe(
      true,
    );
    expect(view.items.some((i: { sector: string | null }) => i.sector === 'transport')).toBe(false);
    expect(view.items[0]).toMatchObject({
      answer: null,
      principle: expect.any(String),
      mandatory: expect.any(Boolean),
    });
    expect(view.items[0].text).not.toEqual((await checklist(p.id, 'design', 'en')).items[0].text);
    expect(view.scores.overall).toMatchObject({ score: null, unanswered: view.items.length });
  });

  it('answers, scores, keeps history, and refuses a stale write with the current value', async () => {
    const p = await createProject();
    const [first, second] = (await checklist(p.id)).items;
    const a = await answer(p.id, first.id, {
      status: 'met',
      note: 'Risk analysis annexed to the proposal',
    });
    expect(a.status).toBe(200);
    const body = await a.json();
    expect(body.answer).toMatchObject({ status: 'met', version: 1 });
    expect((await answer(p.id, second.id, { status: 'partly' })).status).toBe(200);
    const view = await checklist(p.id);
    expect(view.scores.overall.score).toBe(0.75);

    const update = await answer(p.id, first.id, { status: 'partly', version: 1 });
    expect(update.status).toBe(200);
    const stale = await answer(p.id, first.id, { status: 'not_met', version: 1 }, cookies.po);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.current).toMatchObject({
      status: 'partly',
      version: 2,
    });
    const blind = await answer(p.id, first.id, { status: 'not_met' }, cookies.po);
    expect(blind.status).toBe(409);

    const history = await (
      await call(t, 'GET', `/api/v1/projects/${p.id}/history?itemId=${first.id}`, {
        cookie: cookies.pm,
      })
    ).json();
    expect(
      history.items.map((h: { before: { status: string } | null; after: { status: string } }) => [
        h.before?.status ?? null,
        h.after.status,
      ]),
    ).toEqual([
      ['met', 'partly'],
      [null, 'met'],
    ]);
  });

  it('refuses unknown items, later phases, N/A without justification, and the wrong roles', async () => {
    const p = await createProject();
    const design = (await checklist(p.id)).items[0];
    const implementation = (await checklist(p.id, 'implementation')).items[0];
    const cases: [string, Record<string, unknown>, string][] = [
      ['no-such-item', { status: 'met' }, 'itemId'],
      [implementation.id, { status: 'met' }, 'itemId'],
      [design.id, { status: 'not_applicable' }, 'justification'],
      [design.id, { status: 'done' }, 'status'],
    ];
    for (const [itemId, body, path] of cases) {
      const r = await answer(p.id, itemId, body);
      expect(r.status, `${itemId} ${path}`).toBe(400);
      expect((await r.json()).error.details.fields.map((f: { path: string }) => f.path)).toContain(
        path,
      );
    }
    expect((await answer(p.id, design.id, { status: 'met' }, cookies.viewer)).status).toBe(403);
    expect((await answer(p.id, design.id, { status: 'met' }, cookies.operator)).status).toBe(403);
    expect((await answer(p.id, design.id, { status: 'met' }, cookies.otherPm)).status).toBe(404);
  });
});

describe('life-cycle and the endorsement gate', () => {
  it('blocks endorsement until mandatory items are met or waived by a protection officer', async () => {
    const p = await createProject();
    const move = (to: string, cookie = cookies.pm) =>
      call(t, 'POST', `/api/v1/projects/${p.id}/transitions`, { cookie, body: { to } });
    expect((await move('implementation')).status).toBe(409);
    expect((await move('endorsement')).status).toBe(200);
    expect((await move('implementation')).status).toBe(403);

    const all = (await checklist(p.id, 'design')).items.concat(
      (await checklist(p.id, 'endorsement')).items,
    );
    const mandatory = all
      .filter((i: { mandatory: boolean }) => i.mandatory)
      .map((i: { id: string }) => i.id);
    const [left, ...rest] = mandatory;
    for (const id of rest) expect((await answer(p.id, id, { status: 'met' })).status).toBe(200);
    expect((await answer(p.id, left, { status: 'not_met' })).status).toBe(200);

    const blocked = await move('implementation', cookies.po);
    expect(blocked.status).toBe(409);
    expect((await blocked.json()).error).toMatchObject({
      code: 'endorsement_blocked',
      details: { items: [left] },
    });
    expect(
      (await (await call(t, 'GET', `/api/v1/projects/${p.id}`, { cookie: cookies.pm })).json())
        .phase,
    ).toBe('endorsement');

    const waive = (cookie: string, body: Record<string, unknown>) =>
      call(t, 'POST', `/api/v1/projects/${p.id}/waivers`, { cookie, body });
    expect(
      (
        await waive(cookies.pm!, {
          itemId: left,
          reason: 'Covered by the partner agreement annex.',
        })
      ).status,
    ).toBe(403);
    expect((await waive(cookies.po!, { itemId: left, reason: 'short' })).status).toBe(400);
    expect(
      (
        await waive(cookies.po!, {
          itemId: left,
          reason: 'Covered by the partner agreement annex.',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await waive(cookies.po!, {
          itemId: left,
          reason: 'Covered by the partner agreement annex.',
        })
      ).status,
    ).toBe(409);

    const endorsed = await move('implementation', cookies.po);
    expect(endorsed.status).toBe(200);
    expect((await endorsed.json()).phase).toBe('implementation');
    const waivers = await (
      await call(t, 'GET', `/api/v1/projects/${p.id}/waivers`, { cookie: cookies.pm })
    ).json();
    expect(waivers.items).toEqual([
      expect.objectContaining({ itemId: left, reason: 'Covered by the partner agreement annex.' }),
    ]);
    const transitions = await (
      await call(t, 'GET', `/api/v1/projects/${p.id}/transitions`, { cookie: cookies.pm })
    ).json();
    expect(transitions.items.map((x: { to: string }) => x.to)).toEqual([
      'endorsement',
      'implementation',
    ]);
  });
});

describe('actions', () => {
  it('turns a partly item into an action, lists it as mine, and refuses stale updates', async () => {
    const p = await createProject();
    const [item, metItem] = (await checklist(p.id)).items;
    await answer(p.id, item.id, { status: 'partly' });
    await answer(p.id, metItem.id, { status: 'met' });
    const directory = await (
      await call(t, 'GET', '/api/v1/users/directory', { cookie: cookies.pm })
    ).json();
    const me = await (await call(t, 'GET', '/api/v1/me', { cookie: cookies.pm })).json();
    expect(directory.items.map((u: { id: string }) => u.id)).toContain(me.id);

    const fromMet = await call(t, 'POST', `/api/v1/projects/${p.id}/actions`, {
      cookie: cookies.pm,
      body: { itemId: metItem.id, title: 'Nothing to do' },
    });
    expect(fromMet.status).toBe(400);
    const created = await call(t, 'POST', `/api/v1/projects/${p.id}/actions`, {
      cookie: cookies.pm,
      body: {
        itemId: item.id,
        title: 'Complete the risk analysis with women’s groups',
        ownerId: me.id,
        dueDate: '2020-01-31',
      },
    });
    expect(created.status).toBe(201);
    const action = await created.json();
    expect(action).toMatchObject({
      status: 'open',
      overdue: true,
      ownerName: expect.any(String),
      projectCode: p.code,
    });
    const mine = await (
      await call(t, 'GET', '/api/v1/actions/mine', { cookie: cookies.pm })
    ).json();
    expect(mine.items.map((a: { id: string }) => a.id)).toContain(action.id);

    const done = await call(t, 'PATCH', `/api/v1/actions/${action.id}`, {
      cookie: cookies.pm,
      body: { status: 'done', version: 1 },
    });
    expect((await done.json()).overdue).toBe(false);
    expect(
      (
        await call(t, 'PATCH', `/api/v1/actions/${action.id}`, {
          cookie: cookies.pm,
          body: { status: 'open', version: 1 },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(t, 'PATCH', `/api/v1/actions/${action.id}`, {
          cookie: cookies.viewer,
          body: { status: 'open', version: 2 },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(t, 'PATCH', `/api/v1/actions/${action.id}`, {
          cookie: cookies.otherPm,
          body: { status: 'open', version: 2 },
        })
      ).status,
    ).toBe(404);
  });
});

describe('portfolio', () => {
  it('shows scores by principle × sector × country; viewers get aggregates only, small cells suppressed', async () => {
    const p = await createProject(cookies.pm, {
      country: 'TCD',
      sectors: ['health', 'psychosocial'],
    });
    const [item] = (await checklist(p.id)).items;
    await answer(p.id, item.id, { status: 'met' });
    const full = await (
      await call(t, 'GET', '/api/v1/portfolio?country=TCD&sector=health', { cookie: cookies.po })
    ).json();
    const cell = full.heatmap.find((c: { principle: string }) => c.principle === item.principle);
    expect(cell).toMatchObject({
      country: 'TCD',
      sector: 'health',
      score: 1,
      projects: 1,
      suppressed: false,
    });
    expect(full.totals.projects).toBe(1);
    expect(full.heatmap.every((c: { sector: string }) => c.sector === 'health')).toBe(true);
    expect(full.trend.at(-1).answers).toBeGreaterThanOrEqual(1);

    const viewer = await call(t, 'GET', '/api/v1/portfolio', { cookie: cookies.viewer });
    expect(viewer.status).toBe(200);
    const aggregates = await viewer.json();
    expect(aggregates.blocked).toEqual([]);
    expect(
      aggregates.heatmap.every(
        (c: { projects: number | null; suppressed: boolean }) =>
          c.suppressed === (c.projects === null),
      ),
    ).toBe(true);
    expect(JSON.stringify(aggregates)).not.toContain(p.code);
    expect((await call(t, 'GET', '/api/v1/portfolio')).status).toBe(401);
    expect(
      (await call(t, 'GET', '/api/v1/portfolio?phase=nope', { cookie: cookies.po })).status,
    ).toBe(400);
  });

  it('exports CSV with an HXL row and XLSX, as attachments', async () => {
    const csv = await call(t, 'GET', '/api/v1/portfolio/export?format=csv&lang=fr', {
      cookie: cookies.po,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mainstream-portfolio-.*\.csv"$/,
    );
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toMatch(/^Pays,/);
    expect(lines[1]).toMatch(/^#country\+code,#sector\+code/);
    const xlsx = await call(t, 'GET', '/api/v1/portfolio/export?format=xlsx', {
      cookie: cookies.po,
    });
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
    expect(
      (await call(t, 'GET', '/api/v1/portfolio/export?format=pdf', { cookie: cookies.po })).status,
    ).toBe(400);
  });
});

describe('checklist versions', () => {
  it('adds an organisation item that new projects get and existing ones do not', async () => {
    const before = await createProject();
    const texts = {
      text: 'Local protection cluster consulted on the targeting criteria.',
      guidance: 'Attach the meeting minutes.',
    };
    const r = await call(t, 'POST', '/api/v1/checklists/items', {
      cookie: cookies.po,
      body: {
        principle: 'meaningful_access',
        phase: 'design',
        mandatory: false,
        texts: { en: texts, fr: texts, es: texts, ar: texts },
      },
    });
    expect(r.status).toBe(201);
    const { itemId } = await r.json();
    const after = await createProject();
    expect((await checklist(after.id)).items.map((i: { id: string }) => i.id)).toContain(itemId);
    expect((await checklist(before.id)).items.map((i: { id: string }) => i.id)).not.toContain(
      itemId,
    );
    expect(
      (await call(t, 'POST', '/api/v1/checklists/items', { cookie: cookies.pm, body: {} })).status,
    ).toBe(403);
  });

  it('refuses an invalid content import with the list of problems', async () => {
    const admin = await signIn(
      t,
      (await buildUser(t.deps, org.organization.id, { role: 'admin' })).email,
    );
    const r = await call(t, 'POST', '/api/v1/checklists/versions', {
      cookie: admin,
      body: {
        items: { version: '2027.1', items: [] },
        translations: { en: {}, fr: {}, es: {}, ar: {} },
      },
    });
    expect(r.status).toBe(400);
    expect((await r.json()).error.details.problems.length).toBeGreaterThan(0);
  });
});
