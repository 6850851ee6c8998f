import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import type { HierarchyInput } from '../../src/core/disclosure/hierarchy-network.js';
import { suppressTable } from '../../src/core/disclosure/suppress-table.js';
import {
  baselineCounts,
  locations,
  populationBaselines,
} from '../../src/server/db/schema-strategic.js';
import {
  getSettings,
  putSettings,
} from '../../src/server/services/organization-settings.service.js';
import { createProject } from '../../src/server/services/projects.service.js';
import { buildOrganization, buildUser } from '../support/factories.js';
import { insertReachCells } from '../support/reach-fixtures.js';
import { determinedByFillings, type PublishedValues } from '../support/hierarchy-fillings.js';
import { call, createTestApp, signIn, systemContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let projectId: string;
let foreignProjectId: string;
let organizationId: string;
const cookies: Partial<Record<Role | 'chad' | 'other', string>> = {};

const PLACES = [
  { pcode: 'SD', level: 0, parentPcode: null, en: 'Sudan' },
  { pcode: 'SD01', level: 1, parentPcode: 'SD', en: 'Red Sea' },
  { pcode: 'SD0101', level: 2, parentPcode: 'SD01', en: 'Port Sudan' },
  { pcode: 'SD0102', level: 2, parentPcode: 'SD01', en: 'Sawakin' },
  { pcode: 'SD02', level: 1, parentPcode: 'SD', en: 'Kassala' },
  { pcode: 'SD0201', level: 2, parentPcode: 'SD02', en: 'Kassala town' },
];

type Cell = [sex: string, bracket: string, disability: string, count: number];

/** Reached in each place: women over 60 with disabilities are far below their share. */
const REACHED: Cell[] = [
  ['female', '18-59', 'not_disabled', 300],
  ['female', '18-59', 'disabled', 30],
  ['female', '60+', 'not_disabled', 40],
  ['female', '60+', 'disabled', 1],
  ['male', '18-59', 'not_disabled', 280],
  ['male', '18-59', 'disabled', 28],
  ['male', '60+', 'not_disabled', 35],
  ['male', '60+', 'disabled', 20],
];
const POPULATION: Cell[] = REACHED.map(([sex, bracket, disability]) => [
  sex,
  bracket,
  disability,
  bracket === '60+'
    ? disability === 'disabled'
      ? 150
      : 500
    : disability === 'disabled'
      ? 500
      : 4000,
]);

async function seed(organizationId: string, projectIdForReach: string) {
  const db = t.database.db;
  await db.insert(locations).values(
    PLACES.map((p) => ({
      organizationId,
      pcode: p.pcode,
      level: p.level,
      parentPcode: p.parentPcode,
      country: 'SDN',
      names: { en: p.en, ar: `ar-${p.en}` },
    })),
  );
  for (const pcode of ['SD0101', 'SD0201']) {
    const [baseline] = await db
      .insert(populationBaselines)
      .values({
        organizationId,
        locationPcode: pcode,
        country: 'SDN',
        referenceDate: '2026-01-01',
        source: 'Census projection',
        ageBrackets: ['18-59', '60+'],
      })
      .returning();
    await db.insert(baselineCounts).values(
      POPULATION.map(([sex, ageBracket, disability, count]) => ({
        organizationId,
        baselineId: baseline!.id,
        sex,
        ageBracket,
        disability,
        count,
      })),
    );
  }
  for (const pcode of ['SD0101', 'SD0102', 'SD0201']) {
    const cells: Cell[] =
      pcode === 'SD0201' ? [...REACHED, ['other', '18-59', 'not_disabled', 2]] : REACHED;
    await insertReachCells(
      db,
      cells.map(([sex, ageBracket, disability, count]) => ({
        organizationId,
        projectId: projectIdForReach,
        locationPcode: pcode,
        country: 'SDN',
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        sex,
        ageBracket,
        disability,
        count,
      })),
    );
  }
}

const newProject = (code: string) => ({
  code,
  title: 'Water and shelter',
  country: 'SDN',
  sectors: ['shelter_nfi'],
});

beforeAll(async () => {
  t = await createTestApp();
  const { organization, offices } = await buildOrganization(t.deps);
  organizationId = organization.id;
  const ctx = systemContext(t.deps, organization.id);
  projectId = (await createProject(ctx, newProject('ACC-1'))).id;
  await seed(organization.id, projectId);
  for (const role of ['me_officer', 'viewer', 'protection_officer'] as Role[]) {
    cookies[role] = await signIn(t, (await buildUser(t.deps, organization.id, { role })).email);
  }
  const chadOffice = offices.find((o) => o.country === 'TCD')!;
  cookies.chad = await signIn(
    t,
    (await buildUser(t.deps, organization.id, { role: 'me_officer', officeIds: [chadOffice.id] }))
      .email,
  );
  const other = await buildOrganization(t.deps);
  foreignProjectId = (
    await createProject(systemContext(t.deps, other.organization.id), newProject('ACC-X'))
  ).id;
  cookies.other = await signIn(
    t,
    (await buildUser(t.deps, other.organization.id, { role: 'me_officer' })).email,
  );
});
afterAll(() => t.close());

const get = (path: string, cookie: string | undefined) => call(t, 'GET', path, { cookie });

interface Finding {
  label: string;
  reached: number | null;
  reachedShare?: number | null;
  status: string;
  representation: number | null;
  suppressed: boolean;
}

describe('GET /api/v1/access/analysis', () => {
  it('raises an exclusion alert for the under-reached group, with counts for staff', async () => {
    const r = await get(`/api/v1/access/analysis?project=${projectId}`, cookies.me_officer);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.reachedTotal).toBe(3 * 734 + 2);
    expect(body.placesWithoutBaseline).toEqual(['SD0102']);
    expect(body.disclosureThreshold).toBeNull();
    expect(body.alerts[0]).toMatchObject({ label: 'female 60+ disabled', status: 'excluded' });
    const men = body.findings.find((f: Finding) => f.label === 'male 18-59 not_disabled');
    expect(men.status).not.toBe('excluded');
  });

  it('keeps the alert for viewers but withholds the small count and what would give it back', async () => {
    const body = await (
      await get(`/api/v1/access/analysis?project=${projectId}&location=SD02`, cookies.viewer)
    ).json();
    expect(body.disclosureThreshold).toBe(5);
    const women = body.findings.find((f: Finding) => f.label === 'female 60+ disabled');
    expect(women).toMatchObject({ reached: null, representation: null, suppressed: true });
    expect(
      body.findings.some((f: Finding) => f.reached !== null && f.reached < 5 && f.reached > 0),
    ).toBe(false);
  });

  it('agrees with the reach tables of the same scope, whose totals give no withheld cell back', async () => {
    const scope = `project=${projectId}`;
    const analysis = await (await get(`/api/v1/access/analysis?${scope}`, cookies.viewer)).json();
    const findings = analysis.findings as Finding[];
    const fine = findings.filter((f) => f.label.split(' ').length === 3);
    for (const columns of ['sex', 'bracket', 'disability'] as const) {
      const table = await (
        await get(`/api/v1/access/table?level=1&columns=${columns}&${scope}`, cookies.viewer)
      ).json();
      const allPublished = (table.columnTotals as (number | null)[]).every((v) => v !== null);
      (table.columnKeys as string[]).forEach((key, i) => {
        const total = table.columnTotals[i] as number | null;
        if (total === null) return;
        // With every total of the dimension published, so is the share's base.
        if (allPublished && key !== 'not_stated' && key !== 'unknown')
          expect(findings.find((f) => f.label === key)?.reachedShare).not.toBeNull();
        // The finding for the same people shows the same total.
        expect(findings.find((f) => f.label === key)?.reached).toBe(total);
        // Subtracting the published cells from it leaves no single withheld cell.
        const position = ['sex', 'bracket', 'disability'].indexOf(columns);
        const inKey = fine.filter((f) => f.label.split(' ')[position] === key);
        const withheld = inKey.filter((f) => f.reached === null);
        expect(withheld.length).not.toBe(1);
        if (withheld.length === 0)
          expect(inKey.reduce((sum, f) => sum + f.reached!, 0)).toBe(total);
      });
    }
    expect(findings.find((f) => f.label === 'female')).toMatchObject({ suppressed: false });
  });

  it('narrows to a place and everything under it', async () => {
    const body = await (
      await get(`/api/v1/access/analysis?location=SD01`, cookies.protection_officer)
    ).json();
    expect(body.reachedTotal).toBe(2 * 734);
  });

  it('answers 400 naming the field, 401 signed out, 404 for another organisation’s project', async () => {
    const badPeriod = await get(
      '/api/v1/access/analysis?periodFrom=2026-05-01&periodTo=2026-04-01',
      cookies.me_officer,
    );
    expect(badPeriod.status).toBe(400);
    expect(JSON.stringify(await badPeriod.json())).toContain('periodTo');
    const unknown = await get('/api/v1/access/analysis?location=SD99', cookies.me_officer);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('location');
    expect((await get('/api/v1/access/analysis', undefined)).status).toBe(401);
    expect(
      (await get(`/api/v1/access/analysis?project=${foreignProjectId}`, cookies.me_officer)).status,
    ).toBe(404);
    expect((await get(`/api/v1/access/analysis?project=${projectId}`, cookies.other)).status).toBe(
      404,
    );
  });

  it('gives an office-scoped officer nothing of other countries', async () => {
    const body = await (await get('/api/v1/access/analysis', cookies.chad)).json();
    expect(body.reachedTotal).toBe(0);
    expect((await get('/api/v1/access/analysis?location=SD01', cookies.chad)).status).toBe(400);
    expect((await get(`/api/v1/access/analysis?project=${projectId}`, cookies.chad)).status).toBe(
      404,
    );
  });
});

