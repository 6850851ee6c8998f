import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../support/factories.js';
import { createTestApp, signIn, TEST_ORIGIN, type TestApp } from '../support/test-app.js';
import { call } from '../support/test-app.js';

let t: TestApp;
let pm: string;
let viewer: string;
let projectId: string;
let itemId: string;

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  pm = await signIn(
    t,
    (await buildUser(t.deps, organization.id, { role: 'project_manager' })).email,
  );
  viewer = await signIn(t, (await buildUser(t.deps, organization.id, { role: 'viewer' })).email);
  const project = await (
    await call(t, 'POST', '/api/v1/projects', {
      cookie: pm,
      body: { code: 'ATT-1', title: 'Evidence project', country: 'SDN', sectors: ['health'] },
    })
  ).json();
  projectId = project.id;
  itemId = (
    await (
      await call(t, 'GET', `/api/v1/projects/${projectId}/checklist?phase=design`, { cookie: pm })
    ).json()
  ).items[0].id;
});
afterAll(() => t.close());

function upload(bytes: Uint8Array, name: string, cookie = pm, item = itemId) {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return t.app.request(`${TEST_ORIGIN}/api/v1/projects/${projectId}/answers/${item}/attachments`, {
    method: 'POST',
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
}

describe('evidence attachments', () => {
  it('stores a PDF under a safe name and serves it back as a download only', async () => {
    const r = await upload(PDF, '../../Risk analysis <final>.pdf');
    expect(r.status).toBe(201);
    const info = await r.json();
    expect(info).toMatchObject({ itemId, contentType: 'application/pdf', size: PDF.byteLength });
    expect(info.filename).toMatch(/^[\w.-]+\.pdf$/);
    const list = await (
      await call(t, 'GET', `/api/v1/projects/${projectId}/attachments?itemId=${itemId}`, {
        cookie: pm,
      })
    ).json();
    expect(list.items.map((a: { id: string }) => a.id)).toContain(info.id);
    const file = await call(t, 'GET', `/api/v1/projects/${projectId}/attachments/${info.id}`, {
      cookie: pm,
    });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
  });

  it('refuses a file whose bytes are not an allowed type, whatever its name says', async () => {
    const exe = new Uint8Array([
      0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0, 0, 0, 0xff, 0xff, 0, 0,
    ]);
    const r = await upload(exe, 'photo.png');
    expect(r.status).toBe(400);
    expect((await r.json()).error.details.fields[0]).toMatchObject({
      path: 'file',
      code: 'type_not_allowed',
    });
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect((await upload(html, 'notes.html')).status).toBe(400);
    expect((await upload(PNG, 'image.pdf')).status).toBe(201);
  });

  it('answers 413 over 10 MB, 400 for an unknown item, 401/403/404 as for the checklist', async () => {
    expect((await upload(new Uint8Array(10 * 1024 * 1024 + 1), 'big.pdf')).status).toBe(413);
    expect((await upload(PDF, 'a.pdf', pm, 'no-such-item')).status).toBe(400);
    expect((await upload(PDF, 'a.pdf', viewer)).status).toBe(403);
    expect((await call(t, 'GET', `/api/v1/projects/${projectId}/attachments`)).status).toBe(401);
    expect(
      (await call(t, 'GET', `/api/v1/projects/${projectId}/attachments`, { cookie: viewer }))
        .status,
    ).toBe(403);
    expect(
      (
        await call(
          t,
          'GET',
          `/api/v1/projects/${projectId}/attachments/0b9d6c1e-8a52-4c3e-9f0e-2f3b7d1a9c44`,
          { cookie: pm },
        )
      ).status,
    ).toBe(404);
  });
});