describe('GET /api/v1/access/table', () => {
  it('tabulates people reached by admin1 place and sex, with totals', async () => {
    const body = await (
      await get('/api/v1/access/table?level=1&columns=sex', cookies.me_officer)
    ).json();
    expect(body.rows).toEqual([
      { pcode: 'SD01', name: 'Red Sea' },
      { pcode: 'SD02', name: 'Kassala' },
    ]);
    expect(body.columnKeys).toEqual(['female', 'male', 'other']);
    expect(body.cells).toEqual([
      [2 * 371, 2 * 363, 0],
      [371, 363, 2],
    ]);
    expect(body.grandTotal).toBe(3 * 734 + 2);
  });

  it('drills down under a place, names places in the caller’s language', async () => {
    const r = await call(t, 'GET', '/api/v1/access/table?level=2&location=SD01&columns=bracket', {
      cookie: cookies.me_officer,
      lang: 'ar',
    });
    const body = await r.json();
    expect(body.rows.map((row: { name: string }) => row.name)).toEqual([
      'ar-Port Sudan',
      'ar-Sawakin',
    ]);
    expect(body.columnKeys).toEqual(['18-59', '60+']);
  });

  it('suppresses small cells and their complements for viewers', async () => {
    const body = await (
      await get('/api/v1/access/table?level=1&columns=sex', cookies.viewer)
    ).json();
    expect(body.disclosureThreshold).toBe(5);
    const published = [
      ...(body.cells as (number | null)[][]).flat(),
      ...body.rowTotals,
      ...body.columnTotals,
      body.grandTotal,
    ];
    expect(published.every((v) => v === null || v === 0 || v >= 5)).toBe(true);
    // Kassala's 'other' (2) is withheld, and so is enough else that its row and column cannot give it back.
    expect(body.cells[1][2]).toBeNull();
    expect((body.cells[1] as (number | null)[]).filter((v) => v === null).length).toBeGreaterThan(
      1,
    );
  });

  it('answers 400 for a level outside 0–3 and 401 signed out', async () => {
    expect((await get('/api/v1/access/table?level=7', cookies.me_officer)).status).toBe(400);
    expect((await get('/api/v1/access/table', undefined)).status).toBe(401);
  });
});

describe('the published admin level', () => {
  const setLevel = async (level: number) => {
    const ctx = systemContext(t.deps, organizationId);
    await putSettings(ctx, { ...(await getSettings(ctx)), publishedAdminLevel: level });
  };
  const fieldsOf = async (r: Response) =>
    ((await r.json()) as { error: { details: { fields: { path: string; code: string }[] } } }).error
      .details.fields;

  beforeAll(() => setLevel(1));
  afterAll(() => setLevel(2));

  it('refuses a viewer a finer level or place, naming the field; staff still drill down', async () => {
    const finer = await get('/api/v1/access/table?level=2&columns=sex', cookies.viewer);
    expect(finer.status).toBe(400);
    expect(await fieldsOf(finer)).toMatchObject([{ path: 'level', code: 'finer_than_published' }]);
    const place = await get('/api/v1/access/analysis?location=SD0101', cookies.viewer);
    expect(place.status).toBe(400);
    expect(await fieldsOf(place)).toMatchObject([
      { path: 'location', code: 'finer_than_published' },
    ]);
    expect((await get('/api/v1/access/table?level=1', cookies.viewer)).status).toBe(200);
    expect((await get('/api/v1/access/analysis?location=SD01', cookies.viewer)).status).toBe(200);
    expect((await get('/api/v1/access/table?level=2', cookies.me_officer)).status).toBe(200);
  });

  it('rolls a viewer’s export up to the published level', async () => {
    const viewer = await get('/api/v1/reach/export?format=csv', cookies.viewer);
    expect(viewer.status).toBe(200);
    const lines = (await viewer.text()).trim().split(/\r?\n/).slice(2);
    // Port Sudan and Sawakin add up into Red Sea: one row per admin1 place and period.
    expect(lines.map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'SDN,SD01,',
      'SDN,SD02,',
    ]);
    const staff = await get('/api/v1/reach/export?format=csv', cookies.me_officer);
    expect((await staff.text()).includes('SD0102')).toBe(true);
    const refused = await get(
      '/api/v1/reach/export?format=csv&locationPcode=SD0101',
      cookies.viewer,
    );
    expect(refused.status).toBe(400);
    expect(await fieldsOf(refused)).toMatchObject([
      { path: 'locationPcode', code: 'finer_than_published' },
    ]);
  });
});

describe('linked tables across admin levels (decision 019, addendum)', () => {
  // Red Sea: Port Sudan [3 women, 20 men], Sawakin [30, 40]; Kassala: Kassala town [8, 10],
  // Aroma [50, 60], and [7, 9] recorded at Kassala itself; and a second country, Chad: Lac [12, 2].
  const LINKED: [pcode: string, female: number, male: number][] = [
    ['SD0101', 3, 20],
    ['SD0102', 30, 40],
    ['SD0201', 8, 10],
    ['SD0202', 50, 60],
    ['SD02', 7, 9],
    ['TD01', 12, 2],
  ];
  const LINKED_PLACES = [
    ...PLACES,
    { pcode: 'SD0202', level: 2, parentPcode: 'SD02', en: 'Aroma' },
    { pcode: 'TD', level: 0, parentPcode: null, en: 'Chad' },
    { pcode: 'TD01', level: 1, parentPcode: 'TD', en: 'Lac' },
  ];
  const countryOf = (pcode: string) => (pcode.startsWith('TD') ? 'TCD' : 'SDN');
  const linked: Partial<Record<'viewer' | 'staff', string>> = {};
  let linkedProject: string;

  beforeAll(async () => {
    const { organization } = await buildOrganization(t.deps);
    const ctx = systemContext(t.deps, organization.id);
    linkedProject = (await createProject(ctx, newProject('ACC-L'))).id;
    await t.database.db.insert(locations).values(
      LINKED_PLACES.map((p) => ({
        organizationId: organization.id,
        pcode: p.pcode,
        level: p.level,
        parentPcode: p.parentPcode,
        country: countryOf(p.pcode),
        names: { en: p.en },
      })),
    );
    await insertReachCells(
      t.database.db,
      LINKED.flatMap(([pcode, female, male]) =>
        (
          [
            ['female', female],
            ['male', male],
          ] as const
        ).map(([sex, count]) => ({
          organizationId: organization.id,
          projectId: linkedProject,
          locationPcode: pcode,
          country: countryOf(pcode),
          periodStart: '2026-03-01',
          periodEnd: '2026-03-31',
          sex,
          ageBracket: '18-59',
          disability: 'not_disabled',
          count,
        })),
      ),
    );
    for (const role of ['viewer', 'me_officer'] as const) {
      const user = await buildUser(t.deps, organization.id, { role });
      linked[role === 'viewer' ? 'viewer' : 'staff'] = await signIn(t, user.email);
    }
  });

  interface Table {
    rows: { pcode: string }[];
    cells: (number | null)[][];
    rowTotals: (number | null)[];
    columnTotals: (number | null)[];
    grandTotal: number | null;
  }
  const tableOf = async (query: string, cookie: string | undefined): Promise<Table> => {
    const r = await get(`/api/v1/access/table?columns=sex&${query}`, cookie);
    expect(r.status).toBe(200);
    return (await r.json()) as Table;
  };
  const QUERIES = ['level=0', 'level=1', 'level=2', 'level=1&location=SD', 'level=2&location=SD01'];
  const DRILLS = [
    ...QUERIES,
    'level=2&location=SD02',
    'level=1&location=SD01',
    'level=1&location=TD',
    'level=0&location=TD',
  ];

  /**
   * Every row a set of answers publishes; for a viewer, column totals too, as the row of the place
   * drilled into or `*` for both countries (staff totals add up what the table shows only).
   */
  async function publishedRows(queries: readonly string[], cookie: string | undefined) {
    const withTotals = cookie === linked.viewer;
    const rows = new Map<string, PublishedValues>();
    const add = (key: string, row: PublishedValues) => {
      const before = rows.get(key);
      // One solution for every level: a place is published the same way in every answer.
      if (before) expect(row).toEqual(before);
      rows.set(key, row);
    };
    for (const query of queries) {
      const table = await tableOf(query, cookie);
      table.rows.forEach((row, r) =>
        add(row.pcode, { cells: table.cells[r]!, total: table.rowTotals[r]! }),
      );
      if (withTotals)
        add(new URLSearchParams(query).get('location') ?? '*', {
          cells: table.columnTotals,
          total: table.grandTotal,
        });
    }
    return rows;
  }

  /** The true hierarchy, from staff answers: what is counted at a parent itself is the rest. */
  async function truthOf(): Promise<HierarchyInput> {
    const exact = await publishedRows(['level=0', 'level=1', 'level=2'], linked.staff);
    const parentOf = new Map(LINKED_PLACES.map((p) => [p.pcode, p.parentPcode]));
    const places = [...exact.keys()].sort().map((key) => {
      const own = exact.get(key)!.cells as number[];
      const children = [...exact.keys()].filter((k) => parentOf.get(k) === key);
      const direct = own.map(
        (v, c) => v - children.reduce((s, k) => s + exact.get(k)!.cells[c]!, 0),
      );
      return { key, parent: parentOf.get(key) ?? null, direct };
    });
    return { columnKeys: ['female', 'male'], places };
  }

  it('gives staff the exact counts at every level', async () => {
    const districts = await tableOf('level=2', linked.staff);
    expect(districts.cells).toEqual([
      [3, 20],
      [30, 40],
      [8, 10],
      [50, 60],
    ]);
    expect((await tableOf('level=1', linked.staff)).cells).toEqual([
      [33, 60],
      [65, 79],
      [12, 2],
    ]);
  });

  it('lets no viewer recompute a withheld count from the tables of every level and drill-down', async () => {
    const viewer = await publishedRows(DRILLS, linked.viewer);
    expect(viewer.get('SD0101')!.cells[0]).toBeNull();
    expect(viewer.get('TD01')!.cells[1]).toBeNull();
    // Kassala's row is its districts plus what is counted at Kassala itself.
    expect((await tableOf('level=2&location=SD02', linked.viewer)).columnTotals).toEqual([65, 79]);
    const truth = await truthOf();
    expect(determinedByFillings(truth, (key) => viewer.get(key))).toEqual([]);
  });

  it('hides the same place totals by sex, by age bracket and by disability', async () => {
    for (const query of ['level=1', 'level=2']) {
      const hidden = await Promise.all(
        ['sex', 'bracket', 'disability'].map(async (columns) => {
          const r = await get(`/api/v1/access/table?columns=${columns}&${query}`, linked.viewer);
          const table = (await r.json()) as Table & { rows: { pcode: string }[] };
          return table.rows.filter((_, i) => table.rowTotals[i] === null).map((row) => row.pcode);
        }),
      );
      expect(hidden[1], query).toEqual(hidden[0]);
      expect(hidden[2], query).toEqual(hidden[0]);
    }
  });

  it('would leak with each table suppressed on its own: Red Sea minus Sawakin', async () => {
    // The old answers to level=1&location=SD and level=2&location=SD, suppressed one by one.
    const truth = await truthOf();
    const exact = await publishedRows(['level=1', 'level=2'], linked.staff);
    const oneByOne = new Map<string, PublishedValues>();
    for (const keys of [
      ['SD01', 'SD02'],
      ['SD0101', 'SD0102', 'SD0201', 'SD0202'],
    ]) {
      const table = suppressTable({
        rowKeys: keys,
        columnKeys: truth.columnKeys,
        counts: keys.map((k) => exact.get(k)!.cells as number[]),
      });
      keys.forEach((k, r) =>
        oneByOne.set(k, { cells: table.cells[r]!, total: table.rowTotals[r]! }),
      );
    }
    expect(determinedByFillings(truth, (key) => oneByOne.get(key))).toContain('SD0101:0');
  });
});
